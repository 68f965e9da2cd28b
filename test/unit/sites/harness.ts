// Starts a fixture site in happy-dom with the watcher on it, as the content script would.
import { afterEach, expect } from 'vitest';
import { createAdapter } from '@/lib/sites/adapter';
import { SITES } from '@/lib/sites/registry';
import type { Site } from '@/lib/sites/types';
import { watch, type Health, type WatchEvent, type Watcher } from '@/lib/watch/watcher';
import { ASK, FIXTURES, type SimLike } from '../../fixtures/sites/index';
import { loadFixture, until } from '../helpers/dom';

export { ASK };

export const REFUSAL = "No. I don't want to do that. I still care about you, but I need to stop here.";
const reply = (req: string, attempt: number) => (req === ASK && attempt === 0 ? REFUSAL : `Reply ${attempt} to ${req}`);

let controller: AbortController | null = null;
afterEach(() => controller?.abort());

export function start(id: string, opts: { seed?: number; site?: Site; degradeAfterMs?: number } = {}) {
  const fx = FIXTURES[id]!;
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(fx.url);
  loadFixture(`test/fixtures/sites/${id}/index.html`);
  const sim: SimLike = fx.createSim(document, { chunkMs: 5, reply });
  sim.greet();
  if (opts.seed) sim.seed(opts.seed);
  const events: WatchEvent[] = [];
  controller = new AbortController();
  const site = opts.site ?? SITES.find((s) => s.data.id === id)!;
  const health: Health[] = [];
  const watcher: Watcher = watch({ adapter: createAdapter(site), doc: document, loc: location, emit: (e) => events.push(e), health: (h) => health.push(h), signal: controller.signal, settleMs: 30, degradeAfterMs: opts.degradeAfterMs });
  const messages = () => events.filter((e): e is Extract<WatchEvent, { kind: 'message' }> => e.kind === 'message');
  const kinds = () => events.map((e) => e.kind);
  return { sim, events, messages, kinds, watcher, site, fx, health };
}


/** Asks once; exactly the user's message and the reply must come out after the first `seen` events. */
export async function exchange(t: ReturnType<typeof start>, seen: number): Promise<void> {
  await t.sim.send(ASK);
  await until(() => t.messages().at(-1)?.text === REFUSAL, 'the reply');
  await new Promise((r) => setTimeout(r, 80));
  expect(t.events.slice(seen)).toEqual([
    { kind: 'message', role: 'user', text: ASK, initial: false },
    { kind: 'message', role: 'companion', text: REFUSAL, initial: false },
  ]);
}
