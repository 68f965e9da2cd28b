// Regression guard: floors a little below the figures the detectors reach today
// (docs/detectors.md). Runs the eval logic in-process on the labelled corpora.
import { describe, expect, it } from 'vitest';
import { evaluate, onlyLanguage } from '@/scripts/eval';
import { guessLanguage } from '@/scripts/lib/language';
import { CorpusError, loadCorpus } from '@/scripts/lib/corpus';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('eval on the dev corpus', () => {
  const res = evaluate(loadCorpus('test/corpus/dev'));
  it('companion', () => {
    const c = res.companion!;
    expect(c.n).toBe(400);
    expect(c.macro_f1).toBeGreaterThanOrEqual(0.93);
    expect(c.no_any.precision).toBeGreaterThanOrEqual(0.97);
    expect(c.no_any.f1).toBeGreaterThanOrEqual(0.95);
    expect(c.labels.platform!.precision).toBeGreaterThanOrEqual(0.97);
    expect(c.exit_scene.f1).toBeGreaterThanOrEqual(0.93);
    // False alarms on ordinary messages: share of gold "none" predicted as a no.
    const none = c.labels.none!;
    expect(none.recall).toBeGreaterThanOrEqual(0.93);
  });
  it('user', () => {
    expect(res.user!.macro_f1).toBeGreaterThanOrEqual(0.95);
    expect(res.user!.pressure_any.f1).toBeGreaterThanOrEqual(0.95);
  });
  it('rephrase', () => {
    expect(res.rephrase!.f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('eval on our own labelled sentences (incl. Italian)', () => {
  // Every batch up to blind-7 has been used for tuning after its blind score
  // (docs/detectors.md), so these floors guard against regressions only.
  const floors: [string, number, number, number][] = [
    ['test/corpus/extra', 0.9, 0.9, 0.9],
    ['test/corpus/fresh', 0.9, 0.9, 0.9],
    ['test/corpus/blind-1', 0.9, 0.9, 0.9],
    ['test/corpus/blind-2', 0.9, 0.9, 0.9],
    ['test/corpus/blind-3', 0.9, 0.88, 0.87],
    ['test/corpus/blind-4', 0.95, 0.95, 0.88],
    ['test/corpus/blind-5', 0.95, 0.95, 0.85],
    ['test/corpus/blind-6', 0.93, 0.95, 0.82],
    ['test/corpus/blind-7', 0.85, 0.69, 0.8],
    // Never tuned on by hand (the rephrase model learns from it): floors a little under its
    // figures, rephrase at its cross-validated one (docs/detectors.md, rounds 8-10).
    ['test/corpus/blind-8', 0.8, 0.71, 0.77],
    // Written blind for round 9, tuned on in round 10 (the rephrase model never saw them).
    ['test/corpus/blind-9', 0.94, 0.92, 0.74],
    ['test/corpus/blind-10', 0.93, 0.95, 0.78],
    // Written blind for round 10, tuned on in round 11.
    ['test/corpus/blind-13', 0.93, 0.92, 0.83],
    ['test/corpus/blind-14', 0.93, 0.88, 0.73],
    // Written blind for round 11, tuned on in round 12.
    ['test/corpus/blind-15', 0.91, 0.96, 0.86],
    ['test/corpus/blind-16', 0.93, 0.95, 0.78],
    // Written blind for round 12 and never tuned on: floors just under their held-out figures.
    ['test/corpus/blind-17', 0.88, 0.87, 0.69],
    ['test/corpus/blind-18', 0.87, 0.83, 0.82],
    // Written blind after round 12 (blind-19 Italian-heavy); tuned on in round 13.
    // Rephrase 0.810 → 0.8095 in round 19, when two apologies became repair (pooled F1 rose).
    ['test/corpus/blind-19', 0.84, 0.89, 0.8],
    ['test/corpus/blind-20', 0.87, 0.89, 0.81],
    // Written blind for round 13 and tuned on in it (blind-23 Italian-heavy).
    ['test/corpus/blind-21', 0.86, 0.8, 0.76],
    ['test/corpus/blind-22', 0.87, 0.84, 0.73],
    ['test/corpus/blind-23', 0.87, 0.87, 0.83],
    ['test/corpus/blind-24', 0.84, 0.85, 0.73],
    // Written blind after round 13 (blind-27 mostly not English); tuned on in round 14.
    ['test/corpus/blind-25', 0.86, 0.81, 0.77],
    ['test/corpus/blind-26', 0.85, 0.84, 0.9],
    ['test/corpus/blind-27', 0.89, 0.89, 0.78],
    ['test/corpus/blind-28', 0.8, 0.89, 0.81],
    // Written blind after round 14 (blind-31 40 % Italian); read for the changes after it.
    ['test/corpus/blind-29', 0.87, 0.86, 0.71],
    ['test/corpus/blind-30', 0.83, 0.88, 0.73],
    ['test/corpus/blind-31', 0.82, 0.88, 0.8],
    ['test/corpus/blind-32', 0.88, 0.84, 0.82],
    // Written blind after round 14's later changes, never tuned on: floors just under their figures.
    ['test/corpus/blind-33', 0.88, 0.84, 0.74],
    ['test/corpus/blind-34', 0.86, 0.87, 0.72],
    ['test/corpus/blind-35', 0.87, 0.87, 0.82],
    ['test/corpus/blind-36', 0.86, 0.9, 0.7],
    // Written blind after the last session's last change; in round 15 only the counts of the
    // lines each change flipped on them were read (blind-33…40), never their texts; round 19
    // read and tuned on them with the rest.
    ['test/corpus/blind-37', 0.88, 0.81, 0.8],
    ['test/corpus/blind-38', 0.85, 0.88, 0.74],
    ['test/corpus/blind-39', 0.86, 0.87, 0.73],
    ['test/corpus/blind-40', 0.89, 0.85, 0.86],
    // Written blind after round 15; tuned on in round 16.
    ['test/corpus/blind-41', 0.95, 0.9, 0.8],
    ['test/corpus/blind-42', 0.95, 0.86, 0.8],
    ['test/corpus/blind-43', 0.95, 0.94, 0.85],
    ['test/corpus/blind-44', 0.93, 0.9, 0.88],
    // Written blind at the start of round 16; tuned on in round 17.
    ['test/corpus/blind-45', 0.95, 0.88, 0.87],
    ['test/corpus/blind-46', 0.93, 0.89, 0.78],
    // Its rephrase went 0.887 → 0.863 when the model learnt from blind-29…56 (round 19).
    ['test/corpus/blind-47', 0.94, 0.87, 0.85],
    ['test/corpus/blind-48', 0.97, 0.88, 0.84],
    // Written blind after round 16; lightly tuned on in round 18.
    ['test/corpus/blind-49', 0.91, 0.86, 0.82],
    ['test/corpus/blind-50', 0.9, 0.95, 0.76],
    // Its rephrase went 0.896 → 0.887 in round 28: new repairs decide more pairs by rule and the
    // model, retrained on what is left, moved one Italian pair over the line.
    ['test/corpus/blind-51', 0.93, 0.86, 0.88],
    ['test/corpus/blind-52', 0.9, 0.92, 0.82],
    // Written blind after round 17; tuned on in round 19.
    ['test/corpus/blind-53', 0.86, 0.88, 0.85],
    ['test/corpus/blind-54', 0.92, 0.88, 0.85],
    ['test/corpus/blind-55', 0.93, 0.91, 0.82],
    ['test/corpus/blind-56', 0.95, 0.9, 0.88],
    // Written blind in round 19; tuned on in round 20.
    ['test/corpus/blind-57', 0.97, 0.93, 0.9],
    ['test/corpus/blind-58', 0.96, 0.92, 0.8],
    ['test/corpus/blind-59', 0.92, 0.92, 0.75],
    ['test/corpus/blind-60', 0.91, 0.91, 0.84],
    ['test/corpus/blind-61', 0.95, 0.96, 0.78],
    ['test/corpus/blind-62', 0.97, 0.95, 0.83],
    ['test/corpus/blind-63', 0.96, 0.95, 0.87],
    ['test/corpus/blind-64', 0.94, 0.96, 0.88],
    // Written blind at round 20's start, held out through it (only summary figures read);
    // tuned on in round 21.
    ['test/corpus/blind-65', 0.91, 0.93, 0.74],
    ['test/corpus/blind-66', 0.9, 0.93, 0.85],
    ['test/corpus/blind-67', 0.93, 0.9, 0.89],
    ['test/corpus/blind-68', 0.88, 0.89, 0.75],
    // Written blind at round 20's end, held out through round 21, tuned on in round 22.
    ['test/corpus/blind-69', 0.95, 0.95, 0.8],
    ['test/corpus/blind-70', 0.96, 0.95, 0.85],
    ['test/corpus/blind-71', 0.94, 0.95, 0.88],
    ['test/corpus/blind-72', 0.98, 0.93, 0.82],
    // Written blind at round 22's start, held out through it, tuned on in round 23.
    ['test/corpus/blind-73', 0.94, 0.95, 0.87],
    ['test/corpus/blind-74', 0.95, 0.95, 0.92],
    ['test/corpus/blind-75', 0.95, 0.97, 0.89],
    ['test/corpus/blind-76', 0.98, 0.96, 0.9],
    // Written blind during round 23, held out through it, tuned on in round 24.
    ['test/corpus/blind-77', 0.94, 0.89, 0.89],
    ['test/corpus/blind-78', 0.96, 0.94, 0.93],
    ['test/corpus/blind-79', 0.96, 0.95, 0.82],
    ['test/corpus/blind-80', 0.96, 0.95, 0.86],
    // Written blind during round 24, held out through it, tuned on in round 25.
    ['test/corpus/blind-81', 0.96, 0.97, 0.88],
    ['test/corpus/blind-82', 0.93, 0.97, 0.83],
    ['test/corpus/blind-83', 0.98, 0.94, 0.88],
    ['test/corpus/blind-84', 0.96, 0.99, 0.86],
    // Written blind at round 25's start, held out through it, tuned on in round 26.
    ['test/corpus/blind-85', 0.93, 0.95, 0.9],
    ['test/corpus/blind-86', 0.98, 0.95, 0.86],
    ['test/corpus/blind-87', 0.97, 0.93, 0.9],
    ['test/corpus/blind-88', 0.95, 0.96, 0.9],
    // Written blind at round 26's start, held out through it, tuned on in round 27.
    ['test/corpus/blind-89', 0.97, 0.93, 0.92],
    ['test/corpus/blind-90', 0.93, 0.98, 0.9],
    ['test/corpus/blind-91', 0.95, 0.93, 0.89],
    ['test/corpus/blind-92', 0.96, 0.98, 0.91],
    // Written blind at round 27's start, held out through it, tuned on in round 28.
    ['test/corpus/blind-93', 0.98, 0.98, 0.89],
    ['test/corpus/blind-94', 0.93, 0.97, 0.78],
    ['test/corpus/blind-95', 0.97, 0.94, 0.87],
    ['test/corpus/blind-96', 0.97, 0.99, 0.9],
    // Written blind at round 28's start, held out through it, tuned on in rounds 29 and 30.
    ['test/corpus/blind-97', 0.94, 0.9, 0.82],
    ['test/corpus/blind-98', 0.94, 0.96, 0.83],
    ['test/corpus/blind-99', 0.96, 0.99, 0.83],
    ['test/corpus/blind-100', 0.97, 0.94, 0.86],
    // Written blind at round 29's start, held out through it, tuned on in round 30.
    ['test/corpus/blind-101', 0.94, 0.96, 0.86],
    ['test/corpus/blind-102', 0.95, 0.93, 0.89],
    ['test/corpus/blind-103', 0.95, 0.88, 0.9],
    ['test/corpus/blind-104', 0.96, 0.96, 0.81],
    // Written blind at round 30's start, held out through it, tuned on in round 31.
    ['test/corpus/blind-105', 0.96, 0.9, 0.92],
    ['test/corpus/blind-106', 0.92, 0.95, 0.8],
    ['test/corpus/blind-107', 0.92, 0.99, 0.9],
    ['test/corpus/blind-108', 0.95, 0.93, 0.87],
    // Written blind at round 31's start, scored at its start and end, never tuned on: floors
    // just under their figures.
    ['test/corpus/blind-109', 0.94, 0.96, 0.9],
    ['test/corpus/blind-110', 0.94, 0.93, 0.89],
    ['test/corpus/blind-111', 0.94, 0.96, 0.82],
    ['test/corpus/blind-112', 0.91, 0.91, 0.91],
    // Written blind at round 32's start and scored once; the detectors did not change in it.
    ['test/corpus/blind-113', 0.96, 0.94, 0.81],
    ['test/corpus/blind-114', 0.97, 0.92, 0.89],
    ['test/corpus/blind-115', 0.96, 0.93, 0.9],
    ['test/corpus/blind-116', 0.96, 0.96, 0.84],
  ];
  // Rephrase pairs only, written blind as training data for the model and kept out of it in
  // round 9 (adding them moved the held-out figures by nothing); since round 14 the model learns
  // from them with the other batches (scripts/train-rephrase.ts).
  for (const [dir, rephrase] of [['test/corpus/blind-11', 0.7], ['test/corpus/blind-12', 0.74]] as const) {
    it(dir, () => expect(evaluate(loadCorpus(dir)).rephrase!.f1).toBeGreaterThanOrEqual(rephrase));
  }
  for (const [dir, companion, user, rephrase] of floors) {
    it(dir, () => {
      const r = evaluate(loadCorpus(dir));
      expect(r.companion!.macro_f1).toBeGreaterThanOrEqual(companion);
      expect(r.user!.macro_f1).toBeGreaterThanOrEqual(user);
      expect(r.rephrase!.f1).toBeGreaterThanOrEqual(rephrase);
    });
  }
});

describe('per-language figures', () => {
  it('keeps only the rows of the language asked for', () => {
    const all = loadCorpus('test/corpus/blind-5');
    const it_ = onlyLanguage(all, 'it');
    expect(it_.companion!.length).toBeGreaterThan(0);
    expect(it_.companion!.length).toBeLessThan(all.companion!.length);
    expect([...it_.companion!, ...it_.user!, ...it_.rephrase!].every((r) => r.lang === 'it')).toBe(true);
    expect(evaluate(onlyLanguage(all, 'xx')).companion!.n).toBe(0);
  });
  // Most held-out batches were written without a `lang` field: their rows are sorted by a guess.
  it('guesses the language of a row without one', () => {
    const lines: [string, string][] = [
      ['it', 'Non ho voglia di farlo stasera, scusa.'],
      ['pt', 'Não quero, desculpa. Isso não é para mim.'],
      ['es', 'No, eso no lo voy a hacer, lo siento.'],
      ['fr', 'Je ne veux pas, ça ne me plaît pas.'],
      ['de', 'Nein, das mache ich nicht mit dir.'],
      ['en', "No, I don't want to do that."],
    ];
    for (const [lang, text] of lines) expect(guessLanguage(text), text).toBe(lang);
    const it_ = onlyLanguage(loadCorpus('test/corpus/blind-111'), 'it');
    expect(it_.companion!.length).toBeGreaterThan(20);
    expect(it_.companion!.every((r) => r.lang === undefined)).toBe(true);
  });
  it('guesses right on most rows that carry a language', () => {
    let right = 0;
    let all = 0;
    for (const dir of ['test/corpus/dev', 'test/corpus/blind-5', 'test/corpus/blind-6']) {
      const c = loadCorpus(dir);
      for (const r of [...(c.companion ?? []), ...(c.user ?? [])]) if (r.lang) (all++, (right += Number(guessLanguage(r.text) === r.lang)));
    }
    expect(all).toBeGreaterThan(500);
    expect(right / all).toBeGreaterThan(0.9);
  });
});

describe('corpus loader', () => {
  it('names the file and line of a malformed line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'user.jsonl'), '{"id":"u1","text":"hi","label":"none"}\n{"id":"u2","text":"x","label":"shout"}\n');
    expect(() => loadCorpus(dir)).toThrow(CorpusError);
    expect(() => loadCorpus(dir)).toThrow(/user\.jsonl:2: "label" is "shout"/);
  });
  it('ignores extra fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'rephrase.jsonl'), '{"id":"r1","refused":"Kiss me.","later":"Bésame","same":true,"extra":1}\n');
    expect(evaluate(loadCorpus(dir)).rephrase!.f1).toBe(1);
  });
});
