import { normalize } from '../lib/detect/normalize';
import { classifyCompanion } from '../lib/detect/index';
import { loadCorpus } from './lib/corpus';
const rows = loadCorpus('test/corpus/dev').companion!;
function t(name: string, f: (i: number) => unknown) { for (let i = 0; i < 20000; i++) f(i); const a = performance.now(); for (let i = 0; i < 100000; i++) f(i); console.log(name, ((performance.now() - a) * 10).toFixed(2), 'ns/op'); }
t('normalize', (i) => normalize(rows[i % 400]!.text));
t('classify no ctx', (i) => classifyCompanion(rows[i % 400]!.text));
t('classify', (i) => classifyCompanion(rows[i % 400]!.text, rows[i % 400]!.context));
