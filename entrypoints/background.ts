// The background owns the one database. It keeps nothing only in memory: the service worker
// may stop at any moment, and every answer is read from IndexedDB again.
import { browser } from 'wxt/browser';
import { handleMessage } from '@/lib/background/handler';
import { StandingNoDB } from '@/lib/db/db';
import { purgeTrash } from '@/lib/db/trash';
import type { Messages } from '@/lib/i18n';
import type { Language } from '@/lib/settings/defaults';

export default defineBackground(() => {
  const db = new StandingNoDB();
  // MV2 (Firefox) names the toolbar button browserAction.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  const effects = {
    now: () => Date.now(),
    async setBadge(tabId: number, count: number) {
      try {
        await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
        await action.setBadgeBackgroundColor({ tabId, color: '#2f5d50' });
      } catch {
        // The tab may have closed meanwhile.
      }
    },
    async loadMessages(language: Language) {
      const res = await fetch(browser.runtime.getURL(`/_locales/${language}/messages.json` as never)).catch(() => null);
      return res?.ok ? ((await res.json()) as Messages) : null;
    },
    async notifyPages(tabIds: number[]) {
      const refresh = { type: 'refresh' };
      // Content scripts hear tabs.sendMessage; extension pages (the demo) hear runtime.sendMessage.
      await Promise.all([
        ...tabIds.map((id) => browser.tabs.sendMessage(id, refresh).catch(() => undefined)),
        browser.runtime.sendMessage(refresh).catch(() => undefined),
      ]);
    },
  };

  browser.runtime.onMessage.addListener((msg, sender) => handleMessage(db, msg, sender, effects));
  browser.tabs.onRemoved.addListener((tabId) => void db.tabs.delete(tabId).catch(() => undefined));
  // Tab ids do not survive a browser restart, and neither does undo for a deletion.
  browser.runtime.onStartup.addListener(() => {
    void db.tabs.clear().catch(() => undefined);
    void purgeTrash(db, 'all').catch(() => undefined);
  });
  // A worker that was stopped lets go of deletions past their undo window as it starts again.
  void purgeTrash(db, Date.now()).catch(() => undefined);
});
