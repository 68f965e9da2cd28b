// npm run bench:page [-- --messages N --runs R --json]
// Loads a long SillyTavern-style chat in Chromium with and without the extension, and prints the
// extension's overhead as ratios measured in the same run: scripting time, JS heap, time to settle.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, EXTENSION } from '../test/e2e/browser';
import { serveFixture } from '../test/e2e/serve';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const MESSAGES = arg('messages', 2000);
const RUNS = arg('runs', 3);
const QUIET_MS = 500;

interface Sample {
  scriptMs: number;
  heapMb: number;
  settleMs: number;
}

async function sample(withExtension: boolean): Promise<Sample> {
  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`);
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'standing-no-bench-')), { executablePath: chromiumPath(), headless: true, args });
  try {
    if (withExtension) ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    // The page notes when it last saw a long task, so "settled" means QUIET_MS without one.
    await page.addInitScript(() => {
      (window as unknown as { lastBusy: number }).lastBusy = performance.now();
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as unknown as { lastBusy: number }).lastBusy = e.startTime + e.duration;
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`http://127.0.0.1:8000/?seed=${MESSAGES}`);
    await page.waitForFunction((n) => document.querySelectorAll('#chat > .mes').length >= n, MESSAGES);
    if (withExtension) await page.locator('[data-standing-no]').waitFor({ state: 'attached' });
    const settleMs = await page.waitForFunction(
      (quiet) => {
        const w = window as unknown as { lastBusy: number };
        return performance.now() - w.lastBusy > quiet ? w.lastBusy : false;
      },
      QUIET_MS,
      { polling: 100, timeout: 60_000 },
    );
    // Heap after a collection: what stays, not garbage that has not been swept yet.
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const m = (name: string) => metrics.metrics.find((x) => x.name === name)?.value ?? 0;
    return { scriptMs: m('ScriptDuration') * 1000, heapMb: m('JSHeapUsedSize') / 2 ** 20, settleMs: (await settleMs.jsonValue()) as number };
  } finally {
    await ctx.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 100) / 100;

async function main() {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const server = await serveFixture('test/fixtures/sites/sillytavern', 8000);
  try {
    const base: Sample[] = [];
    const ext: Sample[] = [];
    // Interleaved, so a slow moment of the machine hits both sides alike.
    for (let i = 0; i < RUNS; i++) {
      base.push(await sample(false));
      ext.push(await sample(true));
    }
    const summary = (xs: Sample[]) => ({ script_ms: round(median(xs.map((x) => x.scriptMs))), heap_mb: round(median(xs.map((x) => x.heapMb))), settle_ms: round(median(xs.map((x) => x.settleMs))) });
    const without = summary(base);
    const withExt = summary(ext);
    const result = {
      messages: MESSAGES,
      runs: RUNS,
      without_extension: without,
      with_extension: withExt,
      ratios: { script: round(withExt.script_ms / without.script_ms), heap: round(withExt.heap_mb / without.heap_mb), settle: round(withExt.settle_ms / without.settle_ms) },
    };
    if (!process.argv.includes('--json')) {
      console.log(`${MESSAGES} messages, median of ${RUNS} runs`);
      console.log(`scripting  ${without.script_ms} ms → ${withExt.script_ms} ms (×${result.ratios.script})`);
      console.log(`JS heap    ${without.heap_mb} MB → ${withExt.heap_mb} MB (×${result.ratios.heap})`);
      console.log(`settled at ${without.settle_ms} ms → ${withExt.settle_ms} ms (×${result.ratios.settle})`);
    }
    console.log(JSON.stringify(result));
  } finally {
    await new Promise((r) => server.close(r));
  }
}

main().catch((e) => {
  console.error(`bench:page: ${(e as Error).message}`);
  process.exit(1);
});
