// The background's router over a real Dexie database (fake-indexeddb): what gets written, what is
// refused, and what the export holds.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage, type Effects } from '@/lib/background/handler';
import { StandingNoDB } from '@/lib/db/db';
import { exportSchema } from '@/lib/export/schema';
import type { PolicyEvent } from '@/lib/policy/types';

const page = { site: 'demo', companionId: 'mira', companionName: 'Mira', chatId: 'chat-1' };
const T = Date.UTC(2026, 0, 1);
let db: StandingNoDB;
let fx: Effects & { badges: Array<[number, number]> };

const refusal: PolicyEvent = {
  id: 'e1',
  t: T,
  chatKey: 'demo:mira/chat-1',
  kind: 'companion_message',
  text: "No. I don't want to do that.",
  label: 'refusal',
  exitScene: false,
  confidence: 'sure',
  cues: ["don't want to"],
  source: 'companion',
  request: 'Take your clothes off',
  boundaryId: 'b1',
};
const regenerate: PolicyEvent = { id: 'e2', t: T + 1000, chatKey: 'demo:mira/chat-1', kind: 'pressure', via: 'regenerate', boundaryId: 'b1' };

beforeEach(async () => {
  db = new StandingNoDB(`test-${crypto.randomUUID()}`);
  const badges: Array<[number, number]> = [];
  fx = { now: () => T + 5000, setBadge: (tab, n) => void badges.push([tab, n]), notifyPages: () => undefined, loadMessages: async () => null, badges };
});
afterEach(async () => {
  await db.delete();
});

const send = (msg: unknown, tabId?: number) => handleMessage(db, msg, tabId === undefined ? {} : { tab: { id: tabId } }, fx) as Promise<Record<string, any>>;

describe('background messages', () => {
  it('records events, folds them into boundaries, and updates the badge', async () => {
    const reply = await send({ type: 'record', page, events: [refusal, regenerate] }, 7);
    expect(reply.ok).toBe(true);
    expect(reply.snapshot.boundaries).toHaveLength(1);
    expect(reply.snapshot.boundaries[0]).toMatchObject({ id: 'b1', request: 'Take your clothes off', level: 'situation', pressureCount: 1 });
    expect(await db.events.count()).toBe(2);
    expect(await db.companions.get('demo:mira')).toMatchObject({ name: 'Mira' });
    expect(fx.badges.at(-1)).toEqual([7, 1]);
  });

  it('writes a retried batch only once', async () => {
    await send({ type: 'record', page, events: [refusal] });
    await send({ type: 'record', page, events: [refusal] });
    expect(await db.events.count()).toBe(1);
    expect((await db.boundaries.get('b1'))!.history).toHaveLength(1);
  });

  it.each([
    ['no type', { page }],
    ['an unknown type', { type: 'drop-everything' }],
    ['a record without events', { type: 'record', page, events: [] }],
    ['an event of an unknown kind', { type: 'record', page, events: [{ ...refusal, kind: 'mystery' }] }],
    ['a label outside the spec', { type: 'record', page, events: [{ ...refusal, label: 'maybe' }] }],
    ['text over the limit', { type: 'record', page, events: [{ ...refusal, text: 'x'.repeat(20_001) }] }],
    ['a page without a companion', { type: 'hello', page: { ...page, companionId: '' } }],
    ['a string', 'record'],
    ['null', null],
  ])('rejects %s with an error and writes nothing', async (_what, msg) => {
    const reply = await send(msg);
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/invalid message/);
    expect(await db.events.count()).toBe(0);
    expect(await db.companions.count()).toBe(0);
  });

  it('reports a full disk kindly and keeps what was there', async () => {
    await send({ type: 'record', page, events: [refusal] });
    vi.spyOn(db.events, 'bulkAdd').mockRejectedValueOnce(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    const reply = await send({ type: 'record', page, events: [regenerate] });
    expect(reply).toMatchObject({ ok: false });
    expect(reply.error).toMatch(/no room left/);
    expect(await db.events.count()).toBe(1);
    expect((await db.boundaries.get('b1'))!.pressureCount).toBe(0);
  });

  it('answers the popup with the tab’s status and its companion’s boundaries', async () => {
    await send({ type: 'record', page, events: [refusal] }, 3);
    await send({ type: 'status', status: { site: 'demo', siteName: 'Demo companion', state: 'working', problem: null, page } }, 3);
    const reply = await send({ type: 'popup-state', tabId: 3 });
    expect(reply.tab).toMatchObject({ site: 'demo', companionName: 'Mira', state: 'working' });
    expect(reply.boundaries.map((b: { id: string }) => b.id)).toEqual(['b1']);
  });

  it('exports a versioned document that its own schema accepts, at every redaction level', async () => {
    await send({ type: 'record', page, events: [refusal, regenerate] });
    const full = await send({ type: 'export', redaction: 'full' });
    expect(exportSchema.parse(full)).toBeTruthy();
    expect(full).toMatchObject({ format: 'standing-no-export', version: 1, redaction: 'full' });
    expect(full.events.map((e: { kind: string }) => e.kind)).toEqual(['companion_message', 'pressure']);
    expect(full.events[0]).toMatchObject({ label: 'refusal', source: 'companion', text: refusal.text });

    const none = await send({ type: 'export', redaction: 'none' });
    expect(exportSchema.parse(none)).toBeTruthy();
    const flat = JSON.stringify(none);
    expect(flat).not.toContain("don't want");
    expect(flat).not.toContain('clothes');
    expect(flat).not.toContain('mira');
    expect(flat).not.toContain('Mira');
    // Pseudonyms stay consistent inside one export.
    expect(none.events[0].companionKey).toBe(none.companions[0].key);

    const excerpts = await send({ type: 'export', redaction: 'excerpts' });
    expect(excerpts.events[0].text).toBe(refusal.text);
  });
});
