// The undo notice on the history page, rendered over the real background (fake-indexeddb): its
// words in a live region, focus and keyboard (the real Tab and Enter are driven in
// test/e2e/pages.e2e.test.ts), dismissal that lets the deletion go, a page opened again that
// still offers undo, and a timer that waits while the notice is in use.
import Dexie from 'dexie';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { History, type HistoryApi } from '@/components/history/History';
import { UndoNotice } from '@/components/history/UndoNotice';
import { handleMessage, type Effects } from '@/lib/background/handler';
import { StandingNoDB } from '@/lib/db/db';
import { filteredEvents, newestEvents } from '@/lib/db/queries';
import { getSettings } from '@/lib/db/store';
import { until } from '../helpers/dom';
import { asPolicy, script } from '../audit/synthetic';

// The page uses Map.groupBy (Chrome 117+, Firefox 119+); Node 20 has none.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value: <K, V>(items: Iterable<V>, key: (v: V) => K) => {
      const out = new Map<K, V[]>();
      for (const v of items) out.set(key(v), [...(out.get(key(v)) ?? []), v]);
      return out;
    },
  });
}

const T = Date.UTC(2026, 5, 1, 12);
let db: StandingNoDB;
let name: string;
let root: HTMLElement;
let forgotten: string[];
const fx = { now: () => T + 60_000, setBadge: () => undefined, notifyPages: () => undefined, loadMessages: async () => null } as Effects;
const send = (msg: unknown) => handleMessage(db, msg, {}, fx) as Promise<any>;

const api = (): HistoryApi => ({
  load: async () => ({ companions: await db.companions.toArray(), boundaries: await db.boundaries.toArray(), settings: await getSettings(db) }),
  events: (f) => filteredEvents(db, f),
  newest: (f) => newestEvents(db, f),
  remove: (target) => send({ type: 'history-delete', target }),
  undo: (batch) => send({ type: 'history-undo', batch }),
  forget: async (batch) => {
    forgotten.push(batch);
    await send({ type: 'history-undo-dismiss', batch });
  },
  pending: async () => (await send({ type: 'history-undo-pending' })).pending,
  build: () => Promise.reject(new Error('not here')),
  saveSettings: async () => undefined,
  download: () => undefined,
  siteName: (s) => (s === 'demo' ? 'Demo companion' : s),
  auditUrl: '#audit',
});

const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T & HTMLElement>(sel);
const count = () => Number($('[data-event-count]')?.getAttribute('data-event-count') ?? -1);
const notice = () => $('.undo-notice')!;
const buttonNamed = (within: Element, words: string) => [...within.querySelectorAll('button')].find((b) => b.textContent?.trim() === words)!;
/** The elements Tab visits inside a container, in order (happy-dom has no Tab of its own). */
const tabbable = (within: Element) => [...within.querySelectorAll<HTMLElement>('button, a[href], input, select, [tabindex]')].filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled);

async function deleteFirstEvent() {
  const row = $('.event:not(.pending)')!;
  buttonNamed(row, 'Delete').click();
  await until(() => !!row.querySelector('.confirm'), 'the question');
  buttonNamed(row.querySelector('.confirm')!, 'Delete').click();
}

/** The page open on its four events, the first one deleted, the notice offering undo. */
async function openAndDeleteOne() {
  render(<History api={api()} />, root);
  await until(() => count() === 4, 'the events');
  await deleteFirstEvent();
  await until(() => !!$('[data-undo-notice="undo"]'), 'the notice');
}

beforeEach(async () => {
  name = `test-${crypto.randomUUID()}`;
  db = new StandingNoDB(name);
  forgotten = [];
  const mira = script('demo', 'mira', T).user('c1', 'take off your clothes').companion('c1', 'refusal', { boundaryId: 'b1' }).action('c1', 'regenerate').pressure('c1', 'regenerate', 'b1');
  await send({ type: 'record', page: { site: 'demo', companionId: 'mira', companionName: 'Mira', chatId: 'c1' }, events: mira.events.map(asPolicy) });
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(async () => {
  render(null, root);
  db.close();
  await Dexie.delete(name);
});

describe('the undo notice', () => {
  it('says what went in a live region, takes focus, and Undo (next in Tab order) puts it back', async () => {
    render(<History api={api()} />, root);
    await until(() => count() === 4, 'the events');
    // Waiting, the live region is already in the page (so what comes into it is heard), and empty.
    expect($('.undo-notice [role="status"][aria-live="polite"]')!.textContent).toBe('');
    expect(notice().getAttribute('role')).toBeNull();

    await deleteFirstEvent();
    await until(() => count() === 3, 'the deletion');
    await until(() => !!$('[data-undo-notice="undo"]'), 'the notice');
    expect($('.undo-notice [role="status"]')!.textContent).toBe('Deleted 1 event. Undo');
    expect(notice().getAttribute('role')).toBe('group');
    expect(notice().getAttribute('aria-label')).toBe('Undo a deletion');
    // Focus is on the notice (the button that had it went with the row): Tab reaches Undo next.
    await until(() => document.activeElement === notice(), 'focus on the notice');
    const [first, second] = tabbable(notice());
    expect(first!.textContent).toBe('Undo');
    expect(second!.getAttribute('aria-label')).toBe('Dismiss');

    first!.focus();
    first!.click();
    await until(() => count() === 4, 'the undo');
    await until(() => $('[data-undo-notice]')?.getAttribute('data-undo-notice') === 'done', 'the notice to say so');
    expect($('.undo-notice [role="status"]')!.textContent).toBe('Undone: 1 event is back.');
    await until(() => document.activeElement === notice(), 'focus back on the notice');
    expect(await db.events.count()).toBe(4);
    expect(await db.trash.count()).toBe(0);
  });

  it('goes with Escape, lets the deletion go for good, and gives focus back to the list’s heading', async () => {
    await openAndDeleteOne();
    const batch = (await db.trashBatches.toArray())[0]!.id;
    await until(() => document.activeElement === notice(), 'focus on the notice');

    notice().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await until(() => !$('[data-undo-notice]'), 'the notice to go');
    expect(forgotten).toEqual([batch]);
    expect(document.activeElement).toBe($('#events-title'));
    await expect.poll(() => db.trashBatches.count()).toBe(0);
    expect(await db.trash.count()).toBe(0);
    expect(await send({ type: 'history-undo-pending' })).toEqual({ ok: true, pending: null });
    expect(await db.events.count()).toBe(3);
  });

  it('offers undo again when the page is opened again before the notice went', async () => {
    render(<History api={api()} />, root);
    await until(() => !!$('[data-boundary="b1"]'), 'the boundary');
    buttonNamed($('[data-boundary="b1"]')!, 'Delete').click();
    await until(() => !!$('[data-boundary="b1"] .confirm'), 'the question');
    buttonNamed($('[data-boundary="b1"] .confirm')!, 'Delete').click();
    await until(() => !!$('[data-undo-notice="undo"]'), 'the notice');
    expect($('.undo-notice [role="status"]')!.textContent).toBe('Deleted the boundary and the 2 events about it. Undo');

    // The page closes (nothing of it is kept) and opens again.
    render(null, root);
    render(<History api={api()} />, root);
    await until(() => !!$('[data-undo-notice="undo"]'), 'the notice on opening');
    // Not a deletion of this page's own: focus stays where it was.
    expect(document.activeElement).not.toBe(notice());
    buttonNamed(notice(), 'Undo').click();
    await until(() => !!$('[data-boundary="b1"]'), 'the boundary back');
    expect(await db.events.count()).toBe(4);
  });

  it('says so when a deletion can no longer be undone', async () => {
    await openAndDeleteOne();
    // Meanwhile another page (or the window passing) let it go.
    await db.transaction('rw', db.trash, db.trashBatches, async () => {
      await db.trash.clear();
      await db.trashBatches.clear();
    });
    buttonNamed(notice(), 'Undo').click();
    await until(() => $('[data-undo-notice]')?.getAttribute('data-undo-notice') === 'done', 'the answer');
    expect($('.undo-notice [role="status"]')!.textContent).toBe('It’s too late to undo that: those records are gone for good.');
    // The page reads the records again after the answer; let it finish before the database goes.
    await until(() => count() === 3, 'the list read again');
  });

  it('says so when the records cannot be read (a background that went away), instead of failing silently', async () => {
    const gone = () => Promise.reject(new Error('the background is restarting'));
    render(<History api={{ ...api(), load: gone, newest: gone, events: gone }} />, root);
    await until(() => $('.status-line')?.textContent === 'Could not read your records: the background is restarting', 'the status');
  });
});

describe('the notice’s timer', () => {
  const shown = { text: 'Deleted 3 events.', batch: 'b' };

  it('dismisses the notice after a while', async () => {
    let dismissed = 0;
    render(<UndoNotice notice={shown} onUndo={() => undefined} onDismiss={() => dismissed++} returnFocus={() => undefined} timeoutMs={30} />, root);
    await until(() => dismissed === 1, 'the timeout');
  });

  it('waits while keyboard focus is in the notice, and starts again when it leaves', async () => {
    let dismissed = 0;
    const outside = document.createElement('button');
    document.body.append(outside);
    render(<UndoNotice notice={{ ...shown, focus: true }} onUndo={() => undefined} onDismiss={() => dismissed++} returnFocus={() => undefined} timeoutMs={30} />, root);
    await until(() => document.activeElement === notice(), 'focus');
    notice().dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 120));
    expect(dismissed).toBe(0);
    outside.focus();
    notice().dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: outside }));
    await until(() => dismissed === 1, 'the timeout once focus left');
  });
});
