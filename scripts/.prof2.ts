import { loadCorpus } from './lib/corpus';
const rows = loadCorpus('test/corpus/dev').companion!.map(r=>r.text);
function t(name: string, f: (s: string) => unknown) { for (let i = 0; i < 20000; i++) f(rows[i%400]!); const a = performance.now(); for (let i = 0; i < 100000; i++) f(rows[i%400]!); console.log(name, ((performance.now() - a) * 10).toFixed(0), 'ns/op'); }
t('lower', s => s.toLowerCase());
t('ascii', s => /^[\x00-\x7f]*$/.test(s));
t('emoji', s => s.replace(/[\u{1F645}\u274C\u{1F6AB}\u26D4]/gu, ' xmark '));
t('nfd', s => s.normalize('NFD'));
t('nfd+marks', s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
t('latin', s => /[\u00c0-\u024f]/.test(s));
t('loop', s => { let n=0; for (let i=0;i<s.length;i++){ const c=s.charCodeAt(i); if (c>=97&&c<=122) n++; } return n; });
t('split', s => s.toLowerCase().split(/[^a-z0-9]+/));
