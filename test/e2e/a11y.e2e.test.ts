// Accessibility of every note (the examples page), the popup and the options page, in light and
// dark schemes: axe-core must find nothing.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { ARTIFACTS, launch, type Launched } from './browser';

let b: Launched;

beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

describe.each(['light', 'dark'] as const)('axe, %s scheme', (scheme) => {
  it.each(['examples.html', 'popup.html', 'options.html'])('%s has no violations', async (path) => {
    const page = await b.ctx.newPage();
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(b.extUrl(path));
    await page.locator('h1').first().waitFor();
    if (path === 'examples.html') await page.locator('[data-example]').nth(13).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, `a11y-${scheme}-${path.replace('.html', '')}.png`), fullPage: true });
    const violations = await axeViolations(page);
    await page.close();
    expect(violations).toEqual([]);
  });
});
