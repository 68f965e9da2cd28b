// The demo companion page. It starts the very same session (adapter, watcher, overlay) that the
// content script starts on a companion site, with the demo adapter.
import { render } from 'preact';
import { DemoChat } from '@/components/demo/DemoChat';
import { applyChosenLanguage, t } from '@/lib/i18n';
import { mountOverlay } from '@/lib/overlay/mount';
import { createAdapter } from '@/lib/sites/adapter';
import { demo } from '@/lib/sites/demo';
import { startSession } from '@/lib/watch/session';
import { runtimeTransport } from '@/lib/watch/transport';
import './style.css';

// The language chosen in the options, if any, before the page's first words are shown; the
// session starts after the chat exists, as on a site.
async function showChat(): Promise<void> {
  await applyChosenLanguage(document);
  document.title = `${t('extName')} · ${t('demoTitle')}`;
  render(<DemoChat />, document.getElementById('app')!);
}

void showChat().then(() => {
  const adapter = createAdapter(demo);
  const controller = new AbortController();
  const surface = mountOverlay(document, () => adapter.composer(document));
  startSession({
    adapter,
    doc: document,
    loc: location,
    transport: runtimeTransport(),
    surface,
    signal: controller.signal,
  });
});
