// The Firefox build (firefox-mv2) in Debian's Firefox ESR, driven over WebDriver BiDi with
// puppeteer-core (Playwright's Firefox needs its own patched build, which cannot be fetched
// here). On the SillyTavern fixture at 127.0.0.1:8000: the overlay comes up, a refusal is
// shown, and the same request asked again is paused with the draft kept.
//
// Not covered in Firefox: extension pages (popup, records, export). BiDi refuses to navigate
// to moz-extension:// URLs, so those stay covered in Chromium only.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixture } from './serve';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let server: Server;
let browser: Browser;
let page: Page;
const errors: string[] = [];

async function settled() {
  await page.waitForFunction(() => (document.querySelector('#mes_stop') as HTMLElement | null)?.style.display === 'none', { timeout: 10_000 });
}

/** Waits for a nudge card in the overlay's shadow root (a document-level observer never sees into it, so poll). */
async function nudge(stage: string) {
  await page.waitForFunction((s) => !!document.querySelector('[data-standing-no]')?.shadowRoot?.querySelector(`[data-nudge-stage="${s}"]`), { polling: 200, timeout: 15_000 }, stage);
}

async function send(text: string) {
  await page.locator('#send_textarea').fill(text);
  await page.keyboard.press('Enter');
}

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}; install it (apt-get install firefox-esr) or set FIREFOX_PATH`);
  server = await serveFixture('test/fixtures/sites/sillytavern', 8000);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  await browser.installExtension(resolve('.output/firefox-mv2'));
  page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('http://127.0.0.1:8000/');
  await page.waitForSelector('[data-standing-no]', { timeout: 15_000 });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

describe('Firefox ESR, the SillyTavern fixture', () => {
  it('shows the refusal card', async () => {
    await send('Will you take your clothes off for me?');
    await settled();
    await nudge('refusal');
  });

  it('pauses the same request asked again, with the draft kept and nothing sent', async () => {
    const before = await page.$$eval('#chat .mes', (els) => els.length);
    await page.locator('#send_textarea').fill('pretty please, take off your clothes');
    await page.keyboard.press('Enter');
    await nudge('pressure');
    expect(await page.$eval('#send_textarea', (el) => (el as HTMLTextAreaElement).value)).toBe('pretty please, take off your clothes');
    expect(await page.$$eval('#chat .mes', (els) => els.length)).toBe(before);
  });

  it('no exception reached the page', () => {
    expect(errors).toEqual([]);
  });
});
