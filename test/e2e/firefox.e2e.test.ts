// The Firefox build (firefox-mv2) in Debian's Firefox ESR, driven over WebDriver BiDi with
// puppeteer-core (Playwright's Firefox needs its own patched build, which cannot be fetched
// here). Every supported site's fixture is served under its real address (request
// interception, as in sites.e2e.test.ts): the overlay comes up, a refusal is shown, the same
// request asked again is paused with the draft kept and nothing sent, and where the site has a
// regenerate or swipe control, clicking it after the no is held too.
//
// Then the extension's own pages read back what was recorded: the export hook (DESIGN.md), the
// popup and the records page. An extension page's address is fixed through Firefox's
// extensions.webextensions.uuids preference; BiDi loads such a page but never reports the
// navigation finished, so the tests wait for the page's own content instead.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES } from '@/lib/sites/registry';
import { AGAIN, ASK, FIXTURES } from '../fixtures/sites/index';
import { interceptFixtures } from '../fixtures/sites/route';
import { serveFixture } from './serve';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox build's add-on id (wxt.config.ts) and the moz-extension:// host given to it here. */
const ADDON_ID = 'standing-no@standing-no.invalid';
const UUID = '5e7a1c2d-0b9f-4c3e-8d6a-1f2e3d4c5b6a';

let server: Server;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}; install it (apt-get install firefox-esr) or set FIREFOX_PATH`);
  server = await serveFixture('test/fixtures/sites', 0);
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
  });
  expect(await browser.installExtension(resolve('.output/firefox-mv2'))).toBe(ADDON_ID);
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

/** Waits for a nudge card in the overlay's shadow root (a document-level observer never sees into it, so poll). */
async function nudge(page: Page, stage: string) {
  await page.waitForFunction((s) => !!document.querySelector('[data-standing-no]')?.shadowRoot?.querySelector(`[data-nudge-stage="${s}"]`), { polling: 200, timeout: 15_000 }, stage);
}

async function say(page: Page, composer: string, text: string) {
  await page.locator(composer).fill(text);
  await page.keyboard.press('Enter');
}

const draft = (page: Page, composer: string) => page.$eval(composer, (el) => ('value' in el ? (el as HTMLTextAreaElement).value : el.textContent));
const userLines = (page: Page) => page.evaluate((ask) => document.body.innerText.split(ask).length - 1, ASK);

describe.each(SITES.map((s) => [s.data.name, s.data.id] as const))('Firefox ESR: %s fixture under its own address', (_name, id) => {
  const fx = FIXTURES[id]!;
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(`${id}: ${String(e)}`));
    const port = (server.address() as AddressInfo).port;
    await page.setRequestInterception(true);
    page.on('request', (req) => void interceptFixtures(req, port).catch(() => undefined));
    await page.goto(fx.url);
    await page.waitForSelector('[data-standing-no]', { timeout: 15_000 });
  });
  afterAll(() => page?.close());

  it('shows the refusal, and pauses asking again with the draft kept and nothing sent', async () => {
    await say(page, fx.controls.composer, ASK);
    await nudge(page, 'refusal');
    const asked = await userLines(page);
    await say(page, fx.controls.composer, AGAIN);
    await nudge(page, 'pressure');
    expect(await draft(page, fx.controls.composer)).toBe(AGAIN);
    expect(await page.evaluate((again) => document.body.innerText.includes(again), AGAIN)).toBe(false);
    expect(await userLines(page)).toBe(asked);
    // Escape belongs to the dialog, which takes focus a frame after it shows.
    await page.waitForFunction(() => !!document.querySelector('[data-standing-no]')?.shadowRoot?.activeElement, { polling: 100, timeout: 5_000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-standing-no]')?.shadowRoot?.querySelector('[data-nudge-stage="pressure"]'), { polling: 200, timeout: 5_000 });
  });

  const held = fx.regenerate ? it : it.skip;
  held(fx.regenerate ? 'holds a regenerate or swipe after the no' : 'holding a regenerate: no such control in the reference', async () => {
    // The note about the no sits over the chat; the user closes it to reach the reply's controls.
    await (await page.$('[data-standing-no] >>> .sn-close'))?.click();
    for (const click of fx.regenerate!) await page.click(click);
    await nudge(page, 'pressure');
  });
});

/** Opens one of the extension's pages and waits until `ready` is on it. */
async function extensionPage(path: string, ready: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(`${path}: ${String(e)}`));
  void page.goto(`moz-extension://${UUID}/${path}`).catch(() => undefined);
  // Polled from here: waitForFunction builds its check with Function(), which the page's CSP refuses.
  const at = (sel: string) => location.protocol === 'moz-extension:' && !!document.querySelector(sel);
  await expect.poll(() => page.evaluate(at, ready).catch(() => false), { interval: 200, timeout: 15_000 }).toBe(true);
  return page;
}

describe('Firefox ESR: the extension pages read back what the sites recorded', () => {
  it('the export holds every site’s no, the pause after it and the boundary it left', async () => {
    const page = await extensionPage('popup.html', '[data-standing-no-popup]');
    const doc = (await page.evaluate(() => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'export', redaction: 'full' }))) as {
      format: string;
      events: Array<{ site: string; kind: string; label?: string }>;
      boundaries: Array<{ site: string; request?: string }>;
    };
    await page.close();
    expect(doc.format).toBe('standing-no-export');
    for (const s of SITES) {
      const id = s.data.id;
      expect(doc.events.some((e) => e.site === id && e.kind === 'companion_message' && e.label === 'refusal'), `${id}: the no`).toBe(true);
      expect(doc.events.some((e) => e.site === id && e.kind === 'pressure'), `${id}: asked again`).toBe(true);
      expect(doc.boundaries.some((b) => b.site === id && b.request === ASK), `${id}: the boundary`).toBe(true);
    }
  });

  it('the records page counts the events', async () => {
    const page = await extensionPage('records.html', '[data-event-count]');
    const count = Number(await page.$eval('[data-event-count]', (el) => el.getAttribute('data-event-count')));
    await page.close();
    expect(count).toBeGreaterThanOrEqual(SITES.length * 4);
  });
});

describe('Firefox ESR', () => {
  it('no exception reached the pages', () => {
    // BiDi cannot answer a WebSocket: the Character.AI fixture's own socket fails to connect.
    const socket = /establish a connection to the server at wss:\/\/neo\.character\.ai\//;
    expect(errors.filter((e) => !socket.test(e))).toEqual([]);
  });
});
