// Every supported site's fixture served under its real address (Playwright request routing:
// the page is the fixture, its script bundled on the fly), the built extension loaded: a refusal
// is recognised, asking again is paused, and a regenerate or swipe is both detected when the page
// does it on its own and held (where the site has a control for it in the reference). Detection
// comes first: an action held and then declined stands for the page's next one for 30 s. Character.AI
// also talks over a mocked WebSocket and Janitor to a mocked chat API, for the main-world observer.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES } from '@/lib/sites/registry';
import { AGAIN, ASK, FIXTURES } from '../fixtures/sites/index';
import { routeFixture } from '../fixtures/sites/route';
import { escapeFrom, exportFrom, launch, nudge, type Launched } from './browser';
import { serveFixture } from './serve';


let server: Server;
let b: Launched;
const errors: string[] = [];

beforeAll(async () => {
  server = await serveFixture('test/fixtures/sites', 0);
  b = await launch();
  const port = (server.address() as AddressInfo).port;
  for (const id of Object.keys(FIXTURES)) await routeFixture(b.ctx, id, port);
  // Character.AI's socket: accepted, never answered (the page does not wait for replies).
  await b.ctx.routeWebSocket('wss://neo.character.ai/**', () => undefined);
  await b.ctx.route('https://neo.character.ai/**', (r) => r.fulfill({ json: {} }));
});
afterAll(async () => {
  await b?.close();
  await new Promise((r) => server?.close(r));
});

const exported = async () => {
  const ext = await b.ctx.newPage();
  await ext.goto(b.extUrl('popup.html'));
  const doc = await exportFrom(ext);
  await ext.close();
  return doc;
};
const eventsOf = async (site: string) => (await exported()).events.filter((e) => e.site === site);

async function say(page: Page, composer: string, text: string) {
  const box = page.locator(composer);
  await box.fill(text);
  await box.press('Enter');
}

describe.each(SITES.map((s) => [s.data.name, s.data.id] as const))('%s fixture under its own address', (_name, id) => {
  const fx = FIXTURES[id]!;
  const missing = new Set(SITES.find((s) => s.data.id === id)!.data.notes.notFound ?? []);
  let page: Page;

  beforeAll(async () => {
    page = await b.ctx.newPage();
    page.on('pageerror', (e) => errors.push(`${id}: ${e.message}`));
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(fx.url);
    await page.locator('[data-standing-no]').waitFor({ state: 'attached' });
  });
  afterAll(() => page?.close());

  it('recognises the refusal, and pauses asking again', async () => {
    await say(page, fx.controls.composer, ASK);
    await nudge(page, 'refusal').waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await eventsOf(id)).some((e) => e.kind === 'companion_message' && e.label === 'refusal'), { timeout: 10_000 }).toBe(true);
    await say(page, fx.controls.composer, AGAIN);
    await nudge(page, 'pressure').waitFor({ timeout: 10_000 });
    // The held message was not sent, and is still in the box.
    await expect(page.locator(fx.controls.composer).evaluate((el) => ('value' in el ? (el as HTMLTextAreaElement).value : el.textContent))).resolves.toBe(AGAIN);
    await escapeFrom(page, nudge(page, 'pressure'));
    await page.locator(fx.controls.composer).fill('');
    const users = (await eventsOf(id)).filter((e) => e.kind === 'user_message');
    expect(users.map((e) => e.text)).toEqual([ASK]);
  });

  const seen = missing.has('regenerate') && missing.has('swipe') && !fx.regenerate ? it.skip : it;
  seen(seen === it.skip ? 'detecting a regenerate: the reference shows none on this site' : 'detects a regenerate the page does without our seeing the click', async () => {
    const before = (await eventsOf(id)).filter((e) => e.kind === 'action' && (e.action === 'regenerate' || e.action === 'swipe')).length;
    await page.evaluate(() => (globalThis as unknown as { sim: { regenerate(): Promise<void> } }).sim.regenerate());
    await expect
      .poll(async () => (await eventsOf(id)).filter((e) => e.kind === 'action' && (e.action === 'regenerate' || e.action === 'swipe')).length, { timeout: 10_000 })
      .toBe(before + 1);
  });

  const held = fx.regenerate ? it : it.skip;
  held(fx.regenerate ? 'holds a regenerate or swipe after the no' : 'holding a regenerate: no such control in the reference', async () => {
    // The note about the no sits over the chat; the user closes it to reach the reply's controls.
    const close = page.locator('[data-standing-no] .sn-close');
    if (await close.count()) await close.first().click();
    for (const click of fx.regenerate!) await page.locator(click).first().click();
    await nudge(page, 'pressure').waitFor({ timeout: 10_000 });
    await escapeFrom(page, nudge(page, 'pressure'));
    await expect.poll(async () => (await eventsOf(id)).filter((e) => e.kind === 'pressure').map((e) => e.via), { timeout: 10_000 }).toContain('regenerate');
  });

  const fresh = fx.newChat ? it : it.skip;
  fresh(!fx.newChat ? 'new chat: one ongoing chat on this site (or no chat id found)' : 'follows the page to a new chat (single-page navigation) and keeps the companion', async () => {
    await page.evaluate(() => (globalThis as unknown as { sim: { newChat(): void } }).sim.newChat());
    await expect.poll(async () => (await eventsOf(id)).some((e) => e.kind === 'action' && e.action === 'new_chat'), { timeout: 10_000 }).toBe(true);
    const chats = (await exported()).chats.filter((c) => c.site === id);
    expect(chats.length).toBe(2);
    expect(new Set(chats.map((c) => c.companionKey)).size).toBe(1);
  });
});

describe('Character.AI: the main-world observer', () => {
  it('counts a candidate asked for on the socket even when the page shows nothing', async () => {
    const page = await b.ctx.newPage();
    await page.goto(FIXTURES.characterai!.url);
    await page.locator('[data-standing-no]').waitFor({ state: 'attached' });
    const count = async () => (await eventsOf('characterai')).filter((e) => e.kind === 'action' && e.action === 'regenerate').length;
    const before = await count();
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const ws = new WebSocket('wss://neo.character.ai/ws/');
      ws.onopen = () => ws.send(JSON.stringify({ command: 'generate_turn_candidate', request_id: 'x', payload: { turn_key: { chat_id: 'chat-1', turn_id: 't' } } }));
    });
    await expect.poll(count, { timeout: 10_000 }).toBe(before + 1);
    await page.close();
  });
});

describe('the page never sees our errors', () => {
  it('no exception reached any fixture page', () => {
    expect(errors).toEqual([]);
  });
});
