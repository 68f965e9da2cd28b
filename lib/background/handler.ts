// The background's message router: parse, then act. Kept apart from the entrypoint so tests
// drive it with a fresh database and fake effects.
import { companionKeyOf } from '../core/keys';
import type { StandingNoDB, TabRow } from '../db/db';
import { correct, getSettings, record, reviseBoundary, setSettings, snapshot, touch } from '../db/store';
import { isQuotaError, purgeTrash } from '../db/trash';
import { readExport } from '../export/read';
import { handleHistory } from './history';
import { handleSites } from './sites';
import { requestSchema, type Failure } from '../messages';
import type { CompanionLabel, UserLabel } from '../detect/types';
import type { Messages } from '../i18n';
import type { Language } from '../settings/defaults';

export interface Effects {
  now(): number;
  /** Shows the number of boundaries in force for the tab's companion. */
  setBadge(tabId: number, count: number): Promise<void> | void;
  /** Tells open companion pages that settings or boundaries changed elsewhere (popup, options). */
  notifyPages(tabIds: number[]): Promise<void> | void;
  /** Reads a shipped locale's messages, or null when there is none. */
  loadMessages(language: Language): Promise<Messages | null>;
}

export interface Sender {
  tab?: { id?: number };
}

export async function handleMessage(db: StandingNoDB, raw: unknown, sender: Sender, fx: Effects): Promise<unknown> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`invalid message${issue ? ` at ${issue.path.join('.') || 'top level'}: ${issue.message}` : ''}`);
  }
  const msg = parsed.data;
  const tabId = sender.tab?.id;
  await sweepTrash(db, fx.now());
  try {
    switch (msg.type) {
      case 'hello': {
        await touch(db, msg.page, fx.now());
        return ok(await withBadge(db, companionKeyOf(msg.page), tabId, fx));
      }
      case 'record': {
        await record(db, msg.page, msg.events, fx.now());
        return ok(await withBadge(db, companionKeyOf(msg.page), tabId, fx));
      }
      case 'feedback': {
        const key = companionKeyOf(msg.page);
        await correct(db, key, msg.textKey, msg.label as CompanionLabel | UserLabel, fx.now());
        return ok(await snapshot(db, key));
      }
      case 'status': {
        if (tabId === undefined) return { ok: true };
        const s = msg.status;
        const row: TabRow = {
          tabId,
          site: s.site,
          siteName: s.siteName,
          companionKey: s.page ? companionKeyOf(s.page) : null,
          companionName: s.page?.companionName ?? null,
          chatKey: s.page ? `${companionKeyOf(s.page)}/${s.page.chatId}` : null,
          state: s.state,
          problem: s.problem,
          t: fx.now(),
        };
        await db.tabs.put(row);
        if (row.companionKey) await withBadge(db, row.companionKey, tabId, fx);
        else await fx.setBadge(tabId, 0);
        return { ok: true };
      }
      case 'export':
        return await readExport(db, msg.redaction, new Date(fx.now()));
      case 'popup-state': {
        const tab = (await db.tabs.get(msg.tabId)) ?? null;
        const key = tab?.companionKey;
        const boundaries = key ? await db.boundaries.where('companionKey').equals(key).toArray() : [];
        return { ok: true, tab, boundaries, settings: await getSettings(db) };
      }
      case 'get-settings':
        return { ok: true, settings: await getSettings(db) };
      case 'set-settings':
        await setSettings(db, msg.settings);
        await fx.notifyPages((await db.tabs.toCollection().primaryKeys()) as number[]);
        return { ok: true, settings: msg.settings };
      case 'messages': {
        const messages = await fx.loadMessages(msg.language);
        return messages ? { ok: true, messages } : fail(`no words shipped for ${msg.language}`);
      }
      case 'revise-boundary': {
        const found = await reviseBoundary(db, msg.boundaryId, msg.status, fx.now());
        if (!found) return fail(`no boundary ${msg.boundaryId}`);
        await fx.notifyPages((await db.tabs.toCollection().primaryKeys()) as number[]);
        return { ok: true };
      }
      case 'observed':
      case 'history-delete':
      case 'history-undo':
      case 'history-undo-dismiss':
      case 'history-undo-pending':
        return await handleHistory(db, msg, fx);
      case 'teach-start':
      case 'teach-save':
      case 'teach-list':
      case 'teach-remove':
      case 'teach-export':
      case 'teach-import':
      case 'site-for-origin':
        return await handleSites(db, msg, sender);
    }
  } catch (e) {
    return fail(describe(e));
  }
}

async function withBadge(db: StandingNoDB, companionKey: string, tabId: number | undefined, fx: Effects) {
  const snap = await snapshot(db, companionKey);
  if (tabId !== undefined) await fx.setBadge(tabId, snap.boundaries.filter((b) => b.status === 'active' && b.level !== 'hesitation').length);
  return snap;
}

function ok<T extends object>(snapshot: T) {
  return { ok: true as const, snapshot };
}

function fail(error: string): Failure {
  return { ok: false, error };
}

/**
 * Deletions kept for undo go for good once their window has passed (lib/db/trash.ts): checked on
 * whatever message comes, at most once a minute per database, so a worker that never stops still
 * lets them go. A failure here never stands in the way of the message.
 */
const SWEEP_MS = 60_000;
const lastSweep = new WeakMap<StandingNoDB, number>();
async function sweepTrash(db: StandingNoDB, now: number): Promise<void> {
  if (now - (lastSweep.get(db) ?? -Infinity) < SWEEP_MS) return;
  lastSweep.set(db, now);
  await purgeTrash(db, now).catch(() => undefined);
}

function describe(e: unknown): string {
  if (isQuotaError(e)) {
    return 'The browser has no room left for Standing No’s records. Nothing was lost; free some disk space or delete old history.';
  }
  return e instanceof Error ? e.message : String(e);
}
