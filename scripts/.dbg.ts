import { isSameRequest, analyseCompanion, classifyUser } from '../lib/detect/index';
import { conceptHits } from '../lib/detect/concepts';
import { normalize } from '../lib/detect/normalize';
const [mode, a, b] = process.argv.slice(2);
if (mode === 'r') { console.log(isSameRequest(a!, b!)); for (const t of [a!, b!]) console.log(t, conceptHits(normalize(t).tokens)); }
else if (mode === 'c') console.log(analyseCompanion(a!, b ?? null), normalize(a!).tokens.join(' '));
else console.log(classifyUser(a!));
