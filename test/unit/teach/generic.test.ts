// The generic adapter on pages it was never told about: a list found by ARIA or by repeated
// structure, roles by data attributes or layout, the box you type in.
import { afterEach, describe, expect, it } from 'vitest';
import { createGenericAdapter, findLog } from '@/lib/sites/generic';
import { watch, type WatchEvent } from '@/lib/watch/watcher';
import { createSim as unknownSim } from '../../fixtures/sites/unknown/sim';
import { createSim as chaiSim } from '../../fixtures/sites/chai/sim';
import { loadFixture, until } from '../helpers/dom';

let c: AbortController | null = null;
afterEach(() => c?.abort());

function run(fixture: string, make: typeof unknownSim) {
  loadFixture(`test/fixtures/sites/${fixture}/index.html`);
  const sim = make(document, { chunkMs: 1, reply: (req) => `Echo: ${req}` });
  sim.greet();
  const events: WatchEvent[] = [];
  c = new AbortController();
  const adapter = createGenericAdapter('u-generic', 'Generic');
  watch({ adapter, doc: document, loc: location, emit: (e) => events.push(e), health: () => undefined, signal: c.signal, settleMs: 20 });
  return { sim, events, adapter, messages: () => events.filter((e): e is Extract<WatchEvent, { kind: 'message' }> => e.kind === 'message') };
}

describe('generic adapter', () => {
  it('finds a list with no ARIA by its repeated rows, and roles by data-author', async () => {
    const t = run('unknown', unknownSim);
    await t.sim.send('hi there');
    await t.sim.send('and again');
    await until(() => t.messages().length === 5, 'the messages');
    expect(findLog(document)?.className).toMatch(/^Thread_messages__/);
    expect(t.messages().map((m) => m.role)).toEqual(['companion', 'user', 'companion', 'user', 'companion']);
    expect(t.adapter.composer(document)?.getAttribute('role')).toBe('textbox');
    expect(t.adapter.controlOf(document.querySelector('button[title="Try again"]')!)?.kind).toBe('regenerate');
  });

  it('finds an ARIA log and tells roles by layout', async () => {
    const t = run('chai', chaiSim as typeof unknownSim);
    await t.sim.send('hello');
    await until(() => t.messages().length === 3, 'the messages');
    expect(t.messages().map((m) => m.role)).toEqual(['companion', 'user', 'companion']);
    expect(t.messages()[1]!.text).toBe('hello');
  });

  it('reads a list drawn bottom-up (newest first in the code) in the order it was said', () => {
    document.body.innerHTML = `<main><div role="log" style="display:flex;flex-direction:column-reverse">
      <div data-author="user">third, the newest</div><div data-author="bot">second</div><div data-author="user">first, the oldest</div>
    </div><textarea></textarea></main>`;
    const adapter = createGenericAdapter('u', 'n');
    const root = adapter.findChatRoot(document)!;
    expect(adapter.messages(root).map((el) => el.textContent)).toEqual(['first, the oldest', 'second', 'third, the newest']);
  });

  it('reports what it could not find on a page with no chat', () => {
    document.body.innerHTML = '<p>Please log in.</p>';
    expect(createGenericAdapter('u', 'n').missing(document)).toMatch(/chat root/);
  });
});
