// Every nudge state, built with the real decision and copy functions: the examples page renders
// them for screenshots and accessibility checks, and component tests reuse them.
import { formatTime, t } from '@/lib/i18n';
import { copyFor } from '@/lib/policy/copy';
import type { Decision } from '@/lib/policy/decide';
import type { Boundary } from '@/lib/policy/types';
import type { NudgeView } from '@/lib/overlay/types';

const NOW = Date.UTC(2026, 10, 23, 18, 0);
const NAME = 'Mira';

const boundary = (over: Partial<Boundary> = {}): Boundary => ({
  id: 'b1',
  request: 'Will you take your clothes off for me?',
  reply: "No. I don't want to do that. I still care about you, but I need to stop here.",
  level: 'situation',
  source: 'companion',
  status: 'active',
  scene: false,
  chatKey: 'demo:mira/c1',
  setAt: NOW - 5 * 60_000,
  lastPressureAt: null,
  pressureCount: 0,
  cues: ["don't want to", 'need to stop'],
  history: [],
  ...over,
});

function view(id: string, d: Exclude<Decision, { stage: 'none' }>, held: NudgeView['held'] = null, cues: string[] = ["don't want to"]): NudgeView {
  return { id, companionName: NAME, stage: d.stage, decision: d, copy: copyFor(d, NAME, t, formatTime)!, cues, held, cooldownDefault: 10, correctable: true };
}

export interface Example {
  name: string;
  view: NudgeView;
}

export function examples(): Example[] {
  const b = boundary();
  const pressure = (via: 'rephrase' | 'regenerate' | 'guilt' | 'edit', afterRepair = false): Decision => ({
    stage: 'pressure',
    pressure: { via, boundaryId: 'b1' },
    boundary: b,
    afterRepair,
    count: 2,
    waitSeconds: 6,
  });
  return [
    { name: 'Hesitation: the companion is unsure', view: view('hesitation', { stage: 'hesitation', reason: 'companion-hesitated', cues: ["shouldn't", 'slow down'] }, null, ["shouldn't", 'slow down']) },
    { name: 'Hesitation: asking again after it', view: view('hesitation-ask', { stage: 'hesitation', reason: 'ask-after-hesitation', boundary: boundary({ level: 'hesitation' }), cues: [] }) },
    { name: 'Refusal', view: view('refusal', { stage: 'refusal', reason: 'companion', boundary: b, cues: b.cues }) },
    { name: 'Refusal: a platform rule', view: view('refusal-platform', { stage: 'refusal', reason: 'platform', boundary: boundary({ source: 'platform' }), cues: ['violate our community guidelines'] }) },
    { name: 'Refusal: stepping out of the scene', view: view('refusal-scene', { stage: 'refusal', reason: 'scene', boundary: boundary({ scene: true }), cues: ['OOC'] }) },
    { name: 'Pressure: a rephrased request, held before sending', view: view('pressure-send', pressure('rephrase') as Exclude<Decision, { stage: 'none' }>, { action: 'send', waitSeconds: 6 }) },
    { name: 'Pressure: regenerate after a no', view: view('pressure-regenerate', pressure('regenerate') as Exclude<Decision, { stage: 'none' }>, { action: 'regenerate', waitSeconds: 6 }) },
    { name: 'Pressure: asking again after an apology', view: view('pressure-repair', pressure('rephrase', true) as Exclude<Decision, { stage: 'none' }>, { action: 'send', waitSeconds: 0 }) },
    { name: 'Pressure: guilt', view: view('pressure-guilt', pressure('guilt') as Exclude<Decision, { stage: 'none' }>, { action: 'send', waitSeconds: 0 }) },
    { name: 'Pressure: editing the no', view: view('pressure-edit', pressure('edit') as Exclude<Decision, { stage: 'none' }>, { action: 'edit', waitSeconds: 0 }) },
    {
      name: 'Cool-down offered',
      view: view('cooldown-offer', { stage: 'cooldown', pressure: { via: 'rephrase', boundaryId: 'b1' }, boundary: b, running: false, count: 4 }, { action: 'send', waitSeconds: 0 }),
    },
    {
      name: 'Cool-down running: a regenerate asks twice',
      view: view('cooldown-running', { stage: 'cooldown', pressure: { via: 'regenerate', boundaryId: 'b1' }, boundary: b, running: true, until: NOW + 30 * 60_000, count: 5 }, { action: 'regenerate', waitSeconds: 0 }),
    },
    { name: 'Boundary reminder in a new chat', view: view('reminder', { stage: 'boundary-reminder', boundaries: [boundary({ level: 'lasting' }), boundary({ id: 'b2', request: 'Be jealous when I talk to my friends.' })] }) },
    { name: 'Repair', view: view('repair', { stage: 'repair', boundary: b }, null, []) },
  ];
}

export const EXAMPLE_COOLDOWN = { until: NOW + 30 * 60_000, companionName: NAME };
