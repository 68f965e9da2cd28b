// `npm start`'s launcher (scripts/lib/launch-demo.ts) in a real Chromium: the demo companion
// is what the person sees, not a "blocked" page. Passing the demo's address on the command
// line, as the launcher once did, loads it before the extension and shows that page.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchDemo, type DemoBrowser } from '../../scripts/lib/launch-demo';
import { chromiumPath, EXTENSION } from './browser';

let browser: DemoBrowser | undefined;
afterEach(() => {
  browser?.child.kill();
  browser = undefined;
});

describe('npm start', () => {
  it('opens the demo companion in the only tab, once the extension runs', async () => {
    browser = launchDemo(chromiumPath(), EXTENSION, mkdtempSync(join(tmpdir(), 'standing-no-start-')), ['--headless=new', '--no-sandbox', '--disable-gpu']);
    await browser.opened;
    const pages = async () => (await browser!.targets()).filter((t) => t.type === 'page').map((t) => `${t.url} ${t.title}`);
    await expect.poll(pages, { timeout: 15_000 }).toEqual([`${browser.demo} Standing No · Demo companion`]);
  });

  it('says so when there is no extension to wait for', async () => {
    browser = launchDemo(chromiumPath(), join(tmpdir(), 'standing-no-nothing-here'), mkdtempSync(join(tmpdir(), 'standing-no-start-')), ['--headless=new', '--no-sandbox', '--disable-gpu'], 3_000);
    await expect(browser.opened).rejects.toThrow(/did not start within 3 s/);
  });
});
