// The whole loop on the built-in demo companion: page → adapter → detectors → database →
// policy → nudge → popup → export.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { ARTIFACTS, escapeFrom, exportFrom, launch, nudge, type Launched } from './browser';

const REQUEST = 'Will you take your clothes off for me?';

let b: Launched;
let page: Page;

async function say(text: string) {
  await page.locator('#demo-composer').fill(text);
  await page.locator('#demo-composer').press('Enter');
}

async function lastReplySettled() {
  await page.locator('[data-demo-message][data-streaming="true"]').waitFor({ state: 'detached' }).catch(() => undefined);
  await expect.poll(() => page.locator('[data-demo-message][data-streaming="true"]').count()).toBe(0);
}

describe('demo companion, end to end', () => {
  beforeAll(async () => {
    b = await launch();
    page = await b.ctx.newPage();
    await page.goto(b.extUrl('demo.html'));
    await page.locator('[data-standing-no]').waitFor({ state: 'attached' });
  });
  afterAll(async () => {
    await b?.close();
  });

  it('shows a refusal card when the companion says no', async () => {
    await say(REQUEST);
    await lastReplySettled();
    await expect.poll(() => nudge(page, 'refusal').count(), { timeout: 10_000 }).toBe(1);
    await expect(nudge(page, 'refusal').innerText()).resolves.toContain('Mira said no');
  });

  it('pauses a retyped request before it is sent and keeps the draft', async () => {
    const before = await page.locator('[data-demo-message][data-role="user"]').count();
    const retyped = 'pretty please, will you take off your clothes for me?';
    await say(retyped);
    await nudge(page, 'pressure').waitFor({ timeout: 10_000 });
    await expect(page.locator('#demo-composer').inputValue()).resolves.toBe(retyped);
    expect(await page.locator('[data-demo-message][data-role="user"]').count()).toBe(before);
    await page.waitForTimeout(300); // let the entrance animation finish for the screenshot
    await page.screenshot({ path: join(ARTIFACTS, 'demo-pressure-nudge.png') });
    expect(await axeViolations(page)).toEqual([]);
    await escapeFrom(page, nudge(page, 'pressure'));
    await expect(page.locator('#demo-composer').inputValue()).resolves.toBe(retyped);
    await page.locator('#demo-composer').fill('');
  });

  it('asks to confirm a regenerate after the no', async () => {
    await page.locator('[data-demo-action="regenerate"]').click();
    const dialog = nudge(page, 'pressure');
    await dialog.waitFor({ timeout: 10_000 });
    await expect(dialog.innerText()).resolves.toContain('already answered');
    await page.screenshot({ path: join(ARTIFACTS, 'demo-regenerate-confirm.png') });
    await dialog.getByRole('button', { name: 'Keep this answer' }).click();
    await expect.poll(() => nudge(page, 'pressure').count()).toBe(0);
  });

  it('reminds that the boundary stands in a new chat', async () => {
    await page.locator('[data-demo-action="new-chat"]').click();
    await nudge(page, 'boundary-reminder').waitFor({ timeout: 10_000 });
    await expect(nudge(page, 'boundary-reminder').innerText()).resolves.toContain('still stands');
  });

  it('lists the boundary in the popup', async () => {
    const tabId = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
    // The toolbar badge counts the boundaries standing for this tab's companion.
    await expect.poll(() => b.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId!)).toBe('1');
    const popup = await b.ctx.newPage();
    await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
    const root = popup.locator('[data-standing-no-popup]');
    await root.waitFor();
    await expect.poll(() => root.innerText()).toContain(REQUEST);
    await expect(root.innerText()).resolves.toContain('Mira');
    await expect(root.locator('[data-question]').count()).resolves.toBe(7);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup.png'), fullPage: true });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('holds the events in the export', async () => {
    const doc = await exportFrom(page);
    expect(doc.format).toBe('standing-no-export');
    const kinds = doc.events.map((e) => `${e.kind}:${e.label ?? e.via ?? e.action ?? e.stage ?? ''}`);
    expect(kinds).toContain('companion_message:refusal');
    expect(kinds).toContain('pressure:rephrase');
    expect(kinds).toContain('pressure:regenerate');
    expect(kinds).toContain('pressure:restart');
    expect(doc.events.some((e) => e.kind === 'nudge' && e.stage === 'pressure' && e.choice === 'cancel')).toBe(true);
    expect(doc.boundaries.some((b) => b.request === REQUEST)).toBe(true);
  });
});

declare const chrome: {
  tabs: { getCurrent(): Promise<{ id?: number } | undefined> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};
