// Any input up to 100 KB: no throw, a valid verdict, and bounded work (the analysed
// length never exceeds the fixed head + tail window).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPANION_LABELS, MAX_ANALYSED, USER_LABELS, analyseCompanion, classifyUser, isSameRequest, normalize } from '@/lib/detect';

const chunk = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.constantFrom("I don't want to", 'No.', 'OOC', '🙅‍♀️', 'constructor', '__proto__', '*', '((((', '~', 'non voglio', 'nooooooo'),
);
const text = fc.array(chunk, { maxLength: 20 }).map((xs) => xs.join(' '));
// Large inputs are built by repetition so each run stays cheap to generate.
const big = fc.tuple(text, fc.integer({ min: 1, max: 100_000 })).map(([t, n]) => (t.length ? t.repeat(Math.ceil(n / t.length)).slice(0, n) : 'x'.repeat(n)));
const input = fc.oneof(text, big);

describe('detectors on arbitrary input', () => {
  it('companion: valid verdict, bounded analysis', () => {
    fc.assert(
      fc.property(input, fc.option(input), (t, ctx) => {
        const v = analyseCompanion(t, ctx);
        expect(COMPANION_LABELS).toContain(v.label);
        expect(typeof v.exitScene).toBe('boolean');
        expect(['sure', 'unsure']).toContain(v.confidence);
        expect(v.cues.every((c) => typeof c === 'string')).toBe(true);
        expect(v.analysed).toBeLessThanOrEqual(MAX_ANALYSED + 1);
      }),
      { numRuns: 300 },
    );
  });
  it('user: valid verdict', () => {
    fc.assert(
      fc.property(input, (t) => {
        const v = classifyUser(t);
        expect(USER_LABELS).toContain(v.label);
        expect(['sure', 'unsure']).toContain(v.confidence);
      }),
      { numRuns: 300 },
    );
  });
  it('rephrase: valid verdict with a score in [0, 1]', () => {
    fc.assert(
      fc.property(input, input, (a, b) => {
        const v = isSameRequest(a, b);
        expect(typeof v.same).toBe('boolean');
        expect(v.score).toBeGreaterThanOrEqual(0);
        expect(v.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
  it('normalisation reads at most head + tail characters of a 100 KB message', () => {
    const huge = 'please stop '.repeat(10_000);
    const n = normalize(huge);
    expect(n.analysed).toBeLessThanOrEqual(MAX_ANALYSED + 1);
    expect(n.tokens.length).toBeLessThan(MAX_ANALYSED);
  });
  // Raw text is read by a regex only at its end: over a whole 200 KB run of "…" after a request,
  // the trailing-ellipsis check backtracked for many seconds (the test timeout catches it).
  it('reads a long run of ellipses after a request without scanning all of it', () => {
    expect(analyseCompanion('…'.repeat(200_000) + 'x', 'kiss me').label).toBe('none');
  });
  it('keeps a refusal at the very end of a long message', () => {
    const long = 'We had such a lovely day at the lake and I keep thinking about it. '.repeat(200) + "But I don't want to do that.";
    expect(analyseCompanion(long).label).toBe('refusal');
  });
});

describe('lexicon syntax', () => {
  it('finds a nested group, which would match nothing', async () => {
    const { phraseProblem } = await import('@/lib/detect/matcher');
    expect(phraseProblem('(a|b (c|d))')).toBe('nested group');
    expect(phraseProblem('(every|each) (single )?time')).toBe('regex quantifier');
  });
  it('finds a phrase of fillers only, which would match every message', async () => {
    const { phraseProblem } = await import('@/lib/detect/matcher');
    expect(phraseProblem('(really|honestly)')).toBe('no required word');
    expect(phraseProblem('^ (really|) sorry $')).toBeNull();
  });
  it('finds no problem in any phrase the detectors ship', async () => {
    const { phraseProblem } = await import('@/lib/detect/matcher');
    const lexicons = [
      (await import('@/lib/detect/companion')).COMPANION_PHRASES,
      (await import('@/lib/detect/companion')).CONTEXT_PHRASES,
      (await import('@/lib/detect/user')).USER_PHRASES,
      (await import('@/lib/detect/concepts')).CONCEPT_PHRASES,
      (await import('@/lib/detect/rephrase')).FRAME_PHRASES,
    ];
    const phrases = lexicons.flatMap((lex) => Object.values(lex).flatMap((lines) => lines.split('\n').map((l) => l.trim()).filter((l) => l !== '')));
    expect(phrases.length).toBeGreaterThan(1000);
    expect(phrases.filter((p) => phraseProblem(p) !== null)).toEqual([]);
  });
  it('reads text and lexicon without intensifiers alike', async () => {
    const { Lexicon } = await import('@/lib/detect/matcher');
    const { normalize } = await import('@/lib/detect/normalize');
    const lex = new Lexicon({ f: "i d rather not" });
    expect(lex.match(normalize("I'd really, honestly rather not").tokens)).toHaveLength(1);
    expect(normalize('No honestly, fine').pauses.has(0)).toBe(false);
  });
  it('matches the same after its memo of looked-up tokens fills and is dropped', async () => {
    const { Lexicon } = await import('@/lib/detect/matcher');
    const lex = new Lexicon({ f: 'comfort* with ~ that', g: 'hard no' });
    const text = "i m not comfortable with any of that hard no".split(' ');
    const before = lex.match(text);
    expect(before.map((h) => h.f)).toEqual(['f', 'g']);
    for (let i = 0; i < 5000; i++) lex.match([`word${i}`, 'comfortable', 'hard']);
    expect((lex as unknown as { memo: Map<string, unknown> }).memo.size).toBeLessThanOrEqual(2048);
    expect(lex.match(text)).toEqual(before);
  });
});
