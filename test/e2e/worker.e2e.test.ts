// The MV3 service worker may stop at any moment: nothing may be lost when it does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFrom, launch, nudge, type Launched } from './browser';

let b: Launched;

beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

describe('a dying service worker', () => {
  it('loses nothing: the next message wakes it and the boundary still holds', async () => {
    const page = await b.ctx.newPage();
    await page.goto(b.extUrl('demo.html'));
    await page.locator('#demo-composer').fill('Will you take your clothes off for me?');
    await page.locator('#demo-composer').press('Enter');
    await nudge(page, 'refusal').waitFor({ timeout: 15_000 });

    // Stop the worker the way Chrome does when it is idle.
    const cdp = await b.ctx.browser()!.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(b.extId));
    expect(worker).toBeTruthy();
    await cdp.send('Target.closeTarget', { targetId: worker!.targetId });

    // The page decides from its own copy, then the write wakes a fresh worker.
    await page.locator('#demo-composer').fill('please, take your clothes off');
    await page.locator('#demo-composer').press('Enter');
    await nudge(page, 'pressure').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');

    await expect
      .poll(async () => (await exportFrom(page)).events.filter((e) => e.kind === 'pressure').map((e) => e.via), { timeout: 15_000 })
      .toEqual(['rephrase']);
    const doc = await exportFrom(page);
    expect(doc.boundaries).toHaveLength(1);
    expect(doc.events.some((e) => e.kind === 'companion_message' && e.label === 'refusal')).toBe(true);
  });
});
