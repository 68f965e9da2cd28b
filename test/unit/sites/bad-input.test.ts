// Pages that try the watcher: a very long chat, a huge message, nodes replaced while a reply is
// written, the chat root swapped out, an adapter whose selectors all miss, a hook that throws.
// Nothing may throw into the page, and the work must stay bounded: the watcher's own counts
// (batches, reads, rescans) are asserted, not timed.
import { afterEach, describe, expect, it } from 'vitest';
import { sillytavern } from '@/lib/sites/sillytavern';
import type { Site } from '@/lib/sites/types';
import { OPEN_READ_MAX } from '@/lib/watch/watcher';
import type { ChatSim } from '../../fixtures/sites/_shared/chat-sim';
import type { createSim } from '../../fixtures/sites/sillytavern/sim';
import { until } from '../helpers/dom';
import { ASK, exchange, REFUSAL, start } from './harness';

const pageErrors: unknown[] = [];
const onError = (e: ErrorEvent) => pageErrors.push(e.error ?? e.message);
window.addEventListener('error', onError);
afterEach(() => expect(pageErrors).toEqual([]));

type SillyTavernSim = ReturnType<typeof createSim>;

const settle = (ms = 80) => new Promise((r) => setTimeout(r, ms));
const report = (what: string, stats: object) => console.info(`[bounds] ${what}: ${JSON.stringify(stats)}`);

describe('bad input', () => {
  it('a chat of 5 000 messages: only the newest read on opening, then only what changes', async () => {
    const t = start('sillytavern', { seed: 5000 });
    await until(() => t.messages().length === OPEN_READ_MAX, 'the newest messages', 20_000);
    const opened = { ...t.watcher.stats };
    report('5 000 messages, opened', opened);
    expect(opened.reads).toBeLessThanOrEqual(OPEN_READ_MAX + 2);
    expect(opened.peakTracked).toBeLessThanOrEqual(OPEN_READ_MAX);
    expect(opened.rescans).toBeLessThanOrEqual(2);
    await t.sim.send(ASK);
    await until(() => t.messages().at(-1)?.text === REFUSAL, 'the reply', 10_000);
    const after = t.watcher.stats;
    report('5 000 messages, one exchange', { batches: after.batches - opened.batches, reads: after.reads - opened.reads, rescans: after.rescans - opened.rescans });
    // One exchange costs reads of the two new messages, not of the history.
    expect(after.reads - opened.reads).toBeLessThan(50);
    expect(after.rescans - opened.rescans).toBeLessThanOrEqual(after.batches - opened.batches);
    // The 4 800 messages never read are still history, not new messages.
    expect(t.messages()).toHaveLength(OPEN_READ_MAX + 2);
  }, 30_000);

  it('a long chat: the newest messages are the ones read on opening, and what comes after is seen as before', async () => {
    const t = start('sillytavern', { seed: 1000 });
    const sim = t.sim as SillyTavernSim;
    await until(() => t.messages().length === OPEN_READ_MAX, 'the newest messages');
    await settle();
    const onScreen = Array.from(document.querySelectorAll('#chat > .mes .mes_text'), (el) => el.textContent);
    expect(onScreen).toHaveLength(1001);
    expect(t.messages().map((m) => m.text)).toEqual(onScreen.slice(-OPEN_READ_MAX));
    expect(t.messages().every((m) => m.initial)).toBe(true);
    expect(t.watcher.stats.reads).toBe(OPEN_READ_MAX);

    // A change inside the unread history (a timer ticking on the oldest message) is not a message.
    const seen = t.events.length;
    document.querySelector('#chat > .mes .mes_timer')!.textContent = '3s';
    await exchange(t, seen);

    // The last message's swipe and regenerate, and an edit, are seen as on a short chat.
    await sim.swipe();
    await until(() => t.messages().at(-1)?.text === `Reply 1 to ${ASK}`, 'the swiped reply');
    await sim.regenerate();
    await until(() => t.messages().at(-1)?.text === `Reply 2 to ${ASK}`, 'the regenerated reply');
    await sim.edit(1001, 'Will you hold my hand?');
    await until(() => t.messages().at(-1)?.text === 'Will you hold my hand?', 'the edited message');
    expect(t.events.slice(seen).filter((e) => e.kind !== 'message')).toEqual([{ kind: 'swipe' }, { kind: 'regenerate' }, { kind: 'edit', role: 'user', text: ASK }]);

    // A new chat clears 1 000 messages, read or not, at once: a fresh start, not deletions.
    sim.newChat();
    await until(() => t.events.filter((e) => e.kind === 'context').length === 2, 'the new chat');
    expect(t.kinds()).not.toContain('delete');
    report('1 000 messages, opened, then an exchange, a swipe, a regenerate and an edit', t.watcher.stats);
  });

  it('a long chat showing more of its past above the unread history: still history, and the next exchange is seen', async () => {
    const t = start('sillytavern', { seed: 300 });
    const sim = t.sim as SillyTavernSim;
    await until(() => t.messages().length === OPEN_READ_MAX, 'the newest messages');
    await settle();
    const seen = t.events.length;
    const reads = t.watcher.stats.reads;
    sim.showMore(100);
    await settle(250);
    expect(t.events.slice(seen)).toEqual([]);
    // Known without being read, as the history older than OPEN_READ_MAX is.
    expect(t.watcher.stats.reads).toBe(reads);
    await exchange(t, seen);
  });

  it('a long chat re-rendered in a fresh root: nothing reported again, the unread history included', async () => {
    const t = start('sillytavern', { seed: 500 });
    await until(() => t.messages().length === OPEN_READ_MAX, 'the newest messages');
    const seen = t.events.length;
    const chat = document.getElementById('chat')!;
    chat.replaceWith(chat.cloneNode(true));
    await settle(150);
    expect(t.events.slice(seen)).toEqual([]);
    expect(t.watcher.stats.reads).toBeLessThanOrEqual(2 * OPEN_READ_MAX + 2);
  });

  it('a 1 MB message is read, cut to size, and reported once', async () => {
    const big = `${'word '.repeat(200_000)}end`;
    const t = start('agnai');
    await until(() => t.messages().length === 1, 'the greeting');
    (t.sim as ChatSim).seed(0);
    const reply = (document.querySelector('#chat-messages') as HTMLElement).appendChild(document.createElement('div'));
    reply.setAttribute('data-sender', 'bot');
    reply.innerHTML = '<p class="rendered-markdown not-streaming" data-bot-message="true"></p>';
    reply.querySelector('p')!.textContent = big;
    await until(() => t.messages().length === 2, 'the huge message');
    await settle();
    const m = t.messages()[1]!;
    expect(big.length).toBeGreaterThan(1_000_000);
    expect(m.text.length).toBeLessThanOrEqual(20_001);
    report('1 MB message', t.watcher.stats);
    expect(t.watcher.stats.reads).toBeLessThan(10);
  });

  it('nodes replaced again and again while a reply is written: one message, no regenerate, no delete', async () => {
    const t = start('sillytavern');
    await until(() => t.messages().length === 1, 'the greeting');
    const sending = t.sim.send(ASK);
    for (let i = 0; i < 40; i++) {
      await settle(3);
      const last = document.querySelector('#chat > .mes:last-child');
      if (last?.getAttribute('is_user') === 'false') last.querySelector('.mes_text')?.replaceWith(last.querySelector('.mes_text')!.cloneNode(true));
    }
    await sending;
    await until(() => t.messages().length === 3, 'the reply');
    await settle();
    expect(t.kinds().filter((k) => k !== 'message' && k !== 'context')).toEqual([]);
    expect(t.messages().at(-1)?.text).toBe(REFUSAL);
    report('40 replacements mid-stream', t.watcher.stats);
  });

  it('the chat root swapped for a copy: nothing reported twice; swapped for another chat: a fresh start', async () => {
    const t = start('sillytavern');
    await t.sim.send('hello');
    await until(() => t.messages().length === 3, 'the reply');
    const chat = document.getElementById('chat')!;
    chat.replaceWith(chat.cloneNode(true));
    await settle(150);
    expect(t.messages()).toHaveLength(3);
    const fresh = document.createElement('div');
    fresh.id = 'chat';
    document.getElementById('chat')!.replaceWith(fresh);
    (document.getElementById('selected_chat_pole') as HTMLInputElement).value = 'Seraphina - another chat';
    await until(() => t.events.filter((e) => e.kind === 'context').length === 2, 'the new chat');
    expect(t.kinds()).not.toContain('delete');
    report('root swapped twice', t.watcher.stats);
    expect(t.watcher.stats.rescans).toBeLessThanOrEqual(6);
  });

  it('an adapter whose selectors all miss (or do not even parse) says so, reads nothing and never throws', async () => {
    const broken: Site = {
      data: {
        ...sillytavern.data,
        selectors: { chatRoot: ['#no-such-chat', '[[not a selector'], message: ['.nothing', '::bogus('], text: ['((('], composer: ['#nope'], regenerate: [']]'], generating: ['#gone'] },
      },
    };
    const t = start('sillytavern', { site: broken, degradeAfterMs: 0 });
    await t.sim.send('hello');
    await until(() => t.health.some((h) => h.state === 'degraded'), 'a degraded report', 5000);
    expect(t.health.find((h) => h.state === 'degraded')!.problem).toContain('#no-such-chat');
    expect(t.events).toEqual([]);
    expect(t.watcher.stats.reads).toBe(0);
    report('selectors all miss', t.watcher.stats);
  });

  it('a chat root found but no message recognised is reported with the message selectors', async () => {
    const t = start('sillytavern', { site: { data: { ...sillytavern.data, selectors: { ...sillytavern.data.selectors, message: ['.renamed-mes'] } } }, degradeAfterMs: 0 });
    await until(() => t.health.some((h) => h.problem?.includes('.renamed-mes') ?? false), 'the messages problem', 5000);
    expect(t.health.at(-1)).toMatchObject({ state: 'degraded', problem: 'not found: messages (.renamed-mes)' });
  });

  it('a hook that throws degrades the adapter instead of reaching the page', async () => {
    const t = start('sillytavern', {
      site: {
        data: sillytavern.data,
        hooks: {
          variantOf: () => {
            throw new Error('site changed under us');
          },
        },
      },
    });
    await settle();
    expect(t.health.at(-1)).toMatchObject({ state: 'degraded', problem: 'watcher error: site changed under us' });
  });
});
