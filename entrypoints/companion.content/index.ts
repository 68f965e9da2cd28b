// One content script for every supported companion site (matches come from the site registry).
// It finds the site's adapter and starts the same session the demo page runs; nothing it does
// may throw into the page.
import { mountOverlay } from '@/lib/overlay/mount';
import { createAdapter } from '@/lib/sites/adapter';
import { contentScriptMatches, siteFor } from '@/lib/sites/registry';
import { startSession } from '@/lib/watch/session';
import { runtimeTransport } from '@/lib/watch/transport';

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  main(ctx) {
    try {
      const site = siteFor(location.href);
      if (!site) return;
      const adapter = createAdapter(site);
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
      ctx.onInvalidated(() => surface.destroy());
    } catch (e) {
      console.debug('[Standing No] could not start on this page:', e);
    }
  },
});
