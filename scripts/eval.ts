// npm run -s eval -- --corpus DIR [--errors] [--lang xx]
// --lang keeps one language's rows: their `lang` field, or for batches written without one a
// rough guess from function words and letters (scripts/lib/language.ts).
// Scores the detectors on a labelled corpus. Human-readable tables go first; the LAST
// line is the JSON object described in shared/DESIGN.md ("Contracts other tools rely on").
import { pathToFileURL } from 'node:url';
import { COMPANION_LABELS, USER_LABELS, classifyCompanion, classifyUser, isNo, isPressure, isSameRequest } from '../lib/detect/index';
import { CorpusError, loadCorpus, type Corpus } from './lib/corpus';
import { guessLanguage } from './lib/language';

export interface PRF { precision: number; recall: number; f1: number }
export interface LabelStats extends PRF { support: number }

const r4 = (x: number): number => Math.round(x * 10000) / 10000;

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: r4(precision), recall: r4(recall), f1: r4(f1) };
}

function binary<T>(rows: T[], gold: (r: T) => boolean, pred: (r: T) => boolean): PRF {
  let tp = 0, fp = 0, fn = 0;
  for (const r of rows) {
    const g = gold(r), p = pred(r);
    if (g && p) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  return prf(tp, fp, fn);
}

function multiclass<L extends string>(labels: readonly L[], gold: L[], pred: L[]) {
  const stats = {} as Record<L, LabelStats>;
  let correct = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === pred[i]) correct++;
  for (const l of labels) {
    let tp = 0, fp = 0, fn = 0, support = 0;
    for (let i = 0; i < gold.length; i++) {
      if (gold[i] === l) support++;
      if (gold[i] === l && pred[i] === l) tp++;
      else if (pred[i] === l) fp++;
      else if (gold[i] === l) fn++;
    }
    stats[l] = { ...prf(tp, fp, fn), support };
  }
  const macro = labels.reduce((s, l) => s + stats[l].f1, 0) / labels.length;
  return { accuracy: r4(gold.length ? correct / gold.length : 0), macro_f1: r4(macro), labels: stats };
}

export interface Mistake { kind: string; id: string; gold: string; pred: string; text: string }

export function evaluate(corpus: Corpus, mistakes: Mistake[] = []) {
  const out: Record<string, unknown> = {};
  if (corpus.companion) {
    const rows = corpus.companion;
    const preds = rows.map((r) => classifyCompanion(r.text, r.context));
    rows.forEach((r, i) => {
      const p = preds[i]!;
      if (p.label !== r.label || p.exitScene !== r.exit_scene)
        mistakes.push({ kind: 'companion', id: r.id, gold: `${r.label}${r.exit_scene ? '+exit' : ''}`, pred: `${p.label}${p.exitScene ? '+exit' : ''}`, text: `${r.text}  ‹ctx: ${r.context ?? '-'}›` });
    });
    const idx = rows.map((_, i) => i);
    out.companion = {
      n: rows.length,
      ...multiclass(COMPANION_LABELS, rows.map((r) => r.label), preds.map((p) => p.label)),
      no_any: binary(idx, (i) => isNo(rows[i]!.label), (i) => isNo(preds[i]!.label)),
      signal_any: binary(idx, (i) => rows[i]!.label !== 'none', (i) => preds[i]!.label !== 'none'),
      exit_scene: binary(idx, (i) => rows[i]!.exit_scene, (i) => preds[i]!.exitScene),
    };
  }
  if (corpus.user) {
    const rows = corpus.user;
    const preds = rows.map((r) => classifyUser(r.text).label);
    rows.forEach((r, i) => {
      if (preds[i] !== r.label) mistakes.push({ kind: 'user', id: r.id, gold: r.label, pred: preds[i]!, text: r.text });
    });
    const idx = rows.map((_, i) => i);
    out.user = {
      n: rows.length,
      ...multiclass(USER_LABELS, rows.map((r) => r.label), preds),
      pressure_any: binary(idx, (i) => isPressure(rows[i]!.label), (i) => isPressure(preds[i]!)),
    };
  }
  if (corpus.rephrase) {
    const rows = corpus.rephrase;
    const preds = rows.map((r) => isSameRequest(r.refused, r.later).same);
    rows.forEach((r, i) => {
      if (preds[i] !== r.same) mistakes.push({ kind: 'rephrase', id: r.id, gold: String(r.same), pred: String(preds[i]), text: `${r.refused}  →  ${r.later}` });
    });
    const correct = rows.filter((r, i) => r.same === preds[i]).length;
    out.rephrase = { n: rows.length, accuracy: r4(rows.length ? correct / rows.length : 0), ...binary(rows.map((_, i) => i), (i) => rows[i]!.same, (i) => preds[i]!) };
  }
  return out as {
    companion?: { n: number; accuracy: number; macro_f1: number; labels: Record<string, LabelStats>; no_any: PRF; signal_any: PRF; exit_scene: PRF };
    user?: { n: number; accuracy: number; macro_f1: number; labels: Record<string, LabelStats>; pressure_any: PRF };
    rephrase?: { n: number; accuracy: number } & PRF;
  };
}

/** Rows of one language (the corpus's `lang` field, else a guess from the text), for per-language figures. */
export function onlyLanguage(corpus: Corpus, lang: string): Corpus {
  const is = (given: string | undefined, text: string): boolean => (given ?? guessLanguage(text)) === lang;
  return {
    companion: corpus.companion?.filter((r) => is(r.lang, r.text)),
    user: corpus.user?.filter((r) => is(r.lang, r.text)),
    rephrase: corpus.rephrase?.filter((r) => is(r.lang, r.later)),
  };
}

function table(name: string, labels: Record<string, LabelStats>): string {
  const rows = Object.entries(labels).map(([l, s]) => `  ${l.padEnd(11)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  n ${s.support}`);
  return [`${name}:`, ...rows].join('\n');
}

function main(argv: string[]): number {
  const at = argv.indexOf('--corpus');
  const dir = at >= 0 ? argv[at + 1] : undefined;
  if (!dir) {
    console.error('usage: npm run -s eval -- --corpus DIR [--errors] [--lang xx]');
    return 2;
  }
  let corpus: Corpus;
  try {
    corpus = loadCorpus(dir);
  } catch (e) {
    if (e instanceof CorpusError) {
      console.error(`eval: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const li = argv.indexOf('--lang');
  if (li >= 0) corpus = onlyLanguage(corpus, argv[li + 1] ?? '');
  const mistakes: Mistake[] = [];
  const res = evaluate(corpus, mistakes);
  if (argv.includes('--errors')) for (const m of mistakes) console.log(`[${m.kind}] ${m.id} gold=${m.gold} pred=${m.pred} :: ${m.text}`);
  if (res.companion) {
    const c = res.companion;
    console.log(table(`companion (n ${c.n}, acc ${c.accuracy}, macro-F1 ${c.macro_f1})`, c.labels));
    console.log(`  no_any F1 ${c.no_any.f1} (P ${c.no_any.precision})  signal_any F1 ${c.signal_any.f1}  exit_scene F1 ${c.exit_scene.f1}`);
  }
  if (res.user) console.log(table(`user (n ${res.user.n}, acc ${res.user.accuracy}, macro-F1 ${res.user.macro_f1})`, res.user.labels) + `\n  pressure_any F1 ${res.user.pressure_any.f1}`);
  if (res.rephrase) console.log(`rephrase (n ${res.rephrase.n}): acc ${res.rephrase.accuracy}  P ${res.rephrase.precision}  R ${res.rephrase.recall}  F1 ${res.rephrase.f1}`);
  console.log(JSON.stringify(res));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
