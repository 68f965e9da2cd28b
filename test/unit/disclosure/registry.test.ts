// The disclosure registry is data other people rely on: linted like code.
import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import { DISCLOSURES, disclosureFor } from '@/lib/disclosure/registry';
import { disclosureSchema, QUESTIONS } from '@/lib/disclosure/schema';
import { SITES } from '@/lib/sites/registry';

/** Site ids other parts of the extension depend on. */
const SITE_IDS = ['agnai', 'chai', 'characterai', 'chub', 'crushon', 'demo', 'janitor', 'kindroid', 'nomi', 'pi', 'replika', 'risuai', 'sillytavern', 'spicychat', 'talkie'];
const today = new Date().toISOString().slice(0, 10);
const answers = DISCLOSURES.flatMap((d) => QUESTIONS.map((q) => ({ site: d.site, q, a: d.answers[q] })));

describe('disclosure registry', () => {
  it('has exactly one entry a site, sorted by id', () => {
    const ids = DISCLOSURES.map((d) => d.site);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(SITE_IDS);
  });

  it('covers every site in the site registry', () => {
    for (const s of SITES) expect(DISCLOSURES.map((d) => d.site)).toContain(s.data.id);
  });

  it.each(DISCLOSURES.map((d) => [d.site, d]))('%s passes its schema', (_site, d) => {
    expect(disclosureSchema.safeParse(d).error?.issues ?? []).toEqual([]);
  });

  it('cites only valid https addresses', () => {
    for (const { a } of answers) if (a.source !== null) expect(new URL(a.source).protocol).toBe('https:');
  });

  it('has no review date in the future and only real dates', () => {
    for (const { a } of answers) {
      expect(a.reviewed <= today).toBe(true);
      expect(new Date(`${a.reviewed}T00:00:00Z`).toISOString().slice(0, 10)).toBe(a.reviewed);
    }
  });

  it('has a one-line summary in the English messages for every answer', () => {
    for (const { a } of answers) {
      const entry = (messages as Record<string, { message: string }>)[a.summary];
      expect(entry, a.summary).toBeDefined();
      expect(entry!.message.length).toBeLessThanOrEqual(280);
      expect(entry!.message).not.toContain('\n');
    }
  });

  it('keeps "ours" to the demo, whose behaviour we wrote', () => {
    for (const { site, a } of answers) if (a.basis === 'ours') expect(site).toBe('demo');
  });

  it('rejects an answer with a source but no basis, and an http address', () => {
    const d = DISCLOSURES.find((x) => x.site === 'kindroid')!;
    const bad = (memory: object) => disclosureSchema.safeParse({ ...d, answers: { ...d.answers, memory: { ...d.answers.memory, ...memory } } }).success;
    expect(bad({ basis: 'none' })).toBe(false);
    expect(bad({ source: 'http://docs.kindroid.ai/memory' })).toBe(false);
    expect(bad({ answer: 'not_disclosed' })).toBe(false);
  });

  it('shows a site it does not know as not reviewed, never as a guess', () => {
    const d = disclosureFor('a-site-someone-taught');
    expect(QUESTIONS.every((q) => d.answers[q].answer === 'not_disclosed' && d.answers[q].summary === 'disclosureNotReviewed')).toBe(true);
  });
});
