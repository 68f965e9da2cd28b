// One content script for every supported companion site (matches come from the site registry)
// and for the sites a user taught (registered at run time for those origins only). It finds the
// page's adapter and starts the same session the demo page runs; nothing it does may throw into
// the page.
import { browser } from 'wxt/browser';
import { mountOverlay } from '@/lib/overlay/mount';
import { createAdapter, type Adapter } from '@/lib/sites/adapter';
import { ASK, readEnvelope } from '@/lib/sites/net';
import { contentScriptMatches, siteFor } from '@/lib/sites/registry';
import { adapterForUserSite } from '@/lib/teach/adapter';
import { startSession } from '@/lib/watch/session';
import { runtimeTransport } from '@/lib/watch/transport';

/** A taught site's adapter, from the background's database (content scripts have no Dexie). */
async function userAdapter(): Promise<Adapter | null> {
  const reply = (await browser.runtime.sendMessage({ type: 'site-for-origin', origin: location.origin }).catch(() => null)) as { ok?: boolean; site?: unknown } | null;
  return reply?.ok && reply.site ? adapterForUserSite(reply.site) : null;
}

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  async main(ctx) {
    try {
      // Injected twice (registered, then directly after teaching), it runs once; the flag lives
      // in the extension's isolated world, out of the page's sight.
      const flags = globalThis as { standingNoRunning?: boolean };
      if (flags.standingNoRunning) return;
      const site = siteFor(location.href);
      const adapter = site ? createAdapter(site) : await userAdapter();
      if (!adapter || ctx.isInvalid) return;
      flags.standingNoRunning = true;
      const surface = mountOverlay(document, () => adapter.composer(document));
      const session = startSession({
        adapter,
        doc: document,
        loc: location,
        transport: runtimeTransport(),
        surface,
        signal: ctx.signal,
      });
      ctx.addEventListener(window, 'wxt:locationchange', () => session.watcher.refresh());
      if (adapter.site.data.network) {
        // What the main-world observer read from the site's own requests (entrypoints/net.content).
        ctx.addEventListener(window, 'message', (e: MessageEvent) => {
          if (e.source !== window) return;
          const signal = readEnvelope(e.data);
          if (signal) session.watcher.signal(signal);
        });
        window.postMessage({ source: ASK }, location.origin);
      }
      ctx.onInvalidated(() => {
        surface.destroy();
        flags.standingNoRunning = false;
      });
    } catch (e) {
      console.debug('[Standing No] could not start on this page:', e);
    }
  },
});
