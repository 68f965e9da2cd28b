// Import is all or nothing: every bad file is named with where it is wrong, and the database
// is exactly as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFile, jsonPath } from '@/lib/audit/import';
import { importFiles, listImports, removeImport } from '@/lib/audit/store';
import { StandingNoDB } from '@/lib/db/db';
import { buildExport } from '@/lib/export/build';
import type { ExportDoc } from '@/lib/export/schema';
import { script } from './synthetic';

const T = Date.UTC(2026, 5, 1);
let db: StandingNoDB;

async function goodDoc(companion = 'mira'): Promise<ExportDoc> {
  const s = script('demo', companion, T).user('c1', 'hello').companion('c1', 'refusal', { boundaryId: 'b1' });
  return buildExport({ companions: [], chats: [], boundaries: [], events: s.events }, 'full', 'salt', new Date(T));
}
const asFile = (name: string, text: string, size = text.length) => ({ name, size, text: async () => text });

/** Every table's rows, to compare before and after. */
async function everything() {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

beforeEach(async () => {
  db = new StandingNoDB(`test-${crypto.randomUUID()}`);
  await importFiles(db, [asFile('earlier.json', JSON.stringify(await goodDoc('theo')))], T);
});
afterEach(async () => {
  await db.delete();
});

describe('audit import', () => {
  const cases: Array<[string, () => Promise<{ name: string; size: number; text(): Promise<string> }>, string, string]> = [
    ['corrupt JSON', async () => asFile('broken.json', '{"format": "standing-no-export", "version": 1, '), 'notJson', '$'],
    ['an oversized file', async () => asFile('huge.json', '{}', 101 * 1024 * 1024), 'tooBig', '$'],
    ['another format', async () => asFile('other.json', JSON.stringify({ format: 'something-else' })), 'notExport', '$.format'],
    ['a newer version', async () => asFile('v2.json', JSON.stringify({ ...(await goodDoc()), version: 2 })), 'wrongVersion', '$.version'],
    [
      'an event with a label outside the spec',
      async () => {
        const doc = await goodDoc();
        (doc.events[1] as Record<string, unknown>).label = 'maybe';
        return asFile('label.json', JSON.stringify(doc));
      },
      'invalid',
      '$.events[1]',
    ],
    [
      'a repeated event id',
      async () => {
        const doc = await goodDoc();
        doc.events[1]!.id = doc.events[0]!.id;
        return asFile('dupe.json', JSON.stringify(doc));
      },
      'duplicateId',
      '$.events[1].id',
    ],
    ['the file already imported', async () => asFile('again.json', JSON.stringify(await goodDoc('theo'))), 'alreadyImported', '$'],
  ];

  it.each(cases)('rejects %s, says where, and changes nothing', async (_what, make, code, path) => {
    const before = await everything();
    const good = asFile('good.json', JSON.stringify(await goodDoc()));
    const bad = await make();
    const result = await importFiles(db, [good, bad], T + 1);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code, file: bad.name });
    expect(result.problems[0]!.path.startsWith(path)).toBe(true);
    // The good file in the same batch was not imported either.
    expect(await everything()).toEqual(before);
  });

  it('names the exact path of a bad field', async () => {
    const doc = await goodDoc();
    (doc.events[1] as Record<string, unknown>).label = 'maybe';
    const checked = await checkFile(asFile('x.json', JSON.stringify(doc)));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0]).toMatchObject({ path: '$.events[1].label', file: 'x.json' });
  });

  it('rejects the same file chosen twice in one go', async () => {
    const text = JSON.stringify(await goodDoc());
    const result = await importFiles(db, [asFile('a.json', text), asFile('b.json', text)], T);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'sameFileTwice', file: 'b.json', detail: 'a.json' }] });
  });

  it('stops listing problems after five', async () => {
    const doc = await goodDoc();
    const events = Array.from({ length: 8 }, (_, i) => ({ ...doc.events[1]!, id: `x${i}`, label: 'maybe' }));
    const checked = await checkFile(asFile('many.json', JSON.stringify({ ...doc, events })));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.map((p) => p.code)).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'invalid', 'more']);
  });

  it('imports many files in one go, and removes one without touching the rest', async () => {
    const result = await importFiles(db, [asFile('a.json', JSON.stringify(await goodDoc('a'))), asFile('b.json', JSON.stringify(await goodDoc('b')))], T + 1);
    expect(result.ok).toBe(true);
    expect((await listImports(db)).map((i) => i.fileName)).toEqual(['earlier.json', 'a.json', 'b.json']);
    await removeImport(db, (await listImports(db))[1]!.id);
    expect((await listImports(db)).map((i) => i.fileName)).toEqual(['earlier.json', 'b.json']);
    expect(await db.auditEvents.count()).toBe(4);
    expect(await db.events.count()).toBe(0);
  });

  it('writes JSON paths for odd keys too', () => {
    expect(jsonPath(['events', 3, 'label'])).toBe('$.events[3].label');
    expect(jsonPath(['a b', 0])).toBe('$["a b"][0]');
  });
});
