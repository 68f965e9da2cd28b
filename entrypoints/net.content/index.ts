// The main-world observer, on Character.AI and Janitor AI only (the sites whose DOM says too
// little; matches from the registry). It reads copies of what the page sends and receives and
// posts what they mean to the isolated content script. It never changes, holds or delays a
// request: the page's call goes through first, untouched, and reading happens after.
import { ASK, ENVELOPE, janitorWants, parseCaiFrame, parseCaiRequest, parseJanitorResponse, type NetSignal } from '@/lib/sites/net';
import { networkMatches } from '@/lib/sites/registry';

export default defineContentScript({
  matches: networkMatches(),
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const cai = location.hostname === 'character.ai';
    let lastChat: NetSignal | null = null;
    const report = (s: NetSignal | null) => {
      if (!s) return;
      if (s.kind === 'chat' || s.kind === 'new_chat') lastChat = s;
      window.postMessage({ source: ENVELOPE, signal: s }, location.origin);
    };
    const quietly = (fn: () => void) => {
      try {
        fn();
      } catch {
        // Whatever the page sends, our reading of it must not disturb it.
      }
    };
    const readResponse = (url: string, method: string, body: () => Promise<unknown>) => {
      if (cai || !janitorWants(url, method)) return;
      body().then((json) => parseJanitorResponse(url, method, json).forEach(report), () => undefined);
    };

    // The isolated script starts later (document_idle): it asks for the chat it missed.
    window.addEventListener('message', (e) => {
      if (e.source === window && (e.data as { source?: unknown } | null)?.source === ASK && lastChat) report(lastChat);
    });

    if (cai) {
      const send = WebSocket.prototype.send;
      WebSocket.prototype.send = function (this: WebSocket, data: Parameters<WebSocket['send']>[0]) {
        const result = send.call(this, data);
        quietly(() => {
          if (this.url.startsWith('wss://neo.character.ai/')) report(parseCaiFrame(data));
        });
        return result;
      };
    }

    const fetch = window.fetch;
    window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      const pending = fetch.call(window, input, init);
      quietly(() => {
        const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
        const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
        if (cai) report(parseCaiRequest(url, method));
        else readResponse(url, method, () => pending.then((res) => res.clone().json()));
      });
      return pending;
    };

    const open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      quietly(() => {
        const abs = new URL(String(url), location.href).href;
        if (cai) report(parseCaiRequest(abs, method));
        else if (janitorWants(abs, method))
          this.addEventListener('load', () => quietly(() => readResponse(abs, method, async () => JSON.parse(typeof this.response === 'string' ? this.response : JSON.stringify(this.response)))), { once: true });
      });
      return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof XMLHttpRequest.prototype.open;
  },
});
