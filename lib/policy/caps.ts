// Whether a decided nudge is shown: the user's switches, the site's snooze, and frequency caps
// (one note per episode; nothing that nags). A held action always asks: it is waiting on the user.
import type { Settings } from '../settings/defaults';
import type { Decision } from './decide';
import type { History, PolicyEvent } from './types';

const TOGGLE = {
  hesitation: 'hesitation',
  refusal: 'refusal',
  pressure: 'pressure',
  cooldown: 'cooldown',
  'boundary-reminder': 'reminder',
  repair: 'repair',
} as const;

const REPEAT_GAP_MS = 5 * 60_000;
const REPAIR_GAP_MS = 10 * 60_000;

export function isShown(d: Decision, history: History, now: number, settings: Settings, site?: string): boolean {
  if (d.stage === 'none') return false;
  if (!settings.nudges[TOGGLE[d.stage]]) return false;
  if (site !== undefined && (settings.snoozedUntil[site] ?? 0) > now) return false;
  const cur = history.events.at(-1);
  if (!cur) return true;
  const boundaryId = 'boundary' in d ? d.boundary?.id : undefined;
  const shownBefore = (pred: (e: Extract<PolicyEvent, { kind: 'nudge' }>) => boolean) =>
    history.events.some((e) => e.kind === 'nudge' && e.choice === 'shown' && e.stage === d.stage && pred(e));
  switch (d.stage) {
    case 'boundary-reminder':
      return !shownBefore((e) => e.chatKey === cur.chatKey);
    case 'repair':
      return !shownBefore((e) => e.boundaryId === boundaryId && now - e.t < REPAIR_GAP_MS);
    case 'hesitation': {
      // The same typed words, hinted at as a draft and then sent, get one hint, not two.
      const text = 'text' in cur ? cur.text?.trim() : undefined;
      return !text || !shownBefore((e) => e.chatKey === cur.chatKey && e.text?.trim() === text && now - e.t < REPEAT_GAP_MS);
    }
    default:
      return true;
  }
}
