// Reason codes behind "why?": every code a detector can give has words in every language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '@/lib/i18n';
import { cueText } from '@/lib/overlay/cues';

const LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'pt'];
const messages = (lang: string): Record<string, { message: string }> => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const translator = (lang: string) => {
  const m = messages(lang);
  return (key: MessageKey, ...subs: (string | number)[]): string => {
    const entry = m[key];
    if (!entry) throw new Error(`${lang}: no message ${key}`);
    return entry.message.replace(/\$[A-Z]+\$/, String(subs[0] ?? ''));
  };
};

const source = (file: string): string => readFileSync(`lib/detect/${file}.ts`, 'utf8');
const detectorCodes = ['companion', 'rephrase'].flatMap((f) => [...source(f).matchAll(/'#(\w+)'/g)].map((m) => `#${m[1]}`));
const intentCodes = ['rephrase'].flatMap((f) => [...source(f).matchAll(/`#(\w+):\$/g)].map((m) => m[1]!));
const intents = [...source('concepts').matchAll(/\n {2}(\w+): `/g)].map((m) => m[1]!).filter((f) => f !== 'mask');

describe('cueText', () => {
  const en = translator('en');

  it('quotes the words of a message, apostrophes back in place', () => {
    expect(cueText('i don t want to', en)).toEqual({ text: "I don't want to", quoted: true });
  });

  it('words a reason code, and an intent inside one', () => {
    expect(cueText('#same_ask', en)).toEqual({ text: 'It reads like the same request again.', quoted: false });
    expect(cueText('#names:intimate', en)?.text).toBe('It names something the earlier no may have been about: something intimate.');
  });

  it('drops a code it does not know rather than showing it raw', () => {
    expect(cueText('#from_a_later_version', en)).toBeNull();
    expect(cueText('#intent:unknown_family', en)).toBeNull();
    expect(cueText('#constructor', en)).toBeNull();
    expect(cueText('#intent:toString', en)).toBeNull();
  });

  it('finds the codes in the detectors (the scan below is not empty)', () => {
    expect(detectorCodes.length).toBeGreaterThan(8);
    expect(intentCodes.sort()).toEqual(['intent', 'names']);
    expect(intents).toContain('intimate');
  });

  it.each(LANGUAGES)('has words in %s for every code and every intent the detectors give', (lang) => {
    const t = translator(lang);
    for (const code of detectorCodes) expect(cueText(code, t), code).not.toBeNull();
    for (const code of intentCodes) for (const intent of intents) expect(cueText(`#${code}:${intent}`, t), `${code}:${intent}`).not.toBeNull();
  });
});
