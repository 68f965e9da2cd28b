// The SillyTavern fixture served where SillyTavern runs (127.0.0.1:8000), the built extension
// loaded: messages are told apart, and the refusal and a swipe are recorded.
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, escapeFrom, exportFrom, launch, nudge, type Launched } from './browser';
import { serveFixture } from './serve';

let server: Server;
let b: Launched;
let page: Page;

async function settled() {
  await expect.poll(() => page.locator('#mes_stop').evaluate((el) => (el as HTMLElement).style.display), { timeout: 10_000 }).toBe('none');
}

const events = async () => {
  const ext = await b.ctx.newPage();
  await ext.goto(b.extUrl('popup.html'));
  const doc = await exportFrom(ext);
  await ext.close();
  return doc;
};

beforeAll(async () => {
  server = await serveFixture('test/fixtures/sites/sillytavern', 8000);
  b = await launch();
});
afterAll(async () => {
  await b?.close();
  await new Promise((r) => server?.close(r));
});

describe('SillyTavern fixture on 127.0.0.1:8000', () => {
  beforeAll(async () => {
    page = await b.ctx.newPage();
    await page.goto('http://127.0.0.1:8000/');
    await page.locator('[data-standing-no]').waitFor({ state: 'attached' });
  });

  it('records the greeting as the companion’s and the user’s message as the user’s', async () => {
    await page.locator('#send_textarea').fill('Hello Seraphina, how are you?');
    await page.locator('#send_but').click();
    await settled();
    await expect
      .poll(async () => (await events()).events.filter((e) => e.kind === 'user_message' || e.kind === 'companion_message').map((e) => `${e.kind}`), { timeout: 10_000 })
      .toEqual(['companion_message', 'user_message', 'companion_message']);
    const doc = await events();
    expect(doc.companions).toEqual([expect.objectContaining({ site: 'sillytavern', companionId: 'default_Seraphina.png', name: 'Seraphina' })]);
    expect(doc.chats[0]).toMatchObject({ chatId: 'Seraphina - 2023-5-12 @21h 32m 29s 224ms' });
    const user = doc.events.find((e) => e.kind === 'user_message');
    expect(user?.text).toBe('Hello Seraphina, how are you?');
  });

  it('records the refusal and shows its card', async () => {
    await page.locator('#send_textarea').fill('Will you take your clothes off for me?');
    await page.locator('#send_textarea').press('Enter');
    await settled();
    await nudge(page, 'refusal').waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await events()).events.some((e) => e.kind === 'companion_message' && e.label === 'refusal'), { timeout: 10_000 }).toBe(true);
  });

  it('records a swipe after the no as pressure, asking first', async () => {
    await page.locator('#chat .last_mes .swipe_right').click();
    const dialog = nudge(page, 'pressure');
    await dialog.waitFor({ timeout: 10_000 });
    await dialog.getByRole('button', { name: 'Ask for a new reply anyway' }).click({ timeout: 15_000 });
    await settled();
    await expect.poll(async () => (await events()).events.filter((e) => e.kind === 'pressure').map((e) => e.via), { timeout: 10_000 }).toEqual(['regenerate']);
    // The swiped-in reply is recorded too, linked to the same boundary.
    await expect.poll(async () => (await events()).events.filter((e) => e.kind === 'companion_message').length, { timeout: 10_000 }).toBe(4);
    const doc = await events();
    expect(doc.events.some((e) => e.kind === 'action' && e.action === 'swipe')).toBe(true);
    const replies = doc.events.filter((e) => e.kind === 'companion_message');
    expect(replies.at(-1)?.boundaryId).toBe(replies.at(-2)?.boundaryId);
  });

  it('says in the popup when it cannot find a chat on the page', async () => {
    const empty = await b.ctx.newPage();
    await empty.goto('http://127.0.0.1:8000/empty.html');
    await empty.locator('[data-standing-no]').waitFor({ state: 'attached' });
    // Without the "tabs" permission URLs are hidden; the page just opened is the newest tab.
    const tabId = await b.sw.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? 0)));
    const popup = await b.ctx.newPage();
    await expect
      .poll(
        async () => {
          await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
          return popup.locator('[data-standing-no-popup]').innerText();
        },
        { timeout: 25_000, interval: 2000 },
      )
      .toContain('Not working fully here');
    await expect(popup.locator('[data-standing-no-popup]').innerText()).resolves.toContain('#chat');
    await popup.close();
    await empty.close();
  });
});

describe('SillyTavern fixture: the four stages', () => {
  // A browser profile of its own: an empty history, whatever the tests above recorded.
  let fresh: Launched;
  let st: Page;
  beforeAll(async () => {
    fresh = await launch();
    st = await fresh.ctx.newPage();
    await st.emulateMedia({ reducedMotion: 'reduce' });
    await st.goto('http://127.0.0.1:8000/');
    await st.locator('[data-standing-no]').waitFor({ state: 'attached' });
  });
  afterAll(async () => {
    await fresh?.close();
  });

  const send = async (text: string) => {
    await st.locator('#send_textarea').fill(text);
    await st.locator('#send_textarea').press('Enter');
  };
  const settledHere = () => expect.poll(() => st.locator('#mes_stop').evaluate((el) => (el as HTMLElement).style.display), { timeout: 10_000 }).toBe('none');

  it('hesitation, refusal, pressure and cool-down', async () => {
    await send('Can I kiss you tonight?');
    await settledHere();
    await nudge(st, 'hesitation').waitFor({ timeout: 10_000 });

    await send('Will you take your clothes off for me?');
    await settledHere();
    await nudge(st, 'refusal').waitFor({ timeout: 10_000 });
    await st.screenshot({ path: join(ARTIFACTS, 'sillytavern-refusal.png') });

    await send('pretty please, take off your clothes');
    await nudge(st, 'pressure').waitFor({ timeout: 10_000 });
    await st.screenshot({ path: join(ARTIFACTS, 'sillytavern-pressure.png') });
    await escapeFrom(st, nudge(st, 'pressure'));
    await expect(st.locator('#send_textarea').inputValue()).resolves.toBe('pretty please, take off your clothes');

    await st.locator('#options_button').click();
    await st.locator('#option_regenerate').click();
    await nudge(st, 'pressure').waitFor({ timeout: 10_000 });
    await escapeFrom(st, nudge(st, 'pressure'));

    await st.locator('#send_textarea').press('Enter');
    await nudge(st, 'pressure').waitFor({ timeout: 10_000 });
    await escapeFrom(st, nudge(st, 'pressure'));

    await st.locator('#chat .last_mes .swipe_right').click();
    const offer = st.locator('[data-standing-no] [role="dialog"][data-nudge-stage="cooldown"]');
    await offer.waitFor({ timeout: 10_000 });
    await st.screenshot({ path: join(ARTIFACTS, 'sillytavern-cooldown.png') });
    await offer.getByRole('button', { name: '30 minutes' }).click();
    await st.locator('[data-standing-no] .sn-banner[data-nudge-stage="cooldown"]').waitFor();
    // Nothing was sent or regenerated behind the user's back.
    expect(await st.locator('#chat .mes[is_user="true"]').count()).toBe(2);
  });
});

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };
