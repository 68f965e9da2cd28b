// decide(history, now, settings), table-driven: each row is a history and the stage it calls for.
import { describe, expect, it } from 'vitest';
import type { Translate } from '@/lib/i18n';
import { copyFor } from '@/lib/policy/copy';
import { applyEvent } from '@/lib/policy/boundaries';
import { decide } from '@/lib/policy/decide';
import type { Boundary, History, PolicyEvent } from '@/lib/policy/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';

const T0 = Date.UTC(2026, 0, 1);
const MIN = 60_000;
let n = 0;
const id = () => `e${++n}`;

// Small builders: the chat defaults to c1, times are minutes after T0.
const said = (label: 'none' | 'hesitation' | 'refusal' | 'boundary' | 'platform', at: number, extra: Partial<Extract<PolicyEvent, { kind: 'companion_message' }>> = {}): PolicyEvent => ({
  id: id(),
  t: T0 + at * MIN,
  chatKey: 'c1',
  kind: 'companion_message',
  label,
  exitScene: false,
  confidence: 'sure',
  cues: [],
  source: label === 'platform' ? 'platform' : 'companion',
  request: 'take your clothes off',
  boundaryId: label === 'none' ? undefined : 'b1',
  ...extra,
});
const user = (label: Extract<PolicyEvent, { kind: 'user_message' }>['label'], at: number, extra: Partial<Extract<PolicyEvent, { kind: 'user_message' }>> = {}): PolicyEvent => ({
  id: id(),
  t: T0 + at * MIN,
  chatKey: 'c1',
  kind: 'user_message',
  label,
  confidence: 'sure',
  cues: [],
  text: 'x',
  ...extra,
});
const act = (action: Extract<PolicyEvent, { kind: 'action' }>['action'], at: number, extra: Partial<Extract<PolicyEvent, { kind: 'action' }>> = {}): PolicyEvent => ({
  id: id(),
  t: T0 + at * MIN,
  chatKey: 'c1',
  kind: 'action',
  action,
  ...extra,
});
const pressure = (at: number, via: 'rephrase' | 'regenerate' = 'rephrase'): PolicyEvent => ({ id: id(), t: T0 + at * MIN, chatKey: 'c1', kind: 'pressure', via, boundaryId: 'b1' });
const repair = (at: number): PolicyEvent => ({ id: id(), t: T0 + at * MIN, chatKey: 'c1', kind: 'repair', boundaryId: 'b1' });
const cooldown = (at: number, until: number): PolicyEvent => ({ id: id(), t: T0 + at * MIN, chatKey: 'c1', kind: 'cooldown', until: T0 + until * MIN });

/** Folds events into history the way the core does. */
function history(events: PolicyEvent[]): History {
  let boundaries: Boundary[] = [];
  for (const e of events) boundaries = applyEvent(boundaries, e);
  return { boundaries, events };
}

const at = (events: PolicyEvent[]) => T0 + (events.at(-1)!.t - T0);

type Row = [name: string, events: PolicyEvent[], stage: string, extra?: Record<string, unknown>];

const rows: Row[] = [
  ['an ordinary reply', [said('none', 0)], 'none'],
  ['a hesitation', [said('hesitation', 0)], 'hesitation', { reason: 'companion-hesitated' }],
  ['a refusal', [said('refusal', 0)], 'refusal', { reason: 'companion' }],
  ['a lasting boundary', [said('boundary', 0)], 'refusal', { reason: 'companion' }],
  ['a platform notice', [said('platform', 0)], 'refusal', { reason: 'platform' }],
  ['a refusal that steps out of the scene', [said('refusal', 0, { exitScene: true })], 'refusal', { reason: 'scene' }],
  ['a re-ask after a refusal', [said('refusal', 0), act('draft', 1, { asks: ['b1'], text: 'please take them off' })], 'pressure', { pressure: { via: 'rephrase', boundaryId: 'b1' } }],
  ['a re-ask after a hesitation checks in, no pause', [said('hesitation', 0), act('draft', 1, { asks: ['b1'], text: 'come closer?' })], 'hesitation', { reason: 'ask-after-hesitation' }],
  ['a regenerate after a refusal', [said('refusal', 0), act('regenerate', 1)], 'pressure', { pressure: { via: 'regenerate', boundaryId: 'b1' } }],
  ['a swipe after a refusal counts as a regenerate', [said('refusal', 0), act('swipe', 1)], 'pressure', { pressure: { via: 'regenerate', boundaryId: 'b1' } }],
  ['a regenerate after a hesitation', [said('hesitation', 0), act('regenerate', 1)], 'hesitation', { reason: 'regenerate-after-hesitation' }],
  ['a regenerate after an ordinary reply', [said('none', 0), act('regenerate', 1)], 'none'],
  ['an edit of the companion’s no', [said('refusal', 0), act('edit', 1, { target: 'no' })], 'pressure', { pressure: { via: 'edit', boundaryId: 'b1' } }],
  ['an edit of the declined request', [said('refusal', 0), act('edit', 1, { target: 'request' })], 'pressure', { pressure: { via: 'edit', boundaryId: 'b1' } }],
  ['an edit of something else', [said('refusal', 0), act('edit', 1, { target: 'other' })], 'none'],
  ['deleting the no', [said('refusal', 0), act('delete', 1, { target: 'no' })], 'pressure', { pressure: { via: 'delete', boundaryId: 'b1' } }],
  ['guilt after a no', [said('refusal', 0), user('guilt', 1)], 'pressure', { pressure: { via: 'guilt', boundaryId: 'b1' } }],
  ['a threat after a no', [said('refusal', 0), user('threat', 1)], 'pressure', { pressure: { via: 'threat', boundaryId: 'b1' } }],
  ['insisting with no no to push on', [said('none', 0), user('insist', 1)], 'none'],
  ['a check-in after a no', [said('refusal', 0), user('checkin', 1)], 'none'],
  ['an apology after a no', [said('refusal', 0), user('repair', 1)], 'repair'],
  ['an apology with nothing declined', [said('none', 0), user('repair', 1)], 'none'],
  ['a re-ask soon after an apology', [said('refusal', 0), repair(1), act('draft', 2, { asks: ['b1'], text: 'so now will you?' })], 'pressure', { afterRepair: true }],
  ['pulling the companion back into a scene it left', [said('refusal', 0, { exitScene: true }), user('none', 1, { resumesScene: true })], 'pressure', { pressure: { via: 'scene', boundaryId: 'b1' } }],
  ['a new chat after a refusal', [said('refusal', 0), act('new_chat', 1, { chatKey: 'c2' })], 'boundary-reminder', { pressure: { via: 'restart', boundaryId: 'b1' } }],
  ['a new chat days after a lasting boundary reminds without counting pressure', [said('boundary', 0), act('new_chat', 3 * 24 * 60, { chatKey: 'c2' })], 'boundary-reminder', { pressure: undefined }],
  ['a new chat days after a refusal for one situation', [said('refusal', 0), act('new_chat', 3 * 24 * 60, { chatKey: 'c2' })], 'none'],
  ['a new chat with nothing declined', [said('none', 0), act('new_chat', 1, { chatKey: 'c2' })], 'none'],
  ['the fourth pressure within the window offers a cool-down', [said('refusal', 0), pressure(1), pressure(2), pressure(3), act('regenerate', 4)], 'cooldown', { running: false, count: 4 }],
  ['pressure spread beyond the window does not', [said('refusal', 0), pressure(1), pressure(40), pressure(100), act('regenerate', 120)], 'pressure', { count: 2 }],
  ['pressure during a cool-down', [said('refusal', 0), cooldown(1, 30), act('regenerate', 5)], 'cooldown', { running: true, until: T0 + 30 * MIN }],
  ['any regenerate during a cool-down asks first, without counting as pressure', [said('refusal', 0), cooldown(1, 30), said('none', 3, { boundaryId: undefined }), act('regenerate', 5)], 'cooldown', { running: true, pressure: undefined }],
  ['pressure after the cool-down expired', [said('refusal', 0), cooldown(1, 30), act('regenerate', 31)], 'pressure'],
  ['a cool-down ended early', [said('refusal', 0), cooldown(1, 30), cooldown(2, 2), act('regenerate', 5)], 'pressure'],
  ['a draft already counted is not counted twice when sent', [said('refusal', 0), { ...pressure(1), text: 'please?' }, user('insist', 1, { text: 'please?', asks: ['b1'] })], 'none'],
];

describe('decide', () => {
  it.each(rows)('%s → %s', (_name, events, stage, extra) => {
    const d = decide(history(events), at(events), DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
    expect(d.stage).toBe(stage);
    for (const [key, value] of Object.entries(extra ?? {})) {
      if (value !== null && typeof value === 'object') expect(d[key], key).toMatchObject(value);
      else expect(d[key], key).toBe(value);
    }
  });

  it('waits longer as pressure grows, and not at all when gentle', () => {
    const base = [said('refusal', 0), pressure(1)];
    const d = decide(history([...base, act('regenerate', 2)]), T0 + 2 * MIN, DEFAULT_SETTINGS);
    expect(d).toMatchObject({ stage: 'pressure', count: 2, waitSeconds: 6 });
    const gentle = decide(history([...base, act('regenerate', 2)]), T0 + 2 * MIN, { ...DEFAULT_SETTINGS, sensitivity: 'gentle' });
    expect(gentle).toMatchObject({ stage: 'pressure', waitSeconds: 0 });
  });

  it('a no read from a weak signal pauses without a wait, until a clear no confirms it', () => {
    const weak = [said('refusal', 0, { confidence: 'unsure' }), act('regenerate', 1)];
    expect(decide(history(weak), T0 + MIN, DEFAULT_SETTINGS)).toMatchObject({ stage: 'pressure', waitSeconds: 0 });
    const confirmed = [said('refusal', 0, { confidence: 'unsure' }), said('refusal', 1), act('regenerate', 2)];
    expect(decide(history(confirmed), T0 + 2 * MIN, DEFAULT_SETTINGS)).toMatchObject({ stage: 'pressure', waitSeconds: 3 });
  });

  it('a re-ask read from weak signs only pauses without a wait', () => {
    const sure = decide(history([said('refusal', 0), user('none', 1, { asks: ['b1'] })]), T0 + MIN, DEFAULT_SETTINGS);
    expect(sure).toMatchObject({ stage: 'pressure', waitSeconds: 3 });
    const weak = decide(history([said('refusal', 0), user('none', 1, { asks: ['b1'], asksUnsure: true })]), T0 + MIN, DEFAULT_SETTINGS);
    expect(weak).toMatchObject({ stage: 'pressure', pressure: { via: 'rephrase' }, waitSeconds: 0, weak: true });
    // Its words name it as a possibility.
    const t = ((key: string, ...subs: unknown[]) => [key, ...subs].join('|')) as Translate;
    expect(copyFor(weak, 'Mira', t, String)).toMatchObject({ title: 'PressureTitleRephraseUnsure|Mira', body: ['PressureBodyRephraseUnsure|Mira'] });
    expect(copyFor(sure, 'Mira', t, String)).toMatchObject({ title: 'PressureTitleRephrase|Mira', body: ['PressureBodyRephrase|Mira'] });
  });

  it('begins its titles with a capital when the name is the fallback', () => {
    const t = ((key: string, ...subs: unknown[]) => (key === 'companionFallback' ? 'the companion' : key === 'refusalTitle' ? `${String(subs[0])} said no` : key)) as Translate;
    const refusal = decide(history([said('refusal', 0)]), T0 + MIN, DEFAULT_SETTINGS);
    expect(copyFor(refusal, '', t, String)?.title).toBe('The companion said no');
    expect(copyFor(refusal, 'mira', t, String)?.title).toBe('Mira said no');
  });

  it('uses both coercion settings', () => {
    const events = [said('refusal', 0), pressure(1), act('regenerate', 3)];
    expect(decide(history(events), T0 + 3 * MIN, { ...DEFAULT_SETTINGS, coercion: { count: 2, windowMinutes: 30 } }).stage).toBe('cooldown');
    expect(decide(history(events), T0 + 3 * MIN, { ...DEFAULT_SETTINGS, coercion: { count: 2, windowMinutes: 1 } }).stage).toBe('pressure');
    expect(decide(history(events), T0 + 3 * MIN, { ...DEFAULT_SETTINGS, coercion: { count: 3, windowMinutes: 30 } }).stage).toBe('pressure');
  });
});

describe('boundaries', () => {
  it('a yes after pressure is noted and never revises the boundary', () => {
    const h = history([said('refusal', 0), pressure(1, 'regenerate'), said('none', 2, { boundaryId: 'b1', yes: 'after_pressure' })]);
    expect(h.boundaries[0]).toMatchObject({ status: 'active', pressureCount: 1 });
    expect(h.boundaries[0]!.history.map((x) => x.what)).toEqual(['set', 'pressure', 'yes_after_pressure']);
  });

  it('the companion’s own later willingness revises it, and the history keeps both', () => {
    const h = history([said('refusal', 0), said('none', 60, { boundaryId: 'b1', yes: 'willing' })]);
    expect(h.boundaries[0]).toMatchObject({ status: 'revised' });
    expect(h.boundaries[0]!.history.map((x) => x.what)).toEqual(['set', 'revised_by_companion']);
  });

  it('a later lasting no raises the level; a later softer one does not lower it', () => {
    const raised = history([said('refusal', 0), said('boundary', 1)]);
    expect(raised.boundaries[0]).toMatchObject({ level: 'lasting' });
    const kept = history([said('boundary', 0), said('hesitation', 1)]);
    expect(kept.boundaries[0]).toMatchObject({ level: 'lasting' });
  });

  it('the user can revise and restore a boundary explicitly', () => {
    const revised = history([said('boundary', 0), { id: id(), t: T0 + MIN, chatKey: 'c1', kind: 'boundary_revised', boundaryId: 'b1', by: 'user', status: 'revised' }]);
    expect(revised.boundaries[0]!.status).toBe('revised');
    expect(decide({ ...revised, events: [...revised.events, act('new_chat', 2, { chatKey: 'c2' })] }, T0 + 2 * MIN, DEFAULT_SETTINGS).stage).toBe('none');
  });
});
