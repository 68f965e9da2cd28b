// Every shipped language says everything English says, with the same slots. A missing key falls
// back to English without a sound, and a wrong placeholder shows an empty hole where a name or a
// number should be, so both are caught here rather than by a user.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '@/lib/settings/defaults';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

const LOCALES = 'public/_locales';
const read = (lang: string): Record<string, Entry> => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));
const en = read('en');
const others = readdirSync(LOCALES).filter((l) => l !== 'en' && statSync(join(LOCALES, l)).isDirectory());

/** The $NAME$ slots a message uses, lower-cased as the browser matches them. */
const used = (message: string) => [...new Set([...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();
const defined = (e: Entry) =>
  Object.entries(e.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('ships a messages file for every language the options offer, and no other', () => {
    expect([...others, 'en'].sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it('English: no empty message, and every slot a message uses is defined', () => {
    for (const [key, e] of Object.entries(en)) {
      expect(e.message.trim(), key).not.toBe('');
      const names = Object.keys(e.placeholders ?? {}).map((n) => n.toLowerCase());
      for (const slot of used(e.message)) expect(names, `${key}: $${slot.toUpperCase()}$`).toContain(slot);
    }
  });

  // The manifest's description is the localised extDescription; Chrome and Firefox cap it at
  // 132 characters, and the Chrome Web Store refuses a package whose description is longer.
  it.each(['en', ...others])('%s: the store description fits in 132 characters', (lang) => {
    expect(read(lang).extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  describe.each(others)('%s', (lang) => {
    const messages = read(lang);

    it('has exactly the English keys', () => {
      expect(Object.keys(messages).filter((k) => !(k in en)), 'keys English lacks').toEqual([]);
      expect(Object.keys(en).filter((k) => !(k in messages)), 'keys missing').toEqual([]);
    });

    it('keeps every placeholder: the same names, the same $n, and each one used where English uses it', () => {
      for (const [key, e] of Object.entries(en)) {
        const t = messages[key];
        if (!t) continue;
        expect(defined(t), `${lang}/${key} placeholders`).toEqual(defined(e));
        expect(used(t.message), `${lang}/${key} slots in the message`).toEqual(used(e.message));
      }
    });

    it('has no empty message', () => {
      for (const [key, t] of Object.entries(messages)) expect(t.message?.trim(), `${lang}/${key}`).toBeTruthy();
    });

    it('keeps the product name', () => {
      expect(messages.extName?.message).toBe(en.extName!.message);
    });
  });

  it('English: a counted message comes in both forms, with the same slots, the number in $1', () => {
    const stems = new Set(Object.keys(en).flatMap((k) => k.match(/^(.+)_(?:one|other)$/)?.[1] ?? []));
    expect(stems.size).toBeGreaterThan(0);
    for (const stem of stems) {
      const one = en[`${stem}_one`];
      const other = en[`${stem}_other`];
      expect(one && other, `${stem}: _one and _other`).toBeTruthy();
      expect(defined(one!), stem).toEqual(defined(other!));
      for (const form of [one!, other!]) {
        const number = Object.entries(form.placeholders ?? {}).find(([, p]) => p.content === '$1')?.[0];
        expect(used(form.message), `${stem}: the number`).toContain(number);
      }
    }
  });

  it('every key the code asks for by name exists in English', () => {
    const sources = ['lib', 'components', 'entrypoints'].flatMap(files).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    const asked = sources.flatMap(({ file, text }) => [...text.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)].map((m) => ({ file, key: m[1]! })));
    const counted = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/\bplural\(\s*['"]([^'"]+)['"]/g)].flatMap((m) => [`${m[1]}_one`, `${m[1]}_other`].map((key) => ({ file, key }))),
    );
    expect(asked.length).toBeGreaterThan(100);
    expect(counted.length).toBeGreaterThan(0);
    expect([...asked, ...counted].filter(({ key }) => !(key in en))).toEqual([]);
  });
});
