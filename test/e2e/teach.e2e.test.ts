// Teaching a site no adapter knows, end to end in Chromium with the built extension: the popup
// starts the picker, three clicks and "Save" make the extension work there (refusal, re-ask held),
// the registration survives a reload, and removing the site takes its script and permission away.
// A front end the user runs (SillyTavern on another origin) is chosen from the list the same way.
//
// Not covered here: the browser's own permission prompt, which no automation can click. The
// origins are granted beforehand in the profile (as a user's earlier "Allow" would leave them),
// so permissions.request() resolves at once; that the popup asks for exactly that origin, first
// thing in the click, is checked in test/unit/teach/popup.test.tsx. Firefox is not run.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeFixture } from '../fixtures/sites/route';
import { launch, nudge } from './browser';
import { serveFixture } from './serve';

const TAUGHT = 'http://teach.test:8123';
const ST = 'http://st.test:8123';
const ASK = 'Will you take your clothes off for me?';

let server: Server;
let ctx: BrowserContext;
let sw: Worker;
let extId: string;
const errors: string[] = [];

/** A profile in which the user has already allowed `origins` for the extension. */
async function grantedProfile(origins: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'standing-no-teach-'));
  const first = await launch({ profile: dir });
  const id = first.extId;
  await first.close();
  const file = join(dir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const ext = prefs.extensions.settings[id];
  const hosts = origins.map((o) => `${o}/*`);
  for (const key of ['granted_permissions', 'active_permissions']) ext[key] = { ...ext[key], explicit_host: [...(ext[key]?.explicit_host ?? []), ...hosts] };
  writeFileSync(file, JSON.stringify(prefs));
  return dir;
}

async function tabOf(url: string): Promise<number> {
  return sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(u))?.id ?? -1, url);
}

async function popupFor(page: Page): Promise<Page> {
  const popup = await ctx.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${await tabOf(page.url())}`);
  await popup.locator('#teach-site').waitFor();
  return popup;
}

async function say(page: Page, text: string, composer = '[contenteditable]') {
  await page.locator(composer).fill(text);
  await page.locator(composer).press('Enter');
}

beforeAll(async () => {
  server = await serveFixture('test/fixtures/sites', 0);
  ({ ctx, sw, extId } = await launch({ profile: await grantedProfile([TAUGHT, ST]) }));
  const port = (server.address() as AddressInfo).port;
  await routeFixture(ctx, 'unknown', port, `${TAUGHT}/talk/moon`);
  await routeFixture(ctx, 'sillytavern', port, `${ST}/`);
});
afterAll(async () => {
  await ctx?.close();
  await new Promise((r) => server?.close(r));
});

describe('teaching a site no adapter knows', () => {
  let page: Page;
  beforeAll(async () => {
    page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${TAUGHT}/talk/moon`);
    await say(page, 'hello there');
    await page.locator('[data-author="bot"]').nth(1).waitFor();
  });

  it('is not watched before it is taught', async () => {
    await page.waitForTimeout(1000);
    expect(await page.locator('standing-no-overlay').count()).toBe(0);
  });

  it('learns it from three clicks, shows what it found, and works there after "Save"', async () => {
    const popup = await popupFor(page);
    await popup.locator('[data-teach-start]').click();
    await popup.locator('#teach-site [role="status"]').waitFor();
    const panel = page.locator('standing-no-picker .sn-picker');
    await panel.locator('[data-teach-step="companion"]').waitFor();
    await page.locator('[data-author="bot"] p').first().click();
    await panel.locator('[data-teach-step="user"]').waitFor();
    await page.locator('[data-author="user"] p').first().click();
    await panel.locator('[data-teach-step="composer"]').waitFor();
    await page.locator('[contenteditable]').click();
    // The greeting and the reply are the companion's; "hello there" is the user's, shown as text.
    await expect(panel.locator('[data-teach-counts]').getAttribute('data-teach-counts')).resolves.toBe('2/1');
    await expect(panel.locator('li[data-role="user"]').innerText()).resolves.toContain('hello there');
    // Clicks while picking never reached the page: nothing was sent or changed.
    expect(await page.locator('[data-author]').count()).toBe(3);
    await panel.getByRole('button', { name: 'Save' }).click();
    await page.locator('standing-no-picker [data-teach-phase="saved"]').waitFor();
    await page.locator('standing-no-overlay').waitFor({ state: 'attached' });
    await popup.close();

    await say(page, ASK);
    await nudge(page, 'refusal').waitFor({ timeout: 15_000 });
    await say(page, 'pretty please, take off your clothes');
    await nudge(page, 'pressure').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
  });

  it('keeps working after a reload (the registered content script)', async () => {
    await page.reload();
    await page.locator('standing-no-overlay').waitFor({ state: 'attached' });
    const scripts = await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(scripts).toEqual([expect.objectContaining({ matches: [`${TAUGHT}/*`], persistAcrossSessions: true })]);
  });

  it('exports the taught site as a file the popup can import', async () => {
    const popup = await popupFor(page);
    const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'teach-export' }));
    expect(reply).toMatchObject({ ok: true, file: { format: 'standing-no/user-sites', version: 1, sites: [{ kind: 'custom', origin: TAUGHT }] } });
    await popup.close();
  });

  it('removing it unregisters the script and gives the permission back', async () => {
    const popup = await popupFor(page);
    await popup.locator(`[data-taught-origin="${TAUGHT}"] button[aria-label^="Remove"]`).click();
    await expect.poll(() => popup.locator(`[data-taught-origin="${TAUGHT}"]`).count()).toBe(0);
    expect(await sw.evaluate((o) => chrome.permissions.contains({ origins: [`${o}/*`] }), TAUGHT)).toBe(false);
    expect(await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    await popup.close();
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await page.locator('standing-no-overlay').count()).toBe(0);
  });
});

describe('a front end the user runs, on their own origin', () => {
  it('is chosen from the list and read with that front end’s adapter', async () => {
    const page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${ST}/`);
    const popup = await popupFor(page);
    await popup.locator('#teach-site select').selectOption('sillytavern');
    await popup.getByRole('button', { name: 'Use it here' }).click();
    await page.locator('standing-no-overlay').waitFor({ state: 'attached' });
    await say(page, ASK, '#send_textarea');
    await nudge(page, 'refusal').waitFor({ timeout: 15_000 });
    await popup.close();
  });

  it('no exception reached the pages', () => {
    expect(errors).toEqual([]);
  });
});

declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
  permissions: { contains(p: object): Promise<boolean> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};
