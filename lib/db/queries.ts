// Reads and deletions for the history page, on the indexes of lib/db/db.ts. The history page
// reads directly (an extension page shares the database's origin); deletions go through the
// background, which stays the one writer and tells open pages to refresh.
import type { DeleteScope } from '../messages';
import { applyEvent } from '../policy/boundaries';
import type { Boundary, PolicyEvent, PolicyEventKind } from '../policy/types';
import type { BoundaryRow, EventRow, StandingNoDB } from './db';

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

/** Deletes what the scope names, in one transaction; returns how many events went with it. */
export async function deleteScope(db: StandingNoDB, d: DeleteScope): Promise<number> {
  return db.transaction('rw', [db.companions, db.chats, db.events, db.boundaries, db.corrections], async () => {
    switch (d.scope) {
      case 'event': {
        const e = await db.events.get(d.id);
        if (!e) return 0;
        await db.events.delete(d.id);
        const boundaryId = boundaryOf(e);
        if (boundaryId) await refold(db, e.companionKey, boundaryId);
        return 1;
      }
      case 'boundary': {
        const b = await db.boundaries.get(d.id);
        if (!b) return 0;
        const linked = (await eventsOf(db, b.companionKey)).filter((e) => boundaryOf(e) === d.id).map((e) => e.id);
        await db.events.bulkDelete(linked);
        await db.boundaries.delete(d.id);
        return linked.length;
      }
      case 'companion':
        return deleteCompanions(db, [d.companionKey]);
      case 'site': {
        const keys = (await db.companions.where('site').equals(d.site).primaryKeys()) as string[];
        const n = await deleteCompanions(db, keys);
        // Rows of a companion whose own row is missing still carry the site.
        const rest = await db.events.where('[site+t]').between([d.site, -Infinity], [d.site, Infinity]).primaryKeys();
        await Promise.all([db.events.bulkDelete(rest), db.boundaries.where('site').equals(d.site).delete(), db.chats.where('site').equals(d.site).delete()]);
        return n + rest.length;
      }
      case 'everything': {
        const n = await db.events.count();
        await Promise.all([db.companions.clear(), db.chats.clear(), db.events.clear(), db.boundaries.clear(), db.corrections.clear()]);
        return n;
      }
    }
  });
}

async function deleteCompanions(db: StandingNoDB, keys: string[]): Promise<number> {
  let n = 0;
  for (const key of keys) {
    n += await db.events.where('[companionKey+t]').between([key, -Infinity], [key, Infinity]).delete();
    await Promise.all([
      db.boundaries.where('companionKey').equals(key).delete(),
      db.chats.where('companionKey').equals(key).delete(),
      db.corrections.where('companionKey').equals(key).delete(),
      db.companions.delete(key),
    ]);
  }
  return n;
}

// One bulk read then a plain filter: much faster than a Dexie filter, which walks a cursor.
const eventsOf = (db: StandingNoDB, companionKey: string) => db.events.where('[companionKey+t]').between([companionKey, -Infinity], [companionKey, Infinity]).toArray();

/** The boundary an event shapes in the fold (lib/policy/boundaries.ts), if any. */
function boundaryOf(e: PolicyEvent): string | undefined {
  return e.kind === 'companion_message' || e.kind === 'pressure' || e.kind === 'boundary_revised' ? e.boundaryId : undefined;
}

/** Boundaries are a fold over events: after one is deleted, its boundary is folded again from what is left. */
async function refold(db: StandingNoDB, companionKey: string, boundaryId: string): Promise<void> {
  const events = (await eventsOf(db, companionKey)).filter((e) => boundaryOf(e) === boundaryId);
  const old = await db.boundaries.get(boundaryId);
  let folded: Boundary[] = [];
  for (const e of events) folded = applyEvent(folded, e);
  const b = folded.find((x) => x.id === boundaryId);
  if (!b || !old) await db.boundaries.delete(boundaryId);
  else await db.boundaries.put({ ...b, site: old.site, companionKey } satisfies BoundaryRow);
}
