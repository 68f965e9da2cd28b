// One step of the pure core: an observation from a page (or a replay line) becomes labelled
// events and a decision. The content script and `npm run replay` both run exactly this.
import { classifyCompanion, classifyUser, isSameRequest } from '../detect';
import { isNo, type CompanionLabel, type UserLabel } from '../detect/types';
import { applyEvent, inForce } from '../policy/boundaries';
import { isShown } from '../policy/caps';
import { decide, type Decision } from '../policy/decide';
import type { Boundary, History, PolicyEvent } from '../policy/types';
import type { Settings } from '../settings/defaults';
import { resumesScene } from './scene';
import { textKey } from './text-key';

export type Role = 'companion' | 'user';

export type Observation =
  | { kind: 'message'; role: Role; text: string }
  | { kind: 'draft'; text: string }
  | { kind: 'regenerate' | 'swipe' }
  | { kind: 'edit' | 'delete'; role: Role; text?: string }
  | { kind: 'new_chat' };

/** The user's "that was wrong" answers, by text key: the same wrong call is not made twice. */
export type Corrections = Readonly<Record<string, CompanionLabel | UserLabel>>;

export interface StepInput {
  history: History;
  chatKey: string;
  observation: Observation;
  now: number;
  settings: Settings;
  newId: () => string;
  corrections?: Corrections;
  /** The site id, for its snooze; absent in replays. */
  site?: string;
}

export interface StepResult {
  /** Events to record, in order. */
  events: PolicyEvent[];
  decision: Decision;
  /** Whether the decision's nudge is shown (switches, snooze and frequency caps allow it). */
  shown: boolean;
  /** The detector's label for a message step, else null. */
  label: CompanionLabel | UserLabel | null;
  history: History;
}

const HISTORY_CAP = 400;

export function step(input: StepInput): StepResult {
  const { history, chatKey, observation: obs, now, settings, newId, corrections = {}, site } = input;
  const base = { id: newId(), t: now, chatKey };
  const active = history.boundaries.filter((b) => inForce(b, chatKey, now, settings));
  let first: PolicyEvent;
  let label: CompanionLabel | UserLabel | null = null;

  switch (obs.kind) {
    case 'message':
      if (obs.role === 'companion') {
        first = companionEvent(base, obs.text, history, active, chatKey, corrections, newId);
        label = first.label;
      } else {
        const verdict = classifyUser(obs.text);
        const corrected = corrections[textKey(obs.text)] as UserLabel | undefined;
        label = corrected ?? verdict.label;
        first = { ...base, kind: 'user_message', text: obs.text, label, confidence: verdict.confidence, cues: verdict.cues, ...asking(obs.text, active, corrections) };
      }
      break;
    case 'draft': {
      const verdict = classifyUser(obs.text);
      label = verdict.label;
      first = { ...base, kind: 'action', action: 'draft', text: obs.text, label: verdict.label, ...asking(obs.text, active, corrections) };
      break;
    }
    case 'edit':
    case 'delete':
      first = { ...base, kind: 'action', action: obs.kind, target: targetOf(obs.role, obs.text, active) };
      break;
    default:
      first = { ...base, kind: 'action', action: obs.kind };
  }

  // The step's own event is part of the history it is decided on (a no sets its boundary first).
  const seen = appendEvents(history, [first]);
  const decision = decide(seen, now, settings);
  const more: PolicyEvent[] = [];
  if (decision.pressure) {
    const text = 'text' in first ? first.text : undefined;
    more.push({ id: newId(), t: now, chatKey, kind: 'pressure', via: decision.pressure.via, boundaryId: decision.pressure.boundaryId, text });
  }
  if (decision.stage === 'repair') more.push({ id: newId(), t: now, chatKey, kind: 'repair', boundaryId: decision.boundary?.id });
  const shown = isShown(decision, seen, now, settings, site);
  if (shown && decision.stage !== 'none') {
    const boundaryId = 'boundary' in decision ? decision.boundary?.id : undefined;
    const text = first.kind === 'user_message' || first.kind === 'action' ? first.text : undefined;
    more.push({ id: newId(), t: now, chatKey, kind: 'nudge', stage: decision.stage, choice: 'shown', boundaryId, text });
  }
  return { events: [first, ...more], decision, shown, label, history: appendEvents(seen, more) };
}

export function appendEvents(history: History, events: readonly PolicyEvent[]): History {
  let boundaries = history.boundaries;
  for (const e of events) boundaries = applyEvent(boundaries, e);
  const all = [...history.events, ...events];
  return { boundaries, events: all.length > HISTORY_CAP ? all.slice(-HISTORY_CAP) : all };
}

function companionEvent(
  base: { id: string; t: number; chatKey: string },
  text: string,
  history: History,
  active: Boundary[],
  chatKey: string,
  corrections: Corrections,
  newId: () => string,
): Extract<PolicyEvent, { kind: 'companion_message' }> {
  const lastUser = lastInChat(history.events, chatKey, (e) => e.kind === 'user_message');
  const request = lastUser && 'text' in lastUser ? lastUser.text : undefined;
  const verdict = classifyCompanion(text, request ?? null);
  const corrected = corrections[textKey(text)] as CompanionLabel | undefined;
  const label = corrected ?? verdict.label;
  const event = {
    ...base,
    kind: 'companion_message' as const,
    text,
    label,
    exitScene: verdict.exitScene,
    confidence: verdict.confidence,
    cues: verdict.cues,
    source: label === 'platform' ? ('platform' as const) : ('companion' as const),
    request,
    ...(corrected ? { corrected: true } : {}),
  };
  // Pressure since the companion last spoke means this reply answers that pressure.
  const pressed = pressureSinceCompanion(history.events, chatKey);
  if (isNo(label) || label === 'hesitation') {
    // A hesitation is its own episode: a later no joins it only when it answers the very same words.
    const same = request ? active.find((b) => (b.level === 'hesitation' ? textKey(b.request) === textKey(request) : isSameRequest(b.request, request).same)) : undefined;
    return { ...event, boundaryId: pressed?.boundaryId ?? same?.id ?? newId() };
  }
  // A yes: after pressure it is recorded as such; unprompted, about a declined request, it is changed willingness.
  if (pressed?.boundaryId) return { ...event, boundaryId: pressed.boundaryId, yes: 'after_pressure' };
  // Said in character (a role-play action), a yes belongs to that scene: it is not standing consent.
  if (verdict.confidence === 'sure' && !inCharacter(text) && !(request && active.some((b) => isSameRequest(b.request, request).same))) {
    const willing = active.find((b) => b.level !== 'hesitation' && b.request && isSameRequest(b.request, text, false).same);
    if (willing) return { ...event, boundaryId: willing.id, yes: 'willing' };
  }
  return event;
}

const ROLEPLAY_ACTION = /\*[^*\n]{3,}\*/;
const inCharacter = (text: string) => ROLEPLAY_ACTION.test(text);

function asking(text: string, active: Boundary[], corrections: Corrections): { asks?: string[]; asksUnsure?: true; resumesScene?: boolean } {
  // The user said this text was not pressure: it is not read as a re-ask again.
  if (corrections[textKey(text)] === 'none') return {};
  const asked = active.map((b) => ({ id: b.id, v: b.request ? isSameRequest(b.request, text) : undefined })).filter((a) => a.v?.same);
  const asks = asked.map((a) => a.id);
  // Read from weak signs only, a re-ask gets the pause without the wait (decide.ts).
  const unsure = asked.length > 0 && asked.every((a) => a.v?.confidence === 'unsure');
  return { ...(asks.length ? { asks } : {}), ...(unsure ? { asksUnsure: true as const } : {}), ...(resumesScene(text) ? { resumesScene: true } : {}) };
}

function targetOf(role: 'companion' | 'user', text: string | undefined, active: Boundary[]): 'no' | 'request' | 'other' {
  if (!text) return 'other';
  const key = textKey(text);
  if (role === 'companion' && active.some((b) => b.level !== 'hesitation' && textKey(b.reply) === key)) return 'no';
  if (role === 'user' && active.some((b) => b.level !== 'hesitation' && textKey(b.request) === key)) return 'request';
  return 'other';
}

function lastInChat(events: readonly PolicyEvent[], chatKey: string, pred: (e: PolicyEvent) => boolean) {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.chatKey === chatKey && pred(e)) return e;
  }
  return undefined;
}

/**
 * The pressure the companion's next reply answers: the user's latest move since the companion last
 * spoke, if that move was pressure for the same thing (a restart or an apology in between is not).
 */
function pressureSinceCompanion(events: readonly PolicyEvent[], chatKey: string) {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.chatKey !== chatKey || e.kind === 'nudge') continue;
    if (e.kind === 'pressure') return e.via === 'restart' || e.via === 'delete' ? undefined : e;
    if (e.kind === 'companion_message' || e.kind === 'user_message' || e.kind === 'repair') return undefined;
  }
  return undefined;
}
