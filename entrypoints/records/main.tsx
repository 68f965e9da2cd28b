import { render } from 'preact';
import { browser } from 'wxt/browser';
import { History, type HistoryApi, type Removal } from '@/components/history/History';
import { download, siteName } from '@/components/history/pageKit';
import { StandingNoDB, type TrashBatchRow } from '@/lib/db/db';
import { filteredEvents, newestEvents } from '@/lib/db/queries';
import { getSettings } from '@/lib/db/store';
import { readExport } from '@/lib/export/read';
import { applyLanguage, t } from '@/lib/i18n';
import type { Request } from '@/lib/messages';
import '@/components/history/history.css';

// An extension page shares the database's origin: large reads go straight to IndexedDB (a
// 100 000-event export would not fit in one message). Deletions and settings go through the
// background, the one writer, which also tells open companion pages to refresh, and keeps what a
// deletion took for undo in IndexedDB, not here, so undo outlives this page. (The export's
// salt is made once, on first export, in a transaction; either side may be the one to make it.)
const db = new StandingNoDB();

/** Asks the background; a message that finds no listener or fails says so as an answer. */
async function ask<T extends { ok: true }>(msg: Request): Promise<T | { ok: false; error: string }> {
  const reply = (await browser.runtime.sendMessage(msg).catch((e: Error) => ({ ok: false, error: e.message }))) as T | { ok: false; error?: string } | undefined;
  if (reply?.ok) return reply;
  return { ok: false, error: reply?.error ?? 'no answer' };
}

const api: HistoryApi = {
  async load() {
    const [companions, boundaries, settings] = await Promise.all([db.companions.toArray(), db.boundaries.toArray(), getSettings(db)]);
    return { companions, boundaries, settings };
  },
  events: (filter) => filteredEvents(db, filter),
  newest: (filter) => newestEvents(db, filter),
  remove: (target) => ask<Extract<Removal, { ok: true }>>({ type: 'history-delete', target }),
  undo: (batch) => ask({ type: 'history-undo', batch }),
  async forget(batch) {
    await ask({ type: 'history-undo-dismiss', batch });
  },
  async pending() {
    const reply = await ask<{ ok: true; pending: TrashBatchRow | null }>({ type: 'history-undo-pending' });
    return reply.ok ? reply.pending : null;
  },
  build: (redaction, study) => readExport(db, redaction, new Date(), study),
  async saveSettings(settings) {
    await browser.runtime.sendMessage({ type: 'set-settings', settings });
  },
  download,
  siteName,
  auditUrl: browser.runtime.getURL('/audit.html'),
};

// The language chosen in the options, if any, before the first words are shown.
void getSettings(db)
  .then(({ language }) => applyLanguage(language, undefined, document))
  .catch(() => undefined)
  .then(() => {
    document.title = t('historyTitle');
    render(<History api={api} />, document.getElementById('app')!);
  });
