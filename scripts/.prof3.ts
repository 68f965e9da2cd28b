import { normalize } from '../lib/detect/normalize';
import { loadCorpus } from './lib/corpus';
const rows = loadCorpus('test/corpus/dev').companion!.map(r=>r.text);
let x = 0;
for (let i = 0; i < 20000; i++) x += normalize(rows[i%400]!).tokens.length;
const a = performance.now(); for (let i = 0; i < 200000; i++) x += normalize(rows[i%400]!).tokens.length; console.log(((performance.now() - a) * 5).toFixed(0), 'ns/op', x);
