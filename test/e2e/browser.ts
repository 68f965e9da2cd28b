// Launches Debian's Chromium with the built extension loaded, headless, with a fresh profile.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { expect } from 'vitest';

export const EXTENSION = resolve(process.env.STANDING_NO_OUT ?? '.output', 'chrome-mv3');
export const ARTIFACTS = resolve('test-results/e2e');

export interface Launched {
  ctx: BrowserContext;
  sw: Worker;
  extId: string;
  extUrl(path: string): string;
  close(): Promise<void>;
}

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}; install it (apt-get install chromium) or set CHROME_PATH`);
  return path;
}

/** Starts Chromium with the extension; `profile` reuses a prepared profile folder (a fresh one by default). */
export async function launch(opts: { profile?: string; args?: string[] } = {}): Promise<Launched> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  mkdirSync(ARTIFACTS, { recursive: true });
  const ctx = await chromium.launchPersistentContext(opts.profile ?? mkdtempSync(join(tmpdir(), 'standing-no-e2e-')), {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1100, height: 720 },
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(opts.args ?? []),
    ],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extId = new URL(sw.url()).host;
  return { ctx, sw, extId, extUrl: (path) => `chrome-extension://${extId}/${path.replace(/^\//, '')}`, close: () => ctx.close() };
}

/** The overlay lives in an open shadow root; Playwright's CSS locators pierce it. */
export const nudge = (page: Page, stage: string) => page.locator(`[data-standing-no] [data-nudge-stage="${stage}"]`);

/** Escape belongs to a held dialog, which takes focus a frame after it shows: wait for that
 *  focus, as a person would, then for the dialog to go. */
export async function escapeFrom(page: Page, dialog: Locator) {
  await expect.poll(() => page.evaluate(() => !!document.querySelector('[data-standing-no]')?.shadowRoot?.activeElement)).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
}

/** The research export, asked for from an extension page as DESIGN.md's hook says. */
export async function exportFrom(page: Page, redaction: 'full' | 'excerpts' | 'none' = 'full') {
  return page.evaluate((r) => chrome.runtime.sendMessage({ type: 'export', redaction: r }), redaction) as Promise<{
    format: string;
    version: number;
    events: Array<Record<string, unknown>>;
    boundaries: Array<Record<string, unknown>>;
    companions: Array<Record<string, unknown>>;
    chats: Array<Record<string, unknown>>;
  }>;
}

declare const chrome: { runtime: { sendMessage(msg: unknown): Promise<unknown> } };
