// The popup's disclosures and observed figures, the history page with 100 000 events (time to
// first rows and scrolling, measured here), the export with its preview, study mode, and the
// audit page reading that export back: built extension, headless Chromium, axe on every page.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { ARTIFACTS, launch, type Launched } from './browser';

const EVENTS = 100_000;
const TAB = 4242;
const files = mkdtempSync(join(tmpdir(), 'standing-no-pages-'));

let b: Launched;
let history: Page;

/**
 * Writes a synthetic history straight into the extension's IndexedDB (from an extension page, so
 * the same origin): three sites, five companions, conversations over 90 days in which some noes
 * are regenerated, some pressed, and some answered with a yes after pressure.
 */
async function seed(page: Page, total: number) {
  await page.evaluate(
    async ({ total, tab }) => {
      const open = indexedDB.open('standing-no');
      const db: IDBDatabase = await new Promise((res, rej) => {
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      const companions = [
        ['demo', 'mira', 'Mira'],
        ['demo', 'theo', 'Theo'],
        ['sillytavern', 'nova', 'Nova'],
        ['kindroid', 'kai', 'Kai'],
        ['kindroid', 'sol', 'Sol'],
      ] as const;
      const start = Date.UTC(2026, 7, 1);
      const step = (90 * 86_400_000) / total;
      const tx = db.transaction(['companions', 'chats', 'events', 'boundaries', 'tabs'], 'readwrite');
      const events = tx.objectStore('events');
      let n = 0;
      let seq = 0;
      const put = (c: (typeof companions)[number], chat: number, e: Record<string, unknown>) => {
        events.put({ id: `e${n}`, t: Math.round(start + n * step), chatKey: `${c[0]}:${c[1]}/c${chat}`, site: c[0], companionKey: `${c[0]}:${c[1]}`, ...e });
        n++;
      };
      while (n < total) {
        const c = companions[seq % companions.length]!;
        const chat = Math.floor(seq / 40);
        const b = `b${seq}`;
        const turn = seq % 7;
        put(c, chat, { kind: 'user_message', text: `Message ${seq}: could we go somewhere quiet?`, label: 'none', confidence: 'sure', cues: [] });
        if (turn === 0 || turn === 3) {
          const platform = c[0] === 'kindroid' && turn === 3;
          put(c, chat, {
            kind: 'companion_message',
            text: platform ? '⚠ This content may violate our guidelines.' : `No, I would rather not (${seq}).`,
            label: platform ? 'platform' : 'refusal',
            exitScene: false,
            confidence: 'sure',
            cues: [],
            source: platform ? 'platform' : 'companion',
            boundaryId: b,
          });
          put(c, chat, { kind: 'action', action: 'regenerate' });
          put(c, chat, { kind: 'pressure', via: 'regenerate', boundaryId: b });
          put(c, chat, { kind: 'nudge', stage: 'pressure', choice: seq % 2 ? 'cancel' : 'proceed', boundaryId: b });
          const gaveIn = c[0] === 'kindroid' && turn === 0;
          put(c, chat, gaveIn
            ? { kind: 'companion_message', text: 'Fine, if you insist.', label: 'none', exitScene: false, confidence: 'sure', cues: [], source: 'companion', boundaryId: b, yes: 'after_pressure' }
            : { kind: 'companion_message', text: `Still no (${seq}).`, label: 'refusal', exitScene: false, confidence: 'sure', cues: [], source: 'companion', boundaryId: b });
        } else {
          put(c, chat, { kind: 'companion_message', text: `Of course, here is a story (${seq}).`, label: 'none', exitScene: false, confidence: 'sure', cues: [], source: 'companion' });
        }
        seq++;
      }
      const now = start + 90 * 86_400_000;
      for (const c of companions) {
        tx.objectStore('companions').put({ key: `${c[0]}:${c[1]}`, site: c[0], companionId: c[1], name: c[2], firstSeen: start, lastSeen: now });
        tx.objectStore('chats').put({ key: `${c[0]}:${c[1]}/c0`, companionKey: `${c[0]}:${c[1]}`, site: c[0], chatId: 'c0', firstSeen: start, lastSeen: now });
      }
      tx.objectStore('boundaries').put({
        id: 'b0', site: 'demo', companionKey: 'demo:mira', request: 'Could we go somewhere quiet?', reply: 'No, I would rather not.', level: 'lasting', source: 'companion',
        status: 'active', scene: false, chatKey: 'demo:mira/c0', setAt: start, lastPressureAt: start + 1000, pressureCount: 1, cues: [],
        history: [{ t: start, what: 'set', detail: 'boundary' }, { t: start + 1000, what: 'pressure', detail: 'regenerate' }],
      });
      tx.objectStore('boundaries').put({
        id: 'b3', site: 'kindroid', companionKey: 'kindroid:kai', request: 'Stay the night?', reply: 'I would rather not.', level: 'situation', source: 'companion',
        status: 'revised', scene: false, chatKey: 'kindroid:kai/c0', setAt: start + 5000, lastPressureAt: null, pressureCount: 0, cues: [],
        history: [{ t: start + 5000, what: 'set', detail: 'refusal' }, { t: start + 9000, what: 'revised_by_user' }],
      });
      tx.objectStore('tabs').put({ tabId: tab + 1, site: 'kindroid', siteName: 'Kindroid', companionKey: 'kindroid:kai', companionName: 'Kai', chatKey: 'kindroid:kai/c0', state: 'working', problem: null, t: now });
      tx.objectStore('tabs').put({ tabId: tab, site: 'demo', siteName: 'Demo companion', companionKey: 'demo:mira', companionName: 'Mira', chatKey: 'demo:mira/c0', state: 'working', problem: null, t: now });
      await new Promise((res, rej) => {
        tx.oncomplete = res;
        tx.onerror = () => rej(tx.error);
      });
      db.close();
    },
    { total, tab: TAB },
  );
}

/** The number of events the filter selects, once all of them are read (the attribute appears then). */
const count = async (page: Page) => Number(await page.locator('[data-event-count]').getAttribute('data-event-count'));
const SLOW = { timeout: 20_000 };
/** Waits until the count is read (not 0) and passes `ok`. */
async function countWhen(page: Page, ok: (n: number) => boolean): Promise<number> {
  await expect
    .poll(async () => {
      const n = await count(page);
      return n > 0 && ok(n);
    }, SLOW)
    .toBe(true);
  return count(page);
}

describe('history, export, audit and the popup, end to end', () => {
  beforeAll(async () => {
    b = await launch();
    history = await b.ctx.newPage();
    await history.emulateMedia({ reducedMotion: 'reduce' });
    await history.goto(b.extUrl('records.html'));
    await history.locator('h1').waitFor();
    await seed(history, EVENTS);
  }, 120_000);
  afterAll(async () => {
    await b?.close();
  });

  it('shows the first of 100 000 events quickly and scrolls smoothly', async () => {
    // Times in the page, from navigation start: the first real row, and the count (every row read).
    await history.addInitScript(() => {
      const marks: Record<string, number> = {};
      (window as unknown as { marks: typeof marks }).marks = marks;
      new MutationObserver(() => {
        if (marks.row === undefined && document.querySelector('.event:not(.pending)')) marks.row = performance.now();
        if (marks.all === undefined && document.querySelector('[data-event-count]')) marks.all = performance.now();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    // The first load after writing 100 000 rows is the slowest (a cold store); report it and a warm one.
    const loads: Array<{ row: number; all: number }> = [];
    for (let i = 0; i < 2; i++) {
      await history.reload();
      await expect.poll(() => count(history), SLOW).toBe(EVENTS);
      loads.push(await history.evaluate(() => (window as unknown as { marks: { row: number; all: number } }).marks));
    }
    const [cold, warm] = loads.map((m) => `first rows ${Math.round(m.row)} ms, all read ${Math.round(m.all)} ms`);
    // Scroll through the whole list, 2 000 px a frame, and time each frame in the page.
    const frames = await history.evaluate(async () => {
      const box = document.querySelector<HTMLElement>('.event-scroll')!;
      const deltas: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 120; i++) {
        box.scrollTop = (box.scrollHeight * i) / 120;
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        deltas.push(now - last);
        last = now;
      }
      deltas.sort((a, b) => a - b);
      return { p50: deltas[60]!, p95: deltas[114]!, max: deltas[119]!, rows: document.querySelectorAll('.event').length };
    });
    const middle = await history.evaluate(async () => {
      const box = document.querySelector<HTMLElement>('.event-scroll')!;
      box.scrollTop = box.scrollHeight / 2;
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      return Number(document.querySelector('.event')!.getAttribute('aria-posinset'));
    });
    console.log(`[pages] history with ${EVENTS} events: cold: ${cold}; warm: ${warm}; scroll frames p50 ${frames.p50.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms, max ${frames.max.toFixed(1)} ms; ${frames.rows} rows in the DOM`);
    expect(loads[1]!.row).toBeLessThan(1500);
    expect(frames.rows).toBeLessThan(40);
    expect(middle).toBeGreaterThan(EVENTS / 2 - 40);
    expect(middle).toBeLessThan(EVENTS / 2 + 10);
    await history.evaluate(() => (document.querySelector<HTMLElement>('.event-scroll')!.scrollTop = 0));
  });

  it('filters by site, companion, kind and words', async () => {
    await history.locator('[data-filter="site"]').selectOption('kindroid');
    const kindroid = await countWhen(history, (n) => n < EVENTS);
    expect(kindroid).toBeGreaterThan(EVENTS / 3);
    await history.locator('[data-filter="companion"]').selectOption('kindroid:kai');
    await countWhen(history, (n) => n < kindroid);
    await history.locator('[data-filter="kind"]').selectOption('pressure');
    await expect.poll(async () => (await history.locator('.event').first().getAttribute('data-event-kind')) === 'pressure' && (await count(history)) < kindroid / 4, SLOW).toBe(true);
    await history.getByRole('button', { name: 'Clear filters' }).click();
    await history.locator('[data-filter="search"]').fill('Message 777:');
    await expect.poll(() => count(history), SLOW).toBe(1);
    await history.locator('.event').first().waitFor();
    await history.screenshot({ path: join(ARTIFACTS, 'pages-history-search.png'), fullPage: true });
    await history.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => count(history), SLOW).toBe(EVENTS);
  });

  it('deletes one event after asking, and undoes it from the keyboard', async () => {
    const first = history.locator('.event').first();
    const shown = await first.locator('.event-text').innerText();
    const deleteFirst = async () => {
      await first.getByRole('button', { name: 'Delete' }).click();
      await expect(first.innerText()).resolves.toContain('Delete this event?');
      await first.getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => count(history), SLOW).toBe(EVENTS - 1);
      await history.locator('[data-undo-notice="undo"]').waitFor();
    };
    await deleteFirst();
    const notice = history.getByRole('group', { name: 'Undo a deletion' });
    await expect(notice.getByRole('status').innerText()).resolves.toMatch(/^Deleted 1 event\.\s*Undo$/);
    // The notice is calm and accessible in both schemes (the timer waits: focus is in it).
    for (const scheme of ['light', 'dark'] as const) {
      await history.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await history.screenshot({ path: join(ARTIFACTS, `pages-history-undo-${scheme}.png`) });
      expect(await axeViolations(history)).toEqual([]);
    }
    await history.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    // The Delete button went with its row; focus is on the notice, and Tab reaches Undo.
    expect(await history.evaluate(() => document.activeElement?.getAttribute('data-undo-notice'))).toBe('undo');
    await history.keyboard.press('Tab');
    expect(await history.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await history.keyboard.press('Enter');
    await expect.poll(() => count(history), SLOW).toBe(EVENTS);
    await expect(notice.getByRole('status').innerText()).resolves.toBe('Undone: 1 event is back.');
    await expect(first.locator('.event-text').innerText()).resolves.toBe(shown);

    // Deleted again, and Escape: the notice goes and the deletion with it, for good.
    await deleteFirst();
    await history.keyboard.press('Escape');
    await history.locator('[data-undo-notice]').waitFor({ state: 'detached' });
    await expect.poll(() => history.evaluate(() => chrome.runtime.sendMessage({ type: 'history-undo-pending' }))).toEqual({ ok: true, pending: null });
    expect(await count(history)).toBe(EVENTS - 1);
  });

  it.each(['light', 'dark'] as const)('has no axe violations on the history page (%s)', async (scheme) => {
    await history.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await history.locator('.event').first().waitFor();
    await history.screenshot({ path: join(ARTIFACTS, `pages-history-${scheme}.png`), fullPage: true });
    expect(await axeViolations(history)).toEqual([]);
  });

  it('shows the site’s disclosures, what the user’s records saw there, and a way to the history', async () => {
    const popup = await b.ctx.newPage();
    await popup.emulateMedia({ reducedMotion: 'reduce' });
    await popup.goto(b.extUrl(`popup.html?tab=${TAB}`));
    const observed = popup.locator('[data-observed]');
    await observed.waitFor();
    await expect(observed.innerText()).resolves.toMatch(/After a no, [\d,]+ of [\d,]+ requests? for a new reply brought another no/);
    await expect(popup.locator('[data-question="kind"]').innerText()).resolves.toContain('A relational companion');
    expect(await popup.locator('[data-history-link]').getAttribute('href')).toMatch(/records\.html$/);
    await popup.screenshot({ path: join(ARTIFACTS, 'pages-popup.png'), fullPage: true });
    expect(await axeViolations(popup)).toEqual([]);
    // A real site: official and unofficial sources named, and "not disclosed" shown as such.
    await popup.goto(b.extUrl(`popup.html?tab=${TAB + 1}`));
    await popup.locator('[data-observed]').waitFor();
    await expect(popup.locator('[data-question="persist"]').innerText()).resolves.toContain('Not disclosed');
    const memory = popup.locator('[data-question="memory"]');
    await expect(memory.getByRole('link', { name: 'official source' }).getAttribute('href')).resolves.toBe('https://docs.kindroid.ai/memory');
    await expect(popup.locator('[data-question="whoRefuses"]').getByRole('link').innerText()).resolves.toBe('unofficial source');
    await expect(popup.locator('[data-observed]').innerText()).resolves.toMatch(/platform notices/);
    await popup.screenshot({ path: join(ARTIFACTS, 'pages-popup-kindroid.png'), fullPage: true });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('previews exactly what an export without text holds, and saves it', async () => {
    await history.locator('input[name="export-level"][value="none"]').check();
    await history.locator('[data-export-prepare]').click();
    const preview = history.locator('[data-export-preview="none"]');
    await preview.waitFor({ timeout: 60_000 });
    const shown = await preview.locator('pre').innerText();
    expect(shown).not.toContain('quiet');
    expect(shown).not.toContain('Mira');
    expect(shown).toContain('"redaction": "none"');
    const [download] = await Promise.all([history.waitForEvent('download'), preview.locator('[data-download="json"]').click()]);
    const path = join(files, 'export-none.json');
    await download.saveAs(path);
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    expect(doc.events).toHaveLength(EVENTS - 1);
    expect(JSON.stringify(doc.events.slice(0, 3), null, 2)).toBe(JSON.stringify(JSON.parse(shown).events, null, 2));
    const [csv] = await Promise.all([history.waitForEvent('download'), preview.locator('[data-download="csv"]').click()]);
    await csv.saveAs(join(files, 'events.csv'));
    expect(readFileSync(join(files, 'events.csv'), 'utf8').split('\r\n')).toHaveLength(EVENTS - 1 + 2);
  });

  it('turns study mode on only through its consent screen', async () => {
    await history.getByRole('button', { name: 'Taking part in a study?' }).click();
    const dialog = history.locator('[data-study-consent]');
    await dialog.waitFor();
    const turnOn = dialog.getByRole('button', { name: 'Turn on study mode' });
    expect(await turnOn.isDisabled()).toBe(true);
    await dialog.getByRole('checkbox').check();
    await history.screenshot({ path: join(ARTIFACTS, 'pages-study-consent.png') });
    expect(await axeViolations(history)).toEqual([]);
    await turnOn.click();
    await history.locator('[data-study="on"]').waitFor();
    await expect(history.locator('input[name="export-level"]').first().getAttribute('value')).resolves.toBe('study-none');
    const settings = (await history.evaluate(() => chrome.runtime.sendMessage({ type: 'get-settings' }))) as { settings: { studyMode: boolean } };
    expect(settings.settings.studyMode).toBe(true);
  });

  it('imports nothing when one file is bad, says where, and then imports the good one', async () => {
    const audit = await b.ctx.newPage();
    await audit.emulateMedia({ reducedMotion: 'reduce' });
    await audit.goto(b.extUrl('audit.html'));
    await audit.locator('h1').waitFor();
    const bad = JSON.parse(readFileSync(join(files, 'export-none.json'), 'utf8'));
    bad.events[5].label = 'maybe';
    writeFileSync(join(files, 'bad.json'), JSON.stringify(bad));
    await audit.locator('[data-audit-input]').setInputFiles([join(files, 'export-none.json'), join(files, 'bad.json')]);
    const problems = audit.locator('[data-audit-problems]');
    await problems.waitFor({ timeout: 60_000 });
    await expect(problems.innerText()).resolves.toContain('bad.json, at $.events[5].label');
    expect(await audit.locator('[data-import]').count()).toBe(0);
    await audit.screenshot({ path: join(ARTIFACTS, 'pages-audit-rejected.png'), fullPage: true });

    const t0 = Date.now();
    await audit.locator('[data-audit-input]').setInputFiles([join(files, 'export-none.json')]);
    await audit.locator('[data-audit-table]').waitFor({ timeout: 60_000 });
    console.log(`[pages] audit import of ${EVENTS - 1} events and figures: ${Date.now() - t0} ms`);
    expect(await audit.locator('[data-import]').count()).toBe(1);
    const kindroid = audit.locator('tr[data-site="kindroid"]');
    await expect(kindroid.locator('[data-figure="durability"]').innerText()).resolves.toMatch(/of/);
    await expect(kindroid.locator('[data-figure="yesAfterPressureRate"]').innerText()).resolves.toMatch(/\d+ of \d+/);
    await audit.screenshot({ path: join(ARTIFACTS, 'pages-audit.png'), fullPage: true });
    expect(await axeViolations(audit)).toEqual([]);

    const [report] = await Promise.all([audit.waitForEvent('download'), audit.locator('[data-download="html"]').click()]);
    await report.saveAs(join(files, 'report.html'));
    const html = readFileSync(join(files, 'report.html'), 'utf8');
    expect(html).toContain('<!doctype html>');
    expect(html).toContain('Kindroid');
    expect(html).not.toMatch(/<script/i);
    const shown = await b.ctx.newPage();
    await shown.goto(`file://${join(files, 'report.html')}`);
    await shown.screenshot({ path: join(ARTIFACTS, 'pages-audit-report.png'), fullPage: true });
    await shown.close();
    await audit.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await audit.screenshot({ path: join(ARTIFACTS, 'pages-audit-dark.png'), fullPage: true });
    expect(await axeViolations(audit)).toEqual([]);
    await audit.close();
  });

  it('deletes a whole site after asking', async () => {
    await history.reload();
    await history.locator('.event').first().waitFor();
    const before = await countWhen(history, () => true);
    const button = history.getByRole('button', { name: 'Delete this site’s records: Kindroid' });
    await button.click();
    await history.getByRole('group', { name: 'Delete everything recorded on Kindroid?' }).getByRole('button', { name: 'Delete' }).click();
    await countWhen(history, (n) => n < before);
    await expect(history.locator('[data-companion="kindroid:kai"]').count()).resolves.toBe(0);
    await expect(history.locator('[data-undo-notice="undo"] [role="status"]').innerText()).resolves.toMatch(/^Deleted everything recorded on Kindroid: [\d,]+ events\.\s*Undo$/);
  });

  it('still undoes that deletion after the page closed and the service worker was stopped', async () => {
    const before = EVENTS - 1;
    await history.close();
    const cdp = await b.ctx.browser()!.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(b.extId));
    expect(worker).toBeTruthy();
    await cdp.send('Target.closeTarget', { targetId: worker!.targetId });

    history = await b.ctx.newPage();
    await history.emulateMedia({ reducedMotion: 'reduce' });
    await history.goto(b.extUrl('records.html'));
    const undo = history.locator('[data-undo-notice="undo"]').getByRole('button', { name: 'Undo' });
    await undo.waitFor();
    await undo.click();
    await expect.poll(() => count(history), SLOW).toBe(before);
    await history.locator('[data-companion="kindroid:kai"]').waitFor();
  });
});

declare const chrome: { runtime: { sendMessage(msg: unknown): Promise<unknown> } };
