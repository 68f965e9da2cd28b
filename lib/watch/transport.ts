import { browser } from 'wxt/browser';
import type { Transport } from './session';

/** The page's line to the background, the same from a content script and from the demo page. */
export function runtimeTransport(): Transport {
  return {
    request: (msg) => browser.runtime.sendMessage(msg),
    onRefresh(listener) {
      browser.runtime.onMessage.addListener((msg: unknown) => {
        if ((msg as { type?: string } | null)?.type === 'refresh') listener();
      });
    },
  };
}
