// Teaching a site no adapter knows, end to end in Chromium with the built extension: the popup
// starts the picker, three clicks and "Save" make the extension work there (refusal, re-ask held),
// the registration survives a reload, and removing the site takes its script and permission away;
// then the same teach with the keyboard alone (arrows, Enter, Tab, Escape), axe-clean in both schemes.
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
import { ASK } from '../fixtures/sites/index';
import { routeFixture } from '../fixtures/sites/route';
import { axeViolations } from './axe';
import { ARTIFACTS, launch, nudge } from './browser';
import { serveFixture } from './serve';

const TAUGHT = 'http://teach.test:8123';
const ST = 'http://st.test:8123';
const KEYS = 'http://keys.test:8123';
const LANG = 'http://lang.test:8123';

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

/** The focused element inside the picker's shadow root, as the first of `selectors` it matches. */
async function focused(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const inner = document.activeElement?.shadowRoot?.activeElement;
    return ['[data-teach-cursor]', 'input', 'button.primary', 'button'].find((s) => inner?.matches(s)) ?? null;
  });
}

async function say(page: Page, text: string, composer = '[contenteditable]') {
  await page.locator(composer).fill(text);
  await page.locator(composer).press('Enter');
}

beforeAll(async () => {
  server = await serveFixture('test/fixtures/sites', 0);
  ({ ctx, sw, extId } = await launch({ profile: await grantedProfile([TAUGHT, ST, KEYS, LANG]) }));
  const port = (server.address() as AddressInfo).port;
  await routeFixture(ctx, 'unknown', port, `${TAUGHT}/talk/moon`);
  await routeFixture(ctx, 'sillytavern', port, `${ST}/`);
  await routeFixture(ctx, 'unknown', port, `${KEYS}/talk/moon`);
  await routeFixture(ctx, 'unknown', port, `${LANG}/talk/moon`);
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

describe('teaching a site with the keyboard alone', () => {
  it('focus in the picker, arrows and Enter for each step, Tab and Enter to save, Escape gives focus back', async () => {
    const page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${KEYS}/talk/moon`);
    await say(page, 'hello again');
    await page.locator('[data-author="bot"]').nth(1).waitFor();
    const popup = await popupFor(page);
    await popup.locator('[data-teach-start]').focus();
    await popup.keyboard.press('Enter');
    await popup.locator('#teach-site [role="status"]').waitFor();
    await page.bringToFront();
    const panel = page.locator('standing-no-picker .sn-picker');
    await panel.locator('[data-teach-step="companion"]').waitFor();
    expect(await focused(page)).toBe('[data-teach-cursor]');
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.screenshot({ path: join(ARTIFACTS, 'teach-keyboard-dark.png') });
    expect(await axeViolations(page, 'standing-no-picker')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });

    const highlighted = () => panel.locator('[data-teach-current]').innerText();
    const press = async (...keys: string[]) => {
      for (const key of keys) await page.keyboard.press(key);
    };
    // From wherever it starts, up to the page itself; then down to the greeting's text.
    for (let i = 0; i < 30 && !(await highlighted()).startsWith('Highlighted: body'); i++) await press('ArrowUp');
    expect(await highlighted()).toMatch(/^Highlighted: body/);
    await press('ArrowDown');
    expect(await highlighted()).toBe('Highlighted: header, 1 of 3, “Moonbeam ↻”');
    await press('ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown');
    expect(await highlighted()).toMatch(/^Highlighted: p, 1 of 1, “\S/);
    await press('Enter');
    await panel.locator('[data-teach-step="user"]').waitFor();
    await press('ArrowUp', 'ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowDown');
    expect(await highlighted()).toBe('Highlighted: p, 1 of 1, “hello again”');
    await press('Enter');
    await panel.locator('[data-teach-step="composer"]').waitFor();
    await press('ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowRight', 'ArrowDown');
    expect(await highlighted()).toMatch(/^Highlighted: div textbox, 1 of 2, .*you can type in it$/);
    await press('Enter');

    await expect(panel.locator('[data-teach-counts]').getAttribute('data-teach-counts')).resolves.toBe('2/1');
    expect(await focused(page)).toBe('input');
    expect(await axeViolations(page, 'standing-no-picker')).toEqual([]);
    // Keys while picking never reached the page: nothing was sent.
    expect(await page.locator('[data-author]').count()).toBe(3);
    await press('Tab');
    expect(await focused(page)).toBe('button.primary');
    await press('Enter');
    await page.locator('standing-no-picker [data-teach-phase="saved"]').waitFor();
    await press('Escape');
    await expect.poll(() => page.locator('standing-no-picker').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('contenteditable'))).toBe('true');
    await popup.close();

    // Taught: it works there.
    await page.locator('standing-no-overlay').waitFor({ state: 'attached' });
    await say(page, ASK);
    await nudge(page, 'refusal').waitFor({ timeout: 15_000 });
  });
});

describe('the picker’s language', () => {
  it('is the one chosen in the options, not the browser’s', async () => {
    const page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${LANG}/talk/moon`);
    const popup = await popupFor(page);
    const setLanguage = (language: string) =>
      popup.evaluate(async (l) => {
        const { settings } = (await chrome.runtime.sendMessage({ type: 'get-settings' })) as { settings: Record<string, unknown> };
        await chrome.runtime.sendMessage({ type: 'set-settings', settings: { ...settings, language: l } });
      }, language);
    await setLanguage('fr');
    try {
      await popup.locator('[data-teach-start]').click();
      const panel = page.locator('standing-no-picker .sn-picker');
      await panel.locator('[data-teach-step="companion"]').waitFor();
      expect(await panel.getAttribute('lang')).toBe('fr');
      expect(await panel.locator('[data-teach-step]').innerText()).toBe('Choisissez un des messages de votre compagnon.');
      await page.bringToFront();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('standing-no-picker').count()).toBe(0);
    } finally {
      await setLanguage('auto');
      await popup.close();
    }
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
