// Undo for deletions on the history page. A deletion moves what it removes into the trash tables
// (lib/db/db.ts, version 4) in the same transaction, so nothing that reads the records (history,
// popup figures, snapshots for companion pages, the export) ever sees a deleted row, and an undo
// works from IndexedDB alone: after the page closed or the service worker was stopped.
//
// How long a deletion can be undone: until the first of
//   - the user dismisses its notice (Escape, the close button, or the notice timing out);
//   - the next deletion (one undo at a time, as in most mail clients);
//   - TRASH_KEEP_MS (five minutes) after it was made, enforced whenever the background starts,
//     the history page opens, an undo is asked for, or any message arrives after that time;
//   - the browser restarting.
// Then it is deleted for good. Someone who deletes expects the records gone, so the window is
// short and nothing keeps a copy beyond it.
import type { DeleteScope } from '../messages';
import type { ChatRow, CompanionRow, StandingNoDB, TrashBatchRow, TrashChunkRow } from './db';
import { boundaryOf, deleteScope, RECORD_TABLES, refold, type Removed } from './queries';

export const TRASH_KEEP_MS = 5 * 60_000;
/** Rows per trash record: a deletion of 100 000 events is a few hundred writes, not 100 000. */
const CHUNK = 500;
/** The answer to an undo that came too late (or twice): the page says so in its own words. */
export const UNDO_GONE = 'gone';

export interface Deletion {
  /** How many events went. */
  deleted: number;
  /** The deletion as it can be undone; null when nothing was deleted, or nothing could be kept. */
  undo: TrashBatchRow | null;
  /** False when the disk had no room for an undo copy: the records were deleted for good. */
  kept: boolean;
}

const trashTables = (db: StandingNoDB) => [...RECORD_TABLES(db), db.trashBatches, db.trash];

/** Deletes what the scope names and keeps it for undo, forgetting any earlier deletion. */
export async function deleteWithUndo(db: StandingNoDB, scope: DeleteScope, now: number): Promise<Deletion> {
  try {
    return await db.transaction('rw', trashTables(db), async () => {
      await clearTrash(db);
      const { deleted, removed } = await deleteScope(db, scope);
      if (isEmpty(removed)) return { deleted, undo: null, kept: true };
      const batch: TrashBatchRow = { id: crypto.randomUUID(), at: now, scope, events: removed.events.length };
      if (scope.scope === 'companion') {
        const c = removed.companions[0];
        if (c) batch.name = c.name || c.companionId;
      }
      await db.trashBatches.add(batch);
      await db.trash.bulkAdd(chunks(batch.id, removed));
      return { deleted, undo: batch, kept: true };
    });
  } catch (e) {
    // A full disk must not stop someone from deleting (often the very way to free room): the
    // copy for undo is what does not fit, so the deletion goes ahead without one.
    if (!isQuotaError(e)) throw e;
    await db.transaction('rw', db.trashBatches, db.trash, () => clearTrash(db));
    const { deleted } = await deleteScope(db, scope);
    return { deleted, undo: null, kept: false };
  }
}

/**
 * Puts a deletion back: every row as it was, then the deletion is forgotten. Rows written since
 * (the companion's page kept recording) are kept: a companion or chat seen again keeps its newest
 * name and times, an event or correction already back is not doubled, and a boundary changed since
 * is folded again from all its events. Resolves to how many events came back, or null when the
 * deletion can no longer be undone.
 */
export async function undoDeletion(db: StandingNoDB, batchId: string, now: number): Promise<number | null> {
  return db.transaction('rw', trashTables(db), async () => {
    const batch = await db.trashBatches.get(batchId);
    if (!batch || expired(batch, now)) {
      if (batch) await forget(db, batchId);
      return null;
    }
    const rows = gather(await db.trash.where('[batch+seq]').between([batchId, -Infinity], [batchId, Infinity]).toArray());
    // Read before anything is put back: a boundary is as the deletion left it unless its row
    // changed or an event about it was recorded since (its page stayed open).
    const boundariesNow = await db.boundaries.bulkGet(rows.boundaries.map((b) => b.before.id));
    const touched = await boundariesTouchedSince(db, new Set(rows.boundaries.map((b) => b.before.companionKey)), batch.at);
    const unchanged = rows.boundaries.filter((b, i) => same(boundariesNow[i] ?? null, b.after) && !touched.has(b.before.id));

    await db.companions.bulkPut(merged(rows.companions, await db.companions.bulkGet(rows.companions.map((c) => c.key))));
    await db.chats.bulkPut(merged(rows.chats, await db.chats.bulkGet(rows.chats.map((c) => c.key))));
    const eventsNow = await db.events.bulkGet(rows.events.map((e) => e.id));
    const missing = rows.events.filter((_, i) => !eventsNow[i]);
    await db.events.bulkAdd(missing);
    const correctionsNow = await db.corrections.bulkGet(rows.corrections.map((c) => [c.companionKey, c.textKey] as [string, string]));
    await db.corrections.bulkAdd(rows.corrections.filter((_, i) => !correctionsNow[i]));

    await db.boundaries.bulkPut(unchanged.map((b) => b.before));
    for (const b of rows.boundaries.filter((b) => !unchanged.includes(b))) await refold(db, b.before.companionKey, b.before.id, b.before.site);

    await forget(db, batchId);
    return missing.length;
  });
}

/** Forgets one deletion for good (its notice was dismissed). */
export async function forgetDeletion(db: StandingNoDB, batchId: string): Promise<void> {
  await db.transaction('rw', db.trashBatches, db.trash, () => forget(db, batchId));
}

/** Forgets every deletion made more than TRASH_KEEP_MS before `now`, or all of them. */
export async function purgeTrash(db: StandingNoDB, now: number | 'all'): Promise<number> {
  return db.transaction('rw', db.trashBatches, db.trash, async () => {
    if (now === 'all') {
      const n = await db.trashBatches.count();
      await clearTrash(db);
      return n;
    }
    const old = (await db.trashBatches.where('at').below(now - TRASH_KEEP_MS).primaryKeys()) as string[];
    for (const id of old) await forget(db, id);
    return old.length;
  });
}

/** The deletion that can still be undone, if any (the page closed before its notice went). */
export async function pendingDeletion(db: StandingNoDB, now: number): Promise<TrashBatchRow | null> {
  await purgeTrash(db, now);
  return (await db.trashBatches.orderBy('at').last()) ?? null;
}

/** Whether a write failed for want of room (Dexie wraps the browser's error, in bulk writes per row). */
export function isQuotaError(e: unknown, depth = 0): boolean {
  const err = e as { name?: string; inner?: unknown; failures?: unknown[] } | null;
  if (!err || depth > 3) return false;
  return err.name === 'QuotaExceededError' || isQuotaError(err.inner, depth + 1) || (err.failures ?? []).some((f) => isQuotaError(f, depth + 1));
}

/** Boundaries that events recorded at or after `since` are about. */
async function boundariesTouchedSince(db: StandingNoDB, companionKeys: Set<string>, since: number): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const key of companionKeys) {
    for (const e of await db.events.where('[companionKey+t]').between([key, since], [key, Infinity]).toArray()) {
      const id = boundaryOf(e);
      if (id) ids.add(id);
    }
  }
  return ids;
}

const expired = (batch: TrashBatchRow, now: number) => now - batch.at > TRASH_KEEP_MS;

async function forget(db: StandingNoDB, batchId: string): Promise<void> {
  await db.trash.where('batch').equals(batchId).delete();
  await db.trashBatches.delete(batchId);
}

async function clearTrash(db: StandingNoDB): Promise<void> {
  await Promise.all([db.trash.clear(), db.trashBatches.clear()]);
}

const isEmpty = (r: Removed) => Object.values(r).every((rows: unknown[]) => rows.length === 0);

function chunks(batch: string, removed: Removed): TrashChunkRow[] {
  const out: TrashChunkRow[] = [];
  for (const table of ['companions', 'chats', 'events', 'corrections', 'boundaries'] as const) {
    const rows = removed[table];
    for (let i = 0; i < rows.length; i += CHUNK) out.push({ batch, seq: out.length, table, rows: rows.slice(i, i + CHUNK) } as TrashChunkRow);
  }
  return out;
}

function gather(list: TrashChunkRow[]): Removed {
  const removed: Removed = { companions: [], chats: [], events: [], corrections: [], boundaries: [] };
  for (const c of list) (removed[c.table] as unknown[]).push(...c.rows);
  return removed;
}

/** A companion or chat put back: the deleted row, unless it was seen again since; then both, merged. */
function merged<T extends CompanionRow | ChatRow>(rows: T[], now: Array<T | undefined>): T[] {
  return rows.map((row, i) => {
    const cur = now[i];
    if (!cur) return row;
    return { ...row, ...cur, firstSeen: Math.min(row.firstSeen, cur.firstSeen), lastSeen: Math.max(row.lastSeen, cur.lastSeen) };
  });
}

/** Whether two stored rows hold the same values (key order aside). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
