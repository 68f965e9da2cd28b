// The demo companion page. It starts the very same session (adapter, watcher, overlay) that the
// content script starts on a companion site, with the demo adapter.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DemoChat } from '@/components/demo/DemoChat';
import { mountOverlay } from '@/lib/overlay/mount';
import { createAdapter } from '@/lib/sites/adapter';
import { demo } from '@/lib/sites/demo';
import { startSession } from '@/lib/watch/session';
import './style.css';

render(<DemoChat />, document.getElementById('app')!);

const adapter = createAdapter(demo);
const controller = new AbortController();
const surface = mountOverlay(document, () => adapter.composer(document));
startSession({
  adapter,
  doc: document,
  loc: location,
  transport: { request: (msg) => browser.runtime.sendMessage(msg) },
  surface,
  signal: controller.signal,
});
