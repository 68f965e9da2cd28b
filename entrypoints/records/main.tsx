import { render } from 'preact';
import { browser } from 'wxt/browser';
import { History, type HistoryApi } from '@/components/history/History';
import { download, siteName } from '@/components/history/pageKit';
import { StandingNoDB } from '@/lib/db/db';
import { filteredEvents, newestEvents } from '@/lib/db/queries';
import { getSettings } from '@/lib/db/store';
import { readExport } from '@/lib/export/read';
import { applyLanguage, t } from '@/lib/i18n';
import '@/components/history/history.css';

// An extension page shares the database's origin: large reads go straight to IndexedDB (a
// 100 000-event export would not fit in one message). Deletions and settings go through the
// background, the one writer, which also tells open companion pages to refresh. (The export's
// salt is made once, on first export, in a transaction; either side may be the one to make it.)
const db = new StandingNoDB();

const api: HistoryApi = {
  async load() {
    const [companions, boundaries, settings] = await Promise.all([db.companions.toArray(), db.boundaries.toArray(), getSettings(db)]);
    return { companions, boundaries, settings };
  },
  events: (filter) => filteredEvents(db, filter),
  newest: (filter) => newestEvents(db, filter),
  async remove(target) {
    const reply = (await browser.runtime.sendMessage({ type: 'history-delete', target }).catch((e: Error) => ({ ok: false, error: e.message }))) as { ok: boolean; error?: string };
    return reply?.ok ? null : (reply?.error ?? 'no answer');
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
  .then(({ language }) => applyLanguage(language, (l) => browser.runtime.sendMessage({ type: 'messages', language: l }), document))
  .catch(() => undefined)
  .then(() => {
    document.title = t('historyTitle');
    render(<History api={api} />, document.getElementById('app')!);
  });
