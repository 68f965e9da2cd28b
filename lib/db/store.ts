// Database operations of the background. Each write is one transaction: a failure leaves
// the database as it was.
import { chatKeyOf, companionKeyOf, type PageContext } from '../core/keys';
import type { CompanionLabel, UserLabel } from '../detect/types';
import { applyEvent } from '../policy/boundaries';
import type { Boundary, PolicyEvent } from '../policy/types';
import { migrateSettings, type Settings } from '../settings/schema';
import type { StandingNoDB } from './db';

/** What a page needs to decide nudges locally for one companion. */
export interface Snapshot {
  companionKey: string;
  boundaries: Boundary[];
  events: PolicyEvent[];
  settings: Settings;
  corrections: Record<string, CompanionLabel | UserLabel>;
}

const SNAPSHOT_EVENTS = 300;

export async function touch(db: StandingNoDB, page: PageContext, now: number): Promise<void> {
  const companionKey = companionKeyOf(page);
  const chatKey = chatKeyOf(page);
  await db.transaction('rw', db.companions, db.chats, async () => {
    const c = await db.companions.get(companionKey);
    await db.companions.put({
      key: companionKey,
      site: page.site,
      companionId: page.companionId,
      name: page.companionName || c?.name || page.companionId,
      firstSeen: c?.firstSeen ?? now,
      lastSeen: now,
    });
    const chat = await db.chats.get(chatKey);
    await db.chats.put({ key: chatKey, companionKey, site: page.site, chatId: page.chatId, firstSeen: chat?.firstSeen ?? now, lastSeen: now });
  });
}

/**
 * Appends events (ids make this idempotent: a retried message writes nothing twice) and folds
 * them into the companion's boundaries.
 */
export async function record(db: StandingNoDB, page: PageContext, events: PolicyEvent[], now: number): Promise<void> {
  const companionKey = companionKeyOf(page);
  await touch(db, page, now);
  await db.transaction('rw', db.events, db.boundaries, async () => {
    const known = new Set((await db.events.bulkGet(events.map((e) => e.id))).filter(Boolean).map((e) => e!.id));
    const fresh = events.filter((e) => !known.has(e.id));
    if (fresh.length === 0) return;
    await db.events.bulkAdd(fresh.map((e) => ({ ...e, site: page.site, companionKey })));
    let boundaries: Boundary[] = await db.boundaries.where('companionKey').equals(companionKey).toArray();
    for (const e of fresh) boundaries = applyEvent(boundaries, e);
    await db.boundaries.bulkPut(boundaries.map((b) => ({ ...b, site: page.site, companionKey })));
  });
}

export async function snapshot(db: StandingNoDB, companionKey: string): Promise<Snapshot> {
  const [rows, events, settings, corrections] = await Promise.all([
    db.boundaries.where('companionKey').equals(companionKey).toArray(),
    db.events.where('[companionKey+t]').between([companionKey, -Infinity], [companionKey, Infinity]).reverse().limit(SNAPSHOT_EVENTS).toArray(),
    getSettings(db),
    db.corrections.where('companionKey').equals(companionKey).toArray(),
  ]);
  return {
    companionKey,
    boundaries: rows.map(({ site: _s, companionKey: _c, ...b }) => b),
    events: events.reverse().map(({ site: _s, companionKey: _c, ...e }) => e as PolicyEvent),
    settings,
    corrections: Object.fromEntries(corrections.map((c) => [c.textKey, c.label])),
  };
}

export async function getSettings(db: StandingNoDB): Promise<Settings> {
  return migrateSettings((await db.kv.get('settings'))?.value);
}

export async function setSettings(db: StandingNoDB, settings: Settings): Promise<void> {
  await db.kv.put({ key: 'settings', value: settings });
}

export async function correct(db: StandingNoDB, companionKey: string, textKey: string, label: CompanionLabel | UserLabel, now: number) {
  await db.corrections.put({ companionKey, textKey, label, t: now });
}

/** Records the user's own edit of a boundary as an event, so exports and history show who lifted it. */
export async function reviseBoundary(db: StandingNoDB, boundaryId: string, status: 'active' | 'revised', now: number): Promise<boolean> {
  const b = await db.boundaries.get(boundaryId);
  if (!b) return false;
  const companionId = b.companionKey.slice(b.site.length + 1);
  const chat = await db.chats.get(b.chatKey);
  const page = { site: b.site, companionId, companionName: '', chatId: chat?.chatId ?? 'main' };
  await record(db, page, [{ id: crypto.randomUUID(), t: now, chatKey: b.chatKey, kind: 'boundary_revised', boundaryId, by: 'user', status }], now);
  return true;
}

/** A per-install secret for pseudonymous export ids, made on first use. */
export async function exportSalt(db: StandingNoDB): Promise<string> {
  return db.transaction('rw', db.kv, async () => {
    const got = (await db.kv.get('export-salt'))?.value;
    if (typeof got === 'string') return got;
    const salt = crypto.randomUUID();
    await db.kv.put({ key: 'export-salt', value: salt });
    return salt;
  });
}
