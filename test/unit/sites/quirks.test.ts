// Each site's peculiarities, on its fixture: newest-first lists, virtualised lists, rows swapped
// per streamed chunk, a re-rendered history, and what the site's own requests add to the DOM.
import { describe, expect, it } from 'vitest';
import { janitor } from '@/lib/sites/janitor';
import type { ChatSim } from '../../fixtures/sites/_shared/chat-sim';
import { churn } from '../../fixtures/sites/pi/sim';
import { until } from '../helpers/dom';
import { ASK, exchange, REFUSAL, start } from './harness';

const settle = () => new Promise((r) => setTimeout(r, 80));

describe('Character.AI: newest first, and the WebSocket commands', () => {
  it('reports messages in the order they were said although the page lists them newest first', async () => {
    const t = start('characterai');
    await t.sim.send(ASK);
    await until(() => t.messages().length === 3, 'the reply');
    expect(document.querySelector('#chat-messages > :first-child .prose')?.textContent).toBe(REFUSAL);
    expect(t.messages().map((m) => m.role)).toEqual(['companion', 'user', 'companion']);
  });

  it('counts a new candidate once when both the socket and the carousel report it', async () => {
    const t = start('characterai');
    await t.sim.send(ASK);
    await until(() => t.messages().length === 3, 'the reply');
    t.watcher.signal({ kind: 'regenerate' }); // generate_turn_candidate, sent before the DOM changes
    await t.sim.regenerate();
    await until(() => t.messages().length === 4, 'the new candidate');
    await settle();
    expect(t.kinds().filter((k) => k === 'regenerate' || k === 'swipe')).toEqual(['regenerate']);
  });

  it('reports a regenerate the DOM never shows, from the socket alone', async () => {
    const t = start('characterai');
    await until(() => t.messages().length === 1, 'the greeting');
    t.watcher.signal({ kind: 'regenerate' });
    expect(t.kinds()).toContain('regenerate');
  });

  it('takes the new chat id from create_chat when the address has none yet', async () => {
    const t = start('characterai');
    await until(() => t.messages().length === 1, 'the greeting');
    t.watcher.signal({ kind: 'new_chat', chatId: 'fresh-chat', companionId: 'kq3Xb9Lm2PzT7vYw' });
    await until(() => t.events.filter((e) => e.kind === 'context').length === 2, 'the new chat');
    expect(t.events.at(-2)).toMatchObject({ kind: 'context', identity: { chatId: 'fresh-chat', companionId: 'kq3Xb9Lm2PzT7vYw' } });
  });
});

describe('Janitor AI: a virtualised list', () => {
  it('takes messages scrolling out of view and back for neither deletions nor new messages', async () => {
    const t = start('janitor', { seed: 80 });
    const sim = t.sim as ChatSim;
    await until(() => t.messages().length > 0, 'the messages on screen');
    await settle();
    const before = t.events.length;
    expect(document.querySelectorAll('[data-index]')).toHaveLength(30);
    sim.scrollUp(25);
    await settle();
    sim.scrollDown();
    await settle();
    expect(t.events.slice(before)).toEqual([]);
    await sim.send(ASK);
    await until(() => t.messages().at(-1)?.text === REFUSAL, 'the reply');
    expect(t.kinds()).not.toContain('delete');
  });

  it('takes older messages mounted by scrolling up past the opening window for history, there and back, however long they stay', async () => {
    const t = start('janitor', { seed: 80 });
    const sim = t.sim as ChatSim;
    await until(() => t.messages().length === 30, 'the messages on screen');
    await settle();
    const before = t.events.length;
    // Messages 26–50 were never mounted before; the wait is long past the batch delay and settleMs
    // (30 ms), so a new message would have been reported by now.
    const away = () => new Promise((r) => setTimeout(r, 250));
    sim.scrollUp(25);
    await away();
    expect(document.querySelector('[data-index]')?.getAttribute('data-index')).toBe('26');
    sim.scrollDown();
    await away();
    sim.scrollUp(25);
    await away();
    sim.scrollDown();
    await away();
    expect(t.events.slice(before)).toEqual([]);
    await exchange(t, before);
  });

  it('knows the character from the chat API when the page shows none', async () => {
    // The page's link to the character is an assumption; without it only the API knows.
    const t = start('janitor', { site: { data: janitor.data } });
    await until(() => t.events.some((e) => e.kind === 'context'), 'a context');
    expect(t.events[0]).toMatchObject({ identity: { companionId: 'chat-481516' } });
    t.watcher.signal({ kind: 'chat', chatId: '481516', companionId: 'c1d2e3f4-0000-4000-8000-000000000001', companionName: 'Aria' });
    await until(() => t.events.filter((e) => e.kind === 'context').length === 2, 'the API identity');
    expect(t.events.filter((e) => e.kind === 'context').at(-1)).toMatchObject({ identity: { companionId: 'c1d2e3f4-0000-4000-8000-000000000001', companionName: 'Aria' } });
  });
});

describe('Agnai: the in-flight row is swapped for every chunk', () => {
  it('reports the reply once and no regenerate while it streams', async () => {
    const t = start('agnai');
    const seen = new Set<Element>();
    const spy = new MutationObserver(() => document.querySelectorAll('#outer-partial-response').forEach((e) => seen.add(e)));
    spy.observe(document.body, { childList: true, subtree: true });
    await t.sim.send('Tell me a long story about the harbour town at dusk, please, with boats');
    await until(() => t.messages().length === 3, 'the reply');
    spy.disconnect();
    expect(seen.size).toBeGreaterThan(2);
    await settle();
    expect(t.kinds().filter((k) => k !== 'message' && k !== 'context')).toEqual([]);
  });
});

describe('Pi: the history is re-rendered', () => {
  it('does not report known messages again when the chat root is replaced, and keeps watching the new one', async () => {
    const t = start('pi');
    await t.sim.send('hello');
    await until(() => t.messages().length === 3, 'the reply');
    churn(document);
    await settle();
    expect(t.messages()).toHaveLength(3);
    await t.sim.send(ASK);
    await until(() => t.messages().length === 5, 'the reply in the new root');
    expect(t.messages().at(-1)).toMatchObject({ role: 'companion', text: REFUSAL, initial: false });
  });
});
