// Three clicks on a page no adapter knows become site data that finds every message with its
// role, on this page and after it changes; and the selectors avoid hashes and positions.
import { beforeEach, describe, expect, it } from 'vitest';
import { createAdapter } from '@/lib/sites/adapter';
import { siteDataSchema } from '@/lib/sites/types';
import { deriveSite, preview } from '@/lib/teach/derive';
import { classSelector, isHashed, selectorFor } from '@/lib/teach/selectors';
import { watch, type WatchEvent } from '@/lib/watch/watcher';
import { createSim } from '../../fixtures/sites/unknown/sim';
import { loadFixture, until } from '../helpers/dom';

const ORIGIN = 'http://teach.test:8123';
let sim: ReturnType<typeof createSim>;

beforeEach(async () => {
  loadFixture('test/fixtures/sites/unknown/index.html');
  sim = createSim(document, { chunkMs: 1, reply: (req) => `You said: ${req}` });
  sim.greet();
  await sim.send('hello');
});

const picks = () => ({
  companion: sim.element(0)!.querySelector('p')!,
  user: sim.element(1)!.querySelector('p')!,
  composer: document.querySelector('[contenteditable]')!,
});

describe('deriving a site from three clicks', () => {
  it('finds the list, the roles, the text and the box, with stable selectors', () => {
    const d = deriveSite(picks(), 'u-teach', 'Moonbeam', ORIGIN, '2026-11-23');
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(siteDataSchema.safeParse(d.data).success).toBe(true);
    const s = d.data.selectors;
    expect(s.chatRoot[0]).toBe('div[class*="Thread_messages__"]');
    expect(s.userMessage).toEqual(['[data-author="user"]']);
    expect(s.composer[0]).toBe('div[role="textbox"]');
    const all = Object.values(s).flat().join(' ');
    expect(all).not.toMatch(/nth-|q1W2e|m3N4b|k7J8h/);
  });

  it('previews counts per role and the text, and the adapter keeps working as the chat grows', async () => {
    const d = deriveSite(picks(), 'u-teach', 'Moonbeam', ORIGIN, '2026-11-23');
    if (!d.ok) throw new Error(d.problem);
    expect(preview(document, d.data)).toMatchObject({ found: true, companion: 2, user: 1, composer: true, samples: [{ role: 'companion' }, { role: 'user', text: 'hello' }, { role: 'companion', text: 'You said: hello' }] });
    const events: WatchEvent[] = [];
    const c = new AbortController();
    watch({ adapter: createAdapter({ data: d.data }), doc: document, loc: location, emit: (e) => events.push(e), health: () => undefined, signal: c.signal, settleMs: 20 });
    await sim.send('second');
    await until(() => events.filter((e) => e.kind === 'message').length === 5, 'the new messages');
    expect(events.filter((e) => e.kind === 'message').slice(-2)).toMatchObject([
      { role: 'user', text: 'second', initial: false },
      { role: 'companion', text: 'You said: second', initial: false },
    ]);
    c.abort();
  });

  it('says what is wrong with the clicks', () => {
    const p = picks();
    expect(deriveSite({ ...p, user: p.companion }, 'u', 'n', ORIGIN, '2026-11-23')).toEqual({ ok: false, problem: 'same-message' });
    expect(deriveSite({ ...p, composer: document.querySelector('header span')! }, 'u', 'n', ORIGIN, '2026-11-23')).toEqual({ ok: false, problem: 'no-composer' });
  });

  it('shows page text as text in the preview (never as markup)', () => {
    const p = picks();
    p.user.textContent = '<img src=x onerror=alert(1)>';
    const d = deriveSite(p, 'u', 'n', ORIGIN, '2026-11-23');
    if (!d.ok) throw new Error(d.problem);
    expect(preview(document, d.data).samples.map((s) => s.text)).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('stable selectors', () => {
  it('keeps the stable part of generated class names and drops pure hashes', () => {
    expect(classSelector('Chat_list__x7Yq2')).toBe('[class*="Chat_list__"]');
    expect(classSelector('MessageHover__MessageHoverRoot-sc-1x2k3j4-0')).toBe('[class*="MessageHover__"]');
    expect(classSelector('Row-sc-1x2k3j4-0')).toBe('[class*="Row-sc-"]');
    expect(classSelector('_user_17be0_43')).toContain('[class^="_user_"]');
    expect(classSelector('mes_text')).toBe('.mes_text');
    for (const h of ['css-1nj33dt', 'kLmNoP', 'a1b2c3', 'sc-aXZVg']) expect(isHashed(h), h).toBe(true);
    for (const w of ['message', 'chat-name', 'justify-end', 'bg-gray-4']) expect(isHashed(w), w).toBe(false);
  });

  it('prefers ids and attributes, and falls back to a position only when nothing else is unique', () => {
    document.body.innerHTML = '<main><section id="chat"></section><div data-testid="thread"></div><ul><li>a</li><li>b</li></ul></main>';
    expect(selectorFor(document.getElementById('chat')!)).toBe('#chat');
    expect(selectorFor(document.querySelector('[data-testid]')!)).toBe('div[data-testid="thread"]');
    expect(selectorFor(document.querySelectorAll('li')[1]!)).toMatch(/li:nth-of-type\(2\)$/);
  });
});
