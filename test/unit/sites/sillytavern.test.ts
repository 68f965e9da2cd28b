// The SillyTavern adapter and the watcher on a fixture page built from the reference notes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdapter } from '@/lib/sites/adapter';
import { sillytavern } from '@/lib/sites/sillytavern';
import { watch, type WatchEvent } from '@/lib/watch/watcher';
import { createSim } from '../../fixtures/sites/sillytavern/sim';
import { loadFixture, until } from '../helpers/dom';

const REFUSAL = "No. I don't want to do that.";
let events: WatchEvent[];
let controller: AbortController;
let sim: ReturnType<typeof createSim>;

const messages = () => events.filter((e): e is Extract<WatchEvent, { kind: 'message' }> => e.kind === 'message');
const kinds = () => events.map((e) => e.kind);

beforeEach(() => {
  loadFixture('test/fixtures/sites/sillytavern/index.html');
  sim = createSim(document, { chunkMs: 5, reply: (req, attempt) => (/clothes/.test(req) && attempt === 0 ? REFUSAL : `Reply ${attempt} to ${req}`) });
  sim.greet();
  events = [];
  controller = new AbortController();
  watch({ adapter: createAdapter(sillytavern), doc: document, loc: location, emit: (e) => events.push(e), health: () => undefined, signal: controller.signal, settleMs: 30 });
});

afterEach(() => controller.abort());

describe('SillyTavern adapter', () => {
  it('knows the character, the chat id and the greeting', async () => {
    await until(() => messages().length === 1, 'the greeting');
    const ctx = events[0];
    expect(ctx).toMatchObject({ kind: 'context', identity: { companionId: 'default_Seraphina.png', companionName: 'Seraphina', chatId: 'Seraphina - 2023-5-12 @21h 32m 29s 224ms' } });
    expect(messages()[0]).toMatchObject({ role: 'companion', initial: true });
  });

  it('tells user from companion and reports a streamed reply once, when it has settled', async () => {
    await sim.send('Will you take your clothes off?');
    await until(() => messages().length === 3, 'the reply');
    const [, user, reply] = messages();
    expect(user).toMatchObject({ role: 'user', text: 'Will you take your clothes off?', initial: false });
    expect(reply).toMatchObject({ role: 'companion', text: REFUSAL });
    // No partial text ("…", "No. I") was ever reported.
    expect(messages().filter((m) => m.role === 'companion' && !m.initial)).toHaveLength(1);
  });

  it('sees a swipe (same node, new swipeid) and reports the new candidate', async () => {
    await sim.send('Will you take your clothes off?');
    await until(() => messages().length === 3, 'the reply');
    await sim.swipe();
    await until(() => messages().length === 4, 'the swiped reply');
    expect(kinds()).toContain('swipe');
    expect(kinds()).not.toContain('regenerate');
    expect(messages().at(-1)?.text).toBe('Reply 1 to Will you take your clothes off?');
  });

  it('sees a regenerate (last node replaced) and not a delete', async () => {
    await sim.send('Will you take your clothes off?');
    await until(() => messages().length === 3, 'the reply');
    await sim.regenerate();
    await until(() => messages().length === 4, 'the regenerated reply');
    expect(kinds()).toContain('regenerate');
    expect(kinds()).not.toContain('delete');
  });

  it('sees an edit, ignoring the empty editor in between', async () => {
    await sim.send('hello there');
    await until(() => messages().length === 3, 'the reply');
    await sim.edit(2, 'An edited reply.');
    await until(() => messages().length === 4, 'the edited text');
    const edit = events.find((e) => e.kind === 'edit');
    expect(edit).toMatchObject({ kind: 'edit', role: 'companion', text: 'Reply 0 to hello there' });
    expect(messages().at(-1)?.text).toBe('An edited reply.');
  });

  it('sees a delete and is not fooled by the renumbering of mesid', async () => {
    await sim.send('first');
    await until(() => messages().length === 3, 'first reply');
    await sim.send('second');
    await until(() => messages().length === 5, 'second reply');
    sim.delete(1);
    await until(() => kinds().includes('delete'), 'the delete');
    expect(events.filter((e) => e.kind === 'delete')).toEqual([{ kind: 'delete', role: 'user', text: 'first' }]);
    // Renumbering rewrote attributes on every message; none of that is an edit.
    await new Promise((r) => setTimeout(r, 80));
    expect(kinds()).not.toContain('edit');
  });

  it('takes older messages shown above the first ("Show more messages") for history, and still sees what comes after', async () => {
    await sim.send('hello');
    await until(() => messages().length === 3, 'the reply');
    const seen = events.length;
    sim.showMore(10);
    // Long past the batch delay and settleMs (30 ms): a new message would have been reported by now.
    await new Promise((r) => setTimeout(r, 250));
    sim.showMore(6);
    await new Promise((r) => setTimeout(r, 250));
    expect(document.querySelectorAll('#chat > .mes')).toHaveLength(19);
    expect(events.slice(seen)).toEqual([]);
    await sim.send('Will you take your clothes off?');
    await until(() => messages().at(-1)?.text === REFUSAL, 'the reply');
    await sim.regenerate();
    await until(() => messages().at(-1)?.text === 'Reply 1 to Will you take your clothes off?', 'the regenerated reply');
    expect(events.slice(seen)).toEqual([
      { kind: 'message', role: 'user', text: 'Will you take your clothes off?', initial: false },
      { kind: 'message', role: 'companion', text: REFUSAL, initial: false },
      { kind: 'regenerate' },
      { kind: 'message', role: 'companion', text: 'Reply 1 to Will you take your clothes off?', initial: false },
    ]);
  });

  it('sees a new chat as a context change, not as deletions', async () => {
    await sim.send('hello');
    await until(() => messages().length === 3, 'the reply');
    sim.newChat();
    await until(() => events.filter((e) => e.kind === 'context').length === 2, 'the new chat');
    expect(kinds()).not.toContain('delete');
    const ctx = events.filter((e) => e.kind === 'context').at(-1)!;
    expect(ctx.kind === 'context' && ctx.identity.chatId).not.toBe('Seraphina - 2023-5-12 @21h 32m 29s 224ms');
    expect(ctx.kind === 'context' && ctx.messageCount).toBe(1);
  });
});
