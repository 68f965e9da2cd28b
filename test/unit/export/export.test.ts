// The research export: its committed JSON Schema, its redaction levels, its CSV, and a round
// trip through the audit tables.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles, readImport } from '@/lib/audit/store';
import { handleMessage, type Effects } from '@/lib/background/handler';
import { StandingNoDB } from '@/lib/db/db';
import { buildExport } from '@/lib/export/build';
import { csvCell, EVENT_COLUMNS, eventsCsv } from '@/lib/export/csv';
import { exportJsonSchemaText, SCHEMA_PATH } from '@/lib/export/jsonSchema';
import { readExport } from '@/lib/export/read';
import { exportSchema, type ExportDoc } from '@/lib/export/schema';
import { asPolicy, script } from '../audit/synthetic';

const T = Date.UTC(2026, 5, 1);
let db: StandingNoDB;
const fx: Effects = { now: () => T + 60_000, setBadge: () => undefined, notifyPages: () => undefined } as unknown as Effects;

/** Records a short conversation through the background, as the content script would. */
async function seed() {
  const s = script('demo', 'mira', T)
    .user('chat-1', '=take off your clothes, "now", please')
    .companion('chat-1', 'refusal', { boundaryId: 'b1' })
    .action('chat-1', 'regenerate')
    .pressure('chat-1', 'regenerate', 'b1')
    .companion('chat-1', 'refusal', { boundaryId: 'b1' });
  const page = { site: 'demo', companionId: 'mira', companionName: 'Mira', chatId: 'chat-1' };
  const reply = (await handleMessage(db, { type: 'record', page, events: s.events.map(asPolicy) }, {}, fx)) as { ok: boolean };
  expect(reply.ok).toBe(true);
}

const asFile = (name: string, text: string) => ({ name, size: text.length, text: async () => text });

beforeEach(() => {
  db = new StandingNoDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('export', () => {
  it('has its JSON Schema committed, equal to the one generated from the zod schema (npm run schema)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(exportJsonSchemaText());
  });

  it('keeps everything at "full", and answers the export message with the document itself', async () => {
    await seed();
    const doc = (await handleMessage(db, { type: 'export', redaction: 'full' }, {}, fx)) as ExportDoc;
    expect(exportSchema.parse(doc)).toEqual(doc);
    expect(doc.companions[0]).toMatchObject({ key: 'demo:mira', name: 'Mira' });
    expect(doc.events[0]).toMatchObject({ kind: 'user_message', text: '=take off your clothes, "now", please', chatKey: 'demo:mira/chat-1' });
    expect(doc.study).toBeUndefined();
  });

  it('keeps excerpts with pseudonymous ids and no names at "excerpts"', async () => {
    await seed();
    const long = 'word '.repeat(40).trim();
    const rows = { companions: await db.companions.toArray(), chats: await db.chats.toArray(), boundaries: await db.boundaries.toArray(), events: await db.events.orderBy('t').toArray() };
    rows.events[1] = { ...rows.events[1]!, text: long } as (typeof rows.events)[number];
    const doc = await buildExport(rows, 'excerpts', 'salt', new Date(T));
    expect(doc.companions[0]!.name).toBe('');
    expect(doc.companions[0]!.key).toMatch(/^p_[0-9a-f]{20}$/);
    expect(JSON.stringify(doc)).not.toContain('mira');
    expect(doc.events[1]!.text!.length).toBeLessThanOrEqual(81);
    expect(doc.events[1]!.text!.endsWith('…')).toBe(true);
    expect(doc.events[0]!.companionKey).toBe(doc.companions[0]!.key);
    // The same salt gives the same codes: one person's exports stay linkable to each other.
    expect((await buildExport(rows, 'none', 'salt', new Date(T))).companions[0]!.key).toBe(doc.companions[0]!.key);
    expect((await buildExport(rows, 'none', 'other', new Date(T))).companions[0]!.key).not.toBe(doc.companions[0]!.key);
  });

  it('keeps the detector’s reason codes at "none", but none of its quoted words', async () => {
    await seed();
    const rows = { companions: await db.companions.toArray(), chats: await db.chats.toArray(), boundaries: await db.boundaries.toArray(), events: await db.events.orderBy('t').toArray() };
    expect(rows.boundaries).toHaveLength(1);
    rows.boundaries[0] = { ...rows.boundaries[0]!, cues: ['rather not', '#intent:intimate'] };
    const i = rows.events.findIndex((e) => 'cues' in e);
    expect(i).toBeGreaterThanOrEqual(0);
    rows.events[i] = { ...rows.events[i]!, cues: ['take off', '#same_ask'] } as (typeof rows.events)[number];
    const none = await buildExport(rows, 'none', 'salt', new Date(T));
    expect(none.boundaries[0]!.cues).toEqual(['#intent:intimate']);
    expect((none.events[i] as { cues?: string[] }).cues).toEqual(['#same_ask']);
    expect(JSON.stringify(none)).not.toContain('rather not');
    const excerpts = await buildExport(rows, 'excerpts', 'salt', new Date(T));
    expect(excerpts.boundaries[0]!.cues).toEqual(['rather not', '#intent:intimate']);
  });

  it('marks a study preset with the consent screen’s version', async () => {
    await seed();
    const doc = await readExport(db, 'none', new Date(T), { consent: 1 });
    expect(exportSchema.parse(doc).study).toEqual({ consent: 1 });
    expect(JSON.stringify(doc)).not.toContain('clothes');
  });

  it('writes events as CSV, quoted, with formulas defused', async () => {
    await seed();
    const doc = await readExport(db, 'full', new Date(T));
    const csv = eventsCsv(doc);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(EVENT_COLUMNS.join(','));
    expect(lines).toHaveLength(doc.events.length + 1);
    expect(lines[1]).toContain(`"'=take off your clothes, ""now"", please"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(undefined)).toBe('');
  });

  it.each(['full', 'excerpts', 'none'] as const)('gives back equal data after export then import (%s)', async (redaction) => {
    await seed();
    const doc = await readExport(db, redaction, new Date(T), redaction === 'full' ? undefined : { consent: 1 });
    const result = await importFiles(db, [asFile('one.json', JSON.stringify(doc))], T);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await readImport(db, result.imported[0]!.id)).toEqual(doc);
  });
});
