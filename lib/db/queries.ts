// Reads and deletions for the history page, on the indexes of lib/db/db.ts. The history page
// reads directly (an extension page shares the database's origin); deletions go through the
// background, which stays the one writer and tells open pages to refresh.
import type { DeleteScope } from '../messages';
import { applyEvent } from '../policy/boundaries';
import type { Boundary, PolicyEvent, PolicyEventKind } from '../policy/types';
import type { BoundaryRow, ChatRow, CompanionRow, CorrectionRow, EventRow, StandingNoDB, TrashedBoundary } from './db';

export interface EventFilter {
  site?: string;
  companionKey?: string;
  kind?: PolicyEventKind;
  /** Inclusive bounds, in milliseconds since the epoch. */
  from?: number;
  to?: number;
  /** Words to find in an event's text (or the request it answers), any case. */
  search?: string;
}

/** The narrowest index for a filter: companion, then site, then time, each with the date range. */
function range(db: StandingNoDB, f: EventFilter) {
  const from = f.from ?? -Infinity;
  const to = f.to ?? Infinity;
  if (f.companionKey) return db.events.where('[companionKey+t]').between([f.companionKey, from], [f.companionKey, to], true, true);
  if (f.site) return db.events.where('[site+t]').between([f.site, from], [f.site, to], true, true);
  return db.events.where('t').between(from, to, true, true);
}

/** A filter's kind and words, checked on values read (a Dexie filter would walk a cursor, far slower than one bulk read). */
function keep(f: EventFilter): ((e: EventRow) => boolean) | null {
  const words = f.search?.trim().toLocaleLowerCase();
  if (!f.kind && !words) return null;
  return (e) => (!f.kind || e.kind === f.kind) && (!words || matches(e, words));
}

/** The events a filter selects, oldest first. */
export async function filteredEvents(db: StandingNoDB, f: EventFilter): Promise<EventRow[]> {
  const rows = await range(db, f).toArray();
  const test = keep(f);
  return test ? rows.filter(test) : rows;
}

/**
 * The top of the list at once: the newest events a filter selects, newest first, reading at most
 * `scan` records from the end of an index (a few milliseconds, where counting the range alone
 * takes hundreds on 100 000 events).
 */
export async function newestEvents(db: StandingNoDB, f: EventFilter, limit = 200, scan = 5000): Promise<EventRow[]> {
  const test = keep(f);
  const recent = await range(db, f).reverse().limit(test ? scan : limit).toArray();
  return test ? recent.filter(test).slice(0, limit) : recent;
}

function matches(e: EventRow, words: string): boolean {
  const text = 'text' in e ? e.text : undefined;
  const request = e.kind === 'companion_message' ? e.request : undefined;
  return (text?.toLocaleLowerCase().includes(words) ?? false) || (request?.toLocaleLowerCase().includes(words) ?? false);
}

/** What a deletion took out, row for row, so that it can be put back (lib/db/trash.ts). */
export interface Removed {
  companions: CompanionRow[];
  chats: ChatRow[];
  events: EventRow[];
  corrections: CorrectionRow[];
  /** Boundaries deleted, or folded again after one of their events went. */
  boundaries: TrashedBoundary[];
}

export const RECORD_TABLES = (db: StandingNoDB) => [db.companions, db.chats, db.events, db.boundaries, db.corrections];

/**
 * Deletes what the scope names, in one transaction (the caller's, if it has one open); returns
 * how many events went with it, and every row it removed or changed, as it was.
 */
export async function deleteScope(db: StandingNoDB, d: DeleteScope): Promise<{ deleted: number; removed: Removed }> {
  const removed: Removed = { companions: [], chats: [], events: [], corrections: [], boundaries: [] };
  const deleted = await db.transaction('rw', RECORD_TABLES(db), async () => {
    switch (d.scope) {
      case 'event': {
        const e = await db.events.get(d.id);
        if (!e) return 0;
        await db.events.delete(d.id);
        removed.events.push(e);
        const boundaryId = boundaryOf(e);
        const before = boundaryId ? await db.boundaries.get(boundaryId) : undefined;
        if (boundaryId) await refold(db, e.companionKey, boundaryId);
        if (before) removed.boundaries.push({ before, after: (await db.boundaries.get(before.id)) ?? null });
        return 1;
      }
      case 'boundary': {
        const b = await db.boundaries.get(d.id);
        if (!b) return 0;
        const linked = (await eventsOf(db, b.companionKey)).filter((e) => boundaryOf(e) === d.id);
        await db.events.bulkDelete(linked.map((e) => e.id));
        await db.boundaries.delete(d.id);
        removed.events.push(...linked);
        removed.boundaries.push({ before: b, after: null });
        return linked.length;
      }
      case 'companion':
        return deleteCompanions(db, [d.companionKey], removed);
      case 'site': {
        const keys = (await db.companions.where('site').equals(d.site).primaryKeys()) as string[];
        const n = await deleteCompanions(db, keys, removed);
        // Rows of a companion whose own row is missing still carry the site.
        const [rest, boundaries, chats] = await Promise.all([
          db.events.where('[site+t]').between([d.site, -Infinity], [d.site, Infinity]).toArray(),
          db.boundaries.where('site').equals(d.site).toArray(),
          db.chats.where('site').equals(d.site).toArray(),
        ]);
        await Promise.all([
          db.events.bulkDelete(rest.map((e) => e.id)),
          db.boundaries.bulkDelete(boundaries.map((b) => b.id)),
          db.chats.bulkDelete(chats.map((c) => c.key)),
        ]);
        removed.events.push(...rest);
        removed.boundaries.push(...boundaries.map((before) => ({ before, after: null })));
        removed.chats.push(...chats);
        return n + rest.length;
      }
      case 'everything': {
        const [companions, chats, events, boundaries, corrections] = await Promise.all([
          db.companions.toArray(),
          db.chats.toArray(),
          db.events.orderBy('t').toArray(),
          db.boundaries.toArray(),
          db.corrections.toArray(),
        ]);
        await Promise.all([db.companions.clear(), db.chats.clear(), db.events.clear(), db.boundaries.clear(), db.corrections.clear()]);
        Object.assign(removed, { companions, chats, events, corrections, boundaries: boundaries.map((before) => ({ before, after: null })) });
        return events.length;
      }
    }
  });
  return { deleted, removed };
}

async function deleteCompanions(db: StandingNoDB, keys: string[], removed: Removed): Promise<number> {
  let n = 0;
  for (const key of keys) {
    const [events, boundaries, chats, corrections, companion] = await Promise.all([
      eventsOf(db, key),
      db.boundaries.where('companionKey').equals(key).toArray(),
      db.chats.where('companionKey').equals(key).toArray(),
      db.corrections.where('companionKey').equals(key).toArray(),
      db.companions.get(key),
    ]);
    await Promise.all([
      db.events.bulkDelete(events.map((e) => e.id)),
      db.boundaries.bulkDelete(boundaries.map((b) => b.id)),
      db.chats.bulkDelete(chats.map((c) => c.key)),
      db.corrections.bulkDelete(corrections.map((c) => [c.companionKey, c.textKey] as [string, string])),
      db.companions.delete(key),
    ]);
    removed.events.push(...events);
    removed.boundaries.push(...boundaries.map((before) => ({ before, after: null })));
    removed.chats.push(...chats);
    removed.corrections.push(...corrections);
    if (companion) removed.companions.push(companion);
    n += events.length;
  }
  return n;
}

// One bulk read then a plain filter: much faster than a Dexie filter, which walks a cursor.
const eventsOf = (db: StandingNoDB, companionKey: string) => db.events.where('[companionKey+t]').between([companionKey, -Infinity], [companionKey, Infinity]).toArray();

/** The boundary an event shapes in the fold (lib/policy/boundaries.ts), if any. */
export function boundaryOf(e: PolicyEvent): string | undefined {
  return e.kind === 'companion_message' || e.kind === 'pressure' || e.kind === 'boundary_revised' ? e.boundaryId : undefined;
}

/**
 * Boundaries are a fold over events: after one is deleted (or put back), its boundary is folded
 * again from what is there. `site` names the boundary's site when its row is gone.
 */
export async function refold(db: StandingNoDB, companionKey: string, boundaryId: string, site?: string): Promise<void> {
  const events = (await eventsOf(db, companionKey)).filter((e) => boundaryOf(e) === boundaryId);
  const old = await db.boundaries.get(boundaryId);
  let folded: Boundary[] = [];
  for (const e of events) folded = applyEvent(folded, e);
  const b = folded.find((x) => x.id === boundaryId);
  const where = old?.site ?? site;
  if (!b || !where) await db.boundaries.delete(boundaryId);
  else await db.boundaries.put({ ...b, site: where, companionKey } satisfies BoundaryRow);
}
