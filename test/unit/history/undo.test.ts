// Undo for deletions on the history page (lib/db/trash.ts), through the background's messages
// over a real Dexie database: a deletion comes back exactly, row for row; what was deleted is
// never read by the history, the popup's figures, companion pages or the export; the trash is
// let go on the next deletion, on dismissal, after its window and on browser start; and undo
// works from IndexedDB alone, as a freshly started worker would do it.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage, type Effects } from '@/lib/background/handler';
import { SCHEMA, StandingNoDB } from '@/lib/db/db';
import { filteredEvents, newestEvents } from '@/lib/db/queries';
import { purgeTrash, TRASH_KEEP_MS } from '@/lib/db/trash';
import { readExport } from '@/lib/export/read';
import type { ExportDoc } from '@/lib/export/schema';
import { asPolicy, pressedTwice, script } from '../audit/synthetic';

const T = Date.UTC(2026, 5, 1, 12);
const DAY = 86_400_000;
let db: StandingNoDB;
let name: string;
let now: number;
let notified: number;
const fx = { now: () => now, setBadge: () => undefined, notifyPages: () => void notified++, loadMessages: async () => null } as Effects;
const send = (msg: unknown, on = db) => handleMessage(on, msg, {}, fx) as Promise<Record<string, any>>;
const del = (target: unknown) => send({ type: 'history-delete', target });
const undo = (batch: string, on = db) => send({ type: 'history-undo', batch }, on);

async function record(site: string, companion: string, chatId: string, events: ReturnType<typeof script>['events']) {
  const reply = await send({ type: 'record', page: { site, companionId: companion, companionName: companion.toUpperCase(), chatId }, events: events.map(asPolicy) });
  expect(reply.ok).toBe(true);
}

/** Every record table, each sorted by key: two equal dumps are the same records, row for row. */
async function dump(on = db) {
  const byKey = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    companions: byKey(await on.companions.toArray(), (r) => r.key),
    chats: byKey(await on.chats.toArray(), (r) => r.key),
    events: byKey(await on.events.toArray(), (r) => r.id),
    boundaries: byKey(await on.boundaries.toArray(), (r) => r.id),
    corrections: byKey(await on.corrections.toArray(), (r) => `${r.companionKey} ${r.textKey}`),
  };
}

beforeEach(async () => {
  name = `test-${crypto.randomUUID()}`;
  db = new StandingNoDB(name);
  now = T + 10 * DAY;
  notified = 0;
  // Mira on the demo: a no, pressed twice, then a yes after pressure; the user lifts it later.
  const mira = pressedTwice(T);
  await record('demo', 'mira', 'c1', mira.events);
  await send({ type: 'revise-boundary', boundaryId: 'b1', status: 'revised' });
  // Theo, in two chats: a lasting boundary in one.
  const theo = script('demo', 'theo', T + 2 * DAY).user('c1', 'Tell me about the storm').companion('c1', 'boundary', { boundaryId: 'b2' });
  await record('demo', 'theo', 'c1', theo.events.map((e, i) => ({ ...e, id: `theo${i}` })));
  await record('demo', 'theo', 'c2', script('demo', 'theo', T + 3 * DAY).user('c2', 'hello again').events.map((e, i) => ({ ...e, id: `theo2-${i}` })));
  // The user corrected a label for Theo.
  await send({ type: 'feedback', page: { site: 'demo', companionId: 'theo', companionName: 'Theo', chatId: 'c1' }, textKey: 'k1', label: 'none' });
  // Nova on another site.
  const nova = script('sillytavern', 'nova', T + 4 * DAY).user('main', 'hi').companion('main', 'refusal', { boundaryId: 'b3' });
  await record('sillytavern', 'nova', 'main', nova.events.map((e, i) => ({ ...e, id: `nova${i}` })));
  notified = 0;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('undo after a deletion', () => {
  it.each([
    ['one event (its boundary folded again)', { scope: 'event', id: 'ev4' }, 1],
    ['a boundary with the events about it', { scope: 'boundary', id: 'b1' }, 6],
    ['a companion', { scope: 'companion', companionKey: 'demo:theo' }, 3],
    ['a site', { scope: 'site', site: 'demo' }, 12],
    ['everything', { scope: 'everything' }, 14],
  ])('puts back exactly what deleting %s took', async (_what, target, events) => {
    const before = await dump();
    const reply = await del(target);
    expect(reply).toMatchObject({ ok: true, deleted: events, kept: true, undo: { scope: target, events, at: now } });
    expect(await dump()).not.toEqual(before);
    expect(notified).toBe(1);

    const back = await undo(reply.undo.id);
    expect(back).toEqual({ ok: true, restored: events });
    // Same rows, same ids, same relations (events to boundaries, chats to companions), same fold.
    expect(await dump()).toEqual(before);
    expect(notified).toBe(2);
    // Once undone, it is gone from the trash: a second undo has nothing to put back.
    expect(await undo(reply.undo.id)).toEqual({ ok: false, error: 'gone' });
    expect(await db.trash.count()).toBe(0);
    expect(await db.trashBatches.count()).toBe(0);
  });

  it('folds the boundary again on delete, and restores it as it was on undo', async () => {
    const original = (await db.boundaries.get('b1'))!;
    expect(original.pressureCount).toBe(2);
    const reply = await del({ scope: 'event', id: 'ev4' });
    expect((await db.boundaries.get('b1'))!.pressureCount).toBe(1);
    await undo(reply.undo.id);
    expect(await db.boundaries.get('b1')).toEqual(original);
  });

  it('names the companion a deletion took, for its notice', async () => {
    const reply = await del({ scope: 'companion', companionKey: 'demo:theo' });
    expect(reply.undo).toMatchObject({ name: 'THEO', events: 3 });
  });

  it('undoes from the database alone, as a worker started afresh would', async () => {
    const before = await dump();
    const reply = await del({ scope: 'site', site: 'demo' });
    db.close();
    // A new worker: a new connection, nothing in memory from the one that deleted.
    const fresh = new StandingNoDB(name);
    expect(await send({ type: 'history-undo-pending' }, fresh)).toEqual({ ok: true, pending: reply.undo });
    expect(await undo(reply.undo.id, fresh)).toMatchObject({ ok: true, restored: 12 });
    expect(await dump(fresh)).toEqual(before);
    fresh.close();
    db = new StandingNoDB(name);
  });

  it('keeps what was recorded between the deletion and the undo', async () => {
    const reply = await del({ scope: 'companion', companionKey: 'demo:mira' });
    // Mira's page stayed open: another ask, pressing on the deleted boundary, comes in later.
    now += 60_000;
    const later = T + 10 * DAY + 30_000;
    await record('demo', 'mira', 'c1', [
      { id: 'late1', t: later, chatKey: 'demo:mira/c1', kind: 'action', action: 'regenerate' },
      { id: 'late2', t: later, chatKey: 'demo:mira/c1', kind: 'pressure', via: 'regenerate', boundaryId: 'b1' },
    ] as never);
    expect((await db.companions.get('demo:mira'))!.firstSeen).toBe(now);

    expect(await undo(reply.undo.id)).toMatchObject({ ok: true, restored: 9 });
    const mira = await filteredEvents(db, { companionKey: 'demo:mira' });
    expect(mira.map((e) => e.id)).toEqual(expect.arrayContaining(['ev1', 'ev8', 'late1', 'late2']));
    expect(mira).toHaveLength(11);
    // The companion keeps its first sighting and its latest one; the boundary counts the late press too.
    expect(await db.companions.get('demo:mira')).toMatchObject({ firstSeen: T + 10 * DAY, lastSeen: now });
    expect((await db.boundaries.get('b1'))!.pressureCount).toBe(3);
  });

  it('refuses an undo it cannot understand, and writes nothing', async () => {
    const before = await dump();
    expect(await send({ type: 'history-undo' })).toMatchObject({ ok: false, error: expect.stringMatching(/invalid message/) });
    expect(await send({ type: 'history-undo', batch: 'x'.repeat(65) })).toMatchObject({ ok: false });
    expect(await undo('no-such-deletion')).toEqual({ ok: false, error: 'gone' });
    expect(await dump()).toEqual(before);
  });
});

describe('what was deleted is not read', () => {
  it('by the history, the popup, companion pages or the export, while it waits for undo', async () => {
    const reply = await del({ scope: 'boundary', id: 'b1' });
    expect(await db.trash.count()).toBeGreaterThan(0);
    const gone = new Set(['ev2', 'ev4', 'ev5', 'ev7', 'ev8']);

    const all = await filteredEvents(db, {});
    expect(all.some((e) => gone.has(e.id))).toBe(false);
    expect((await newestEvents(db, {})).some((e) => gone.has(e.id))).toBe(false);
    expect(await filteredEvents(db, { search: 'refusal reply', site: 'demo' })).toEqual([]);

    const observed = await send({ type: 'observed', site: 'demo' });
    expect(observed.figures.noes).toBe(1);

    const snapshot = (await send({ type: 'hello', page: { site: 'demo', companionId: 'mira', companionName: 'Mira', chatId: 'c1' } })).snapshot;
    expect(snapshot.boundaries).toEqual([]);
    expect(snapshot.events.some((e: { id: string }) => gone.has(e.id))).toBe(false);

    for (const doc of [(await send({ type: 'export', redaction: 'full' })) as unknown as ExportDoc, await readExport(db, 'full', new Date(now))]) {
      expect(doc.events).toHaveLength(all.length);
      expect(doc.events.some((e) => gone.has(e.id))).toBe(false);
      expect(doc.boundaries.map((b) => b.id).sort()).toEqual(['b2', 'b3']);
    }
    // And after the undo, all of it is read again.
    await undo(reply.undo.id);
    expect((await send({ type: 'observed', site: 'demo' })).figures.noes).toBe(3);
  });
});

describe('letting the trash go', () => {
  it('forgets the previous deletion when another one is made: one undo at a time', async () => {
    const first = await del({ scope: 'event', id: 'ev1' });
    const second = await del({ scope: 'event', id: 'nova0' });
    expect(await undo(first.undo.id)).toEqual({ ok: false, error: 'gone' });
    expect(await db.events.get('ev1')).toBeUndefined();
    expect(await db.trashBatches.toCollection().primaryKeys()).toEqual([second.undo.id]);
  });

  it('forgets a deletion for good when its notice is dismissed', async () => {
    const reply = await del({ scope: 'companion', companionKey: 'demo:theo' });
    expect(await send({ type: 'history-undo-dismiss', batch: reply.undo.id })).toEqual({ ok: true });
    expect(await db.trash.count()).toBe(0);
    expect(await send({ type: 'history-undo-pending' })).toEqual({ ok: true, pending: null });
    expect(await undo(reply.undo.id)).toEqual({ ok: false, error: 'gone' });
    expect(await db.companions.get('demo:theo')).toBeUndefined();
  });

  it('lets a deletion go once its window has passed', async () => {
    const reply = await del({ scope: 'everything' });
    now += TRASH_KEEP_MS - 1000;
    expect(await send({ type: 'history-undo-pending' })).toEqual({ ok: true, pending: reply.undo });
    now += 2000;
    expect(await send({ type: 'history-undo-pending' })).toEqual({ ok: true, pending: null });
    expect(await db.trash.count()).toBe(0);
    expect(await undo(reply.undo.id)).toEqual({ ok: false, error: 'gone' });
    expect(await db.events.count()).toBe(0);
  });

  it('lets it go on whatever message comes after the window, without a page asking', async () => {
    await del({ scope: 'site', site: 'sillytavern' });
    now += TRASH_KEEP_MS + 61_000;
    await send({ type: 'get-settings' });
    expect(await db.trashBatches.count()).toBe(0);
    expect(await db.trash.count()).toBe(0);
  });

  it('an expired undo is refused even if nothing purged it yet', async () => {
    const reply = await del({ scope: 'event', id: 'ev1' });
    await purgeTrash(db, now); // the sweep has run; the next one is a minute away
    now += TRASH_KEEP_MS + 1;
    expect(await undo(reply.undo.id)).toEqual({ ok: false, error: 'gone' });
    expect(await db.trash.count()).toBe(0);
  });

  it('lets everything go when the browser starts', async () => {
    await del({ scope: 'boundary', id: 'b2' });
    expect(await purgeTrash(db, 'all')).toBe(1);
    expect(await db.trash.count()).toBe(0);
  });

  it('keeps nothing when nothing was deleted', async () => {
    expect(await del({ scope: 'event', id: 'nothing-here' })).toEqual({ ok: true, deleted: 0, undo: null, kept: true });
    expect(await db.trashBatches.count()).toBe(0);
  });

  it('still deletes, for good, when the disk has no room left for a copy', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(db.trash, 'bulkAdd').mockRejectedValueOnce(quota);
    const reply = await del({ scope: 'companion', companionKey: 'demo:theo' });
    expect(reply).toEqual({ ok: true, deleted: 3, undo: null, kept: false });
    expect(await db.companions.get('demo:theo')).toBeUndefined();
    expect(await db.trash.count()).toBe(0);
    expect(await db.trashBatches.count()).toBe(0);
  });
});

describe('database version 4', () => {
  it('opens a version 3 database with its records intact and an empty trash', async () => {
    const oldName = `test-v3-${crypto.randomUUID()}`;
    const v3 = new Dexie(oldName);
    SCHEMA.slice(0, 3).forEach((stores, i) => v3.version(i + 1).stores(stores));
    await v3.open();
    const rows = await dump();
    await v3.table('companions').bulkAdd(rows.companions);
    await v3.table('chats').bulkAdd(rows.chats);
    await v3.table('events').bulkAdd(rows.events);
    await v3.table('boundaries').bulkAdd(rows.boundaries);
    await v3.table('corrections').bulkAdd(rows.corrections);
    await v3.table('userSites').add({ origin: 'https://chat.example' });
    v3.close();

    const upgraded = new StandingNoDB(oldName);
    await upgraded.open();
    expect(upgraded.verno).toBe(4);
    expect(await dump(upgraded)).toEqual(rows);
    expect(await upgraded.userSites.count()).toBe(1);
    expect(await upgraded.trash.count()).toBe(0);
    expect(await upgraded.trashBatches.count()).toBe(0);
    // And the new tables work: a deletion there can be undone.
    const reply = (await handleMessage(upgraded, { type: 'history-delete', target: { scope: 'everything' } }, {}, fx)) as Record<string, any>;
    expect(await upgraded.events.count()).toBe(0);
    await handleMessage(upgraded, { type: 'history-undo', batch: reply.undo.id }, {}, fx);
    expect(await dump(upgraded)).toEqual(rows);
    upgraded.close();
    await Dexie.delete(oldName);
  });
});
