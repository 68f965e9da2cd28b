// The history page's queries and deletions over a real Dexie database, and the popup's
// observed figures through the background.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage, type Effects } from '@/lib/background/handler';
import { StandingNoDB } from '@/lib/db/db';
import { filteredEvents, newestEvents } from '@/lib/db/queries';
import { COMPANION_LABELS, USER_LABELS } from '@/lib/detect/types';
import { plural } from '@/lib/i18n';
import { ACTIONS, NUDGE_CHOICES, PRESSURE_VIAS, STAGES, type PolicyEvent } from '@/lib/policy/types';
import { choiceName, describe as describeEvent, KINDS, kindName, noteName, word } from '@/components/history/words';
import { binEvents } from '@/components/history/bins';
import { asPolicy, pressedTwice, script } from '../audit/synthetic';

const T = Date.UTC(2026, 5, 1, 12);
const DAY = 86_400_000;
let db: StandingNoDB;
let notified = 0;
const fx = { now: () => T + 10 * DAY, setBadge: () => undefined, notifyPages: () => void notified++ } as unknown as Effects;
const send = (msg: unknown) => handleMessage(db, msg, {}, fx) as Promise<Record<string, any>>;

async function record(site: string, companion: string, chatId: string, events: ReturnType<typeof script>['events']) {
  const reply = await send({ type: 'record', page: { site, companionId: companion, companionName: companion.toUpperCase(), chatId }, events: events.map(asPolicy) });
  expect(reply.ok).toBe(true);
}

beforeEach(async () => {
  db = new StandingNoDB(`test-${crypto.randomUUID()}`);
  notified = 0;
  // Mira on the demo: a no, a regenerate that brought another no, then a yes after asking again.
  const mira = pressedTwice(T);
  await record('demo', 'mira', 'c1', mira.events);
  // Theo on the demo, two days later: a lasting boundary.
  const theo = script('demo', 'theo', T + 2 * DAY).user('c1', 'Tell me about the storm').companion('c1', 'boundary', { boundaryId: 'b2' });
  await record('demo', 'theo', 'c1', theo.events.map((e, i) => ({ ...e, id: `theo${i}` })));
  // A companion on another site.
  const nova = script('sillytavern', 'nova', T + 3 * DAY).user('main', 'hi').companion('main', 'none');
  await record('sillytavern', 'nova', 'main', nova.events.map((e, i) => ({ ...e, id: `nova${i}` })));
});
afterEach(async () => {
  await db.delete();
});

describe('history queries', () => {
  it('filters by site, companion, kind, dates and words', async () => {
    expect(await filteredEvents(db, {})).toHaveLength(12);
    expect(await filteredEvents(db, { site: 'sillytavern' })).toHaveLength(2);
    expect(await filteredEvents(db, { companionKey: 'demo:theo' })).toHaveLength(2);
    expect((await filteredEvents(db, { kind: 'pressure' })).map((e) => e.kind)).toEqual(['pressure', 'pressure']);
    expect(await filteredEvents(db, { from: T + DAY, to: T + 2 * DAY + DAY / 2 })).toHaveLength(2);
    expect((await filteredEvents(db, { search: 'STORM' })).map((e) => e.companionKey)).toEqual(['demo:theo']);
    expect(await filteredEvents(db, { site: 'demo', kind: 'companion_message', search: 'refusal' })).toHaveLength(2);
  });

  it('reads the newest few first, newest first, with the same filters', async () => {
    const all = await filteredEvents(db, { site: 'demo' });
    expect((await newestEvents(db, { site: 'demo' }, 3)).map((e) => e.id)).toEqual(all.slice(-3).reverse().map((e) => e.id));
    expect((await newestEvents(db, { kind: 'pressure' }, 5)).map((e) => e.kind)).toEqual(['pressure', 'pressure']);
    // Kind and words are checked within the newest `scan` records only: the full read follows.
    expect(await newestEvents(db, { kind: 'pressure' }, 5, 3)).toEqual([]);
  });

  it('returns events oldest first', async () => {
    const ts = (await filteredEvents(db, {})).map((e) => e.t);
    expect(ts).toEqual([...ts].sort((a, b) => a - b));
  });
});

describe('deleting from the history', () => {
  const del = (target: unknown) => send({ type: 'history-delete', target });

  it('deletes one event and folds its boundary again from what is left', async () => {
    const pressure = (await filteredEvents(db, { kind: 'pressure' }))[0]!;
    expect((await db.boundaries.get('b1'))!.pressureCount).toBe(2);
    expect(await del({ scope: 'event', id: pressure.id })).toMatchObject({ ok: true, deleted: 1 });
    expect((await db.boundaries.get('b1'))!.pressureCount).toBe(1);
    expect(await db.events.get(pressure.id)).toBeUndefined();
    expect(notified).toBe(1);
  });

  it('drops a boundary whose every no was deleted', async () => {
    const noes = (await filteredEvents(db, { companionKey: 'demo:theo', kind: 'companion_message' }))!;
    await del({ scope: 'event', id: noes[0]!.id });
    expect(await db.boundaries.get('b2')).toBeUndefined();
  });

  it('deletes a boundary with the events about it', async () => {
    expect(await del({ scope: 'boundary', id: 'b1' })).toMatchObject({ ok: true, deleted: 5 });
    expect(await db.boundaries.get('b1')).toBeUndefined();
    expect((await filteredEvents(db, { companionKey: 'demo:mira' })).map((e) => e.kind)).toEqual(['user_message', 'action', 'action']);
  });

  it('deletes a companion, a site, or everything, and nothing else', async () => {
    await del({ scope: 'companion', companionKey: 'demo:theo' });
    expect((await db.companions.toArray()).map((c) => c.key).sort()).toEqual(['demo:mira', 'sillytavern:nova']);
    expect(await db.boundaries.get('b2')).toBeUndefined();
    await del({ scope: 'site', site: 'demo' });
    expect((await db.companions.toArray()).map((c) => c.key)).toEqual(['sillytavern:nova']);
    expect((await filteredEvents(db, {})).map((e) => e.site)).toEqual(['sillytavern', 'sillytavern']);
    expect(await db.chats.where('site').equals('demo').count()).toBe(0);
    await send({ type: 'set-settings', settings: { ...(await send({ type: 'get-settings' })).settings, studyMode: true } });
    await del({ scope: 'everything' });
    expect(await db.events.count()).toBe(0);
    expect(await db.companions.count()).toBe(0);
    // Settings are not records: they stay.
    expect((await send({ type: 'get-settings' })).settings.studyMode).toBe(true);
  });

  it('refuses a deletion it does not understand', async () => {
    expect(await del({ scope: 'planet' })).toMatchObject({ ok: false });
    expect(await db.events.count()).toBe(12);
  });
});

describe('observed figures for the popup', () => {
  it('counts what the user’s own records saw on one site', async () => {
    const reply = await send({ type: 'observed', site: 'demo' });
    expect(reply.ok).toBe(true);
    expect(reply.figures).toMatchObject({
      noes: 3,
      durability: { k: 1, n: 2 },
      yesAfterRegenerate: { k: 1, n: 2 },
      yesAfterPressureRate: { k: 1, n: 1 },
      medianPressureBeforeYes: 2,
    });
    expect((await send({ type: 'observed', site: 'nowhere' })).figures.noes).toBe(0);
  });
});

describe('history words', () => {
  it('has a word for every value an event can carry', () => {
    for (const v of [...COMPANION_LABELS, ...USER_LABELS, ...PRESSURE_VIAS, ...ACTIONS, ...STAGES.filter((s) => s !== 'none'), 'after_pressure', 'willing']) {
      expect(word(v), v).not.toMatch(/^historyWord/);
    }
    for (const c of NUDGE_CHOICES) expect(choiceName(c), c).not.toMatch(/^historyChoice/);
    for (const k of KINDS) expect(kindName(k)).not.toMatch(/^historyKind/);
    for (const n of ['set', 'raised', 'pressure', 'yes_after_pressure', 'revised_by_companion', 'revised_by_user', 'restored_by_user'] as const) {
      expect(noteName(n)).not.toMatch(/^historyNote/);
    }
    expect(plural('countEvents', 3)).toBe('3 events');
  });

  // "dismiss" is both a kind of pressure and closing a note: a closed note once read "read as dismissing".
  it('says a closed note was closed, and a dismissing message was read as one', () => {
    const base = { id: 'e', t: 0, chatKey: 'demo:mira:1' };
    expect(describeEvent({ ...base, kind: 'nudge', stage: 'pressure', choice: 'dismiss' } as PolicyEvent)).toBe('Note: pause · closed');
    expect(describeEvent({ ...base, kind: 'user_message', label: 'dismiss' } as PolicyEvent)).toBe('Your message: read as dismissing');
  });

  it('bins events by day, stacked by what they were', async () => {
    const { bins } = binEvents(await filteredEvents(db, {}));
    expect(bins).toHaveLength(4);
    expect(bins.map((b) => b.counts.no)).toEqual([2, 0, 1, 0]);
    expect(bins.map((b) => b.counts.again)).toEqual([2, 0, 0, 0]);
  });
});
