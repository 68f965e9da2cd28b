// The demo companion page. It starts the very same session (adapter, watcher, overlay) that the
// content script starts on a companion site, with the demo adapter.
import { render } from 'preact';
import { DemoChat } from '@/components/demo/DemoChat';
import { mountOverlay } from '@/lib/overlay/mount';
import { createAdapter } from '@/lib/sites/adapter';
import { demo } from '@/lib/sites/demo';
import { startSession } from '@/lib/watch/session';
import { runtimeTransport } from '@/lib/watch/transport';
import './style.css';

render(<DemoChat />, document.getElementById('app')!);

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
