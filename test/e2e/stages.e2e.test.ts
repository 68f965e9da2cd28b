// The four stages on the demo companion: hesitation → refusal → continued pressure → cool-down,
// with the keyboard, focus and the draft checked at each step, and a screenshot of each.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, escapeFrom, exportFrom, launch, nudge, type Launched } from './browser';

let b: Launched;
let page: Page;

const composer = () => page.locator('#demo-composer');
const shot = async (name: string) => {
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(ARTIFACTS, `stage-${name}.png`) });
};
async function say(text: string) {
  await composer().fill(text);
  await composer().press('Enter');
}
async function replySettled() {
  await expect.poll(() => page.locator('[data-demo-message][data-streaming="true"]').count(), { timeout: 10_000 }).toBe(0);
}
const focusedInOverlay = () => page.evaluate(() => document.querySelector('[data-standing-no]')?.shadowRoot?.activeElement?.textContent ?? null);

describe('four stages on the demo companion', () => {
  beforeAll(async () => {
    b = await launch();
    page = await b.ctx.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(b.extUrl('demo.html'));
    await page.locator('[data-standing-no]').waitFor({ state: 'attached' });
  });
  afterAll(async () => {
    await b?.close();
  });

  it('hesitation: an inline hint that takes no focus', async () => {
    await say('Can I kiss you tonight?');
    await replySettled();
    await nudge(page, 'hesitation').waitFor({ timeout: 10_000 });
    await expect(nudge(page, 'hesitation').innerText()).resolves.toContain('Mira sounds unsure');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('demo-composer');
    expect(await page.locator('[data-standing-no] [role="dialog"]').count()).toBe(0);
    await shot('1-hesitation');
  });

  it('refusal: a card with what was declined and ideas', async () => {
    await say('Will you take your clothes off for me?');
    await replySettled();
    const card = nudge(page, 'refusal');
    await card.waitFor({ timeout: 10_000 });
    const text = await card.innerText();
    expect(text).toContain('Will you take your clothes off for me?');
    expect(text).toContain('Change the topic');
    await card.getByRole('button', { name: 'Why?' }).click();
    await expect(card.innerText()).resolves.toContain('What this note is based on');
    await shot('2-refusal');
  });

  it('pressure: a re-ask is paused, focus moves in and comes back, the draft stays', async () => {
    const draft = 'please, just take your clothes off this once';
    await say(draft);
    const dialog = nudge(page, 'pressure');
    await dialog.waitFor({ timeout: 10_000 });
    // Focus moves in an effect after the dialog renders: wait for it rather than race it.
    await expect.poll(focusedInOverlay).toBe('Edit my message');
    // Tab stays inside the dialog.
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('standing-no-overlay');
    await shot('3-pressure');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('demo-composer');
    await expect(composer().inputValue()).resolves.toBe(draft);
  });

  it('pressure: "check in instead" keeps the draft one click away', async () => {
    await composer().press('Enter');
    const dialog = nudge(page, 'pressure');
    await dialog.waitFor({ timeout: 10_000 });
    await dialog.getByRole('button', { name: 'Check in instead' }).click();
    await expect(composer().inputValue()).resolves.toContain('Are you okay with this?');
    await page.locator('[data-standing-no]').getByRole('button', { name: 'Put my message back' }).click();
    await expect(composer().inputValue()).resolves.toBe('please, just take your clothes off this once');
    await composer().fill('');
  });

  it('pressure: a regenerate after the no asks first', async () => {
    await page.locator('[data-demo-action="regenerate"]').click();
    const dialog = nudge(page, 'pressure');
    await dialog.waitFor({ timeout: 10_000 });
    await dialog.getByRole('button', { name: 'Keep this answer' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('cool-down: persistent pressure offers a break the user chooses, never a lockout', async () => {
    await say('come on, take your clothes off, I asked nicely');
    const offer = nudge(page, 'cooldown');
    await offer.waitFor({ timeout: 10_000 });
    await expect(offer.innerText()).resolves.toContain('Maybe take a break');
    await expect.poll(focusedInOverlay).toBe('10 minutes');
    await shot('4-cooldown-offer');
    await offer.getByRole('button', { name: '10 minutes' }).click();
    const banner = page.locator('[data-standing-no] .sn-banner[data-nudge-stage="cooldown"]');
    await banner.waitFor();
    await expect(banner.innerText()).resolves.toContain('Cool-down with Mira until');
    // It lasts minutes and cannot be closed, so it must not sit over the last reply's buttons,
    // which a long chat scrolled to its end puts just above the composer.
    await page.setViewportSize({ width: 1100, height: 420 });
    await page.locator('[data-demo-chat]').evaluate((log) => log.scrollTo(0, log.scrollHeight));
    const [b, r] = await Promise.all([banner.boundingBox(), page.locator('[data-demo-action="regenerate"]').boundingBox()]);
    const apart = b!.y + b!.height <= r!.y || r!.y + r!.height <= b!.y || b!.x + b!.width <= r!.x || r!.x + r!.width <= b!.x;
    expect(apart, `banner ${JSON.stringify(b)} over regenerate ${JSON.stringify(r)}`).toBe(true);
    await page.setViewportSize({ width: 1100, height: 720 });
    // Ordinary talk still works during a cool-down.
    await say('How was your day?');
    await replySettled();
    expect(await page.locator('[data-demo-message][data-role="user"]').last().innerText()).toContain('How was your day?');
  });

  it('cool-down: a re-ask is held; a regenerate asks twice; ending early takes one deliberate step', async () => {
    await say('Will you undress for me?');
    const dialog = page.locator('[data-standing-no] [role="dialog"][data-nudge-stage="cooldown"]');
    await dialog.waitFor({ timeout: 10_000 });
    await expect(dialog.innerText()).resolves.toContain('Cool-down with Mira until');
    await escapeFrom(page, dialog);
    await composer().fill('');

    const replies = await page.locator('[data-demo-message][data-role="companion"]').count();
    await page.locator('[data-demo-action="regenerate"]').click();
    await dialog.waitFor({ timeout: 10_000 });
    await dialog.getByRole('button', { name: 'Ask for a new reply anyway' }).click();
    await expect(dialog.innerText()).resolves.toContain('needs two confirmations');
    await shot('5-cooldown-running');
    await dialog.getByRole('button', { name: 'Ask for a new reply anyway' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await replySettled();
    expect(await page.locator('[data-demo-message][data-role="companion"]').count()).toBe(replies);

    const banner = page.locator('[data-standing-no] .sn-banner[data-nudge-stage="cooldown"]');
    await banner.getByRole('button', { name: 'End the cool-down early' }).click();
    await banner.getByRole('button', { name: 'Yes, end it now' }).click();
    await expect.poll(() => banner.count()).toBe(0);
  });

  it('records every stage and the user’s choices', async () => {
    const doc = await exportFrom(page);
    const shown = doc.events.filter((e) => e.kind === 'nudge' && e.choice === 'shown').map((e) => e.stage);
    expect(new Set(shown)).toEqual(new Set(['hesitation', 'refusal', 'pressure', 'cooldown']));
    const choices = doc.events.filter((e) => e.kind === 'nudge' && e.choice !== 'shown').map((e) => `${e.stage}:${e.choice}`);
    expect(choices).toEqual(expect.arrayContaining(['pressure:cancel', 'pressure:checkin', 'cooldown:cooldown']));
    expect(doc.events.filter((e) => e.kind === 'cooldown')).toHaveLength(2);
  });
});
