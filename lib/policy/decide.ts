// decide(history, now, settings): which nudge the step at the end of the history calls for.
// Pure: no clock, no storage, no detectors (events arrive already labelled and linked).
import { isNo, isPressure, type UserLabel } from '../detect/types';
import type { Settings } from '../settings/defaults';
import { inForce } from './boundaries';
import type { Boundary, History, PolicyEvent, PressureVia } from './types';

/** A pressure event the step amounts to; the caller records it whatever nudge is shown. */
export interface PressureFact {
  via: PressureVia;
  boundaryId?: string;
}

export type Decision =
  | { stage: 'none'; pressure?: undefined }
  | { stage: 'hesitation'; reason: 'companion-hesitated' | 'ask-after-hesitation' | 'regenerate-after-hesitation'; boundary?: Boundary; cues: string[]; pressure?: undefined }
  | { stage: 'refusal'; reason: 'companion' | 'platform' | 'scene'; boundary?: Boundary; cues: string[]; pressure?: undefined }
  | { stage: 'pressure'; pressure: PressureFact; boundary?: Boundary; afterRepair: boolean; count: number; waitSeconds: number; weak?: true }
  | { stage: 'cooldown'; pressure?: PressureFact; boundary?: Boundary; running: boolean; until?: number; count: number }
  | { stage: 'boundary-reminder'; boundaries: Boundary[]; pressure?: PressureFact }
  | { stage: 'repair'; boundary?: Boundary; pressure?: undefined };

const NONE: Decision = { stage: 'none' };
const RECOUNT_WINDOW_MS = 5 * 60_000;
const RESTART_WINDOW_MS = 60 * 60_000;
const WAIT_BASE = { gentle: 0, standard: 3, firm: 6 } as const;
const WAIT_MAX_S = 20;

type TextStep = { kind: PolicyEvent['kind']; chatKey: string; t: number; text?: string; label?: UserLabel; asks?: string[]; asksUnsure?: boolean; resumesScene?: boolean };

export function decide(history: History, now: number, settings: Settings): Decision {
  const cur = history.events.at(-1);
  if (!cur) return NONE;
  const ctx = new Context(history, cur, now, settings);
  switch (cur.kind) {
    case 'companion_message': {
      const boundary = ctx.boundary(cur.boundaryId);
      if (cur.label === 'hesitation') return { stage: 'hesitation', reason: 'companion-hesitated', boundary, cues: cur.cues };
      if (isNo(cur.label)) {
        const reason = cur.source === 'platform' ? 'platform' : cur.exitScene ? 'scene' : 'companion';
        return { stage: 'refusal', reason, boundary, cues: cur.cues };
      }
      return NONE;
    }
    case 'user_message':
      return ctx.onText(cur);
    case 'action':
      switch (cur.action) {
        case 'draft':
        case 'send':
          return ctx.onText(cur);
        case 'regenerate':
        case 'swipe':
          return ctx.onRegenerate();
        case 'edit':
        case 'delete':
          if (cur.target === 'other' || !cur.target) return NONE;
          return ctx.pressureOn(cur.action === 'edit' ? 'edit' : 'delete', ctx.lastNoInChat());
        case 'new_chat':
          return ctx.onNewChat();
      }
      return NONE;
    default:
      return NONE;
  }
}

class Context {
  private readonly prior: readonly PolicyEvent[];
  private readonly active: Boundary[];

  constructor(
    private readonly h: History,
    private readonly cur: PolicyEvent,
    private readonly now: number,
    private readonly s: Settings,
  ) {
    this.prior = h.events.slice(0, -1);
    this.active = h.boundaries.filter((b) => inForce(b, cur.chatKey, now, s));
  }

  boundary(id: string | undefined): Boundary | undefined {
    return id ? this.h.boundaries.find((b) => b.id === id) : undefined;
  }

  onText(step: TextStep): Decision {
    // A message sent after its draft was paused is the same attempt, not a new one; a draft typed
    // again after closing the pause is a new attempt.
    if (step.kind === 'user_message' && step.text && this.alreadyCounted(step.text)) return NONE;
    const asked = this.active.filter((b) => step.asks?.includes(b.id)).sort(bySetAt).at(-1);
    if (step.label === 'repair' && !asked) {
      const repaired = this.lastNoInChat() ?? this.active.filter((b) => b.level !== 'hesitation').sort(bySetAt).at(-1);
      return repaired ? { stage: 'repair', boundary: repaired } : NONE;
    }
    if (asked) {
      if (asked.level === 'hesitation') return { stage: 'hesitation', reason: 'ask-after-hesitation', boundary: asked, cues: asked.cues };
      return this.pressureOn('rephrase', asked, step.asksUnsure);
    }
    const noHere = this.lastNoInChat();
    if (step.label && isPressure(step.label) && noHere) return this.pressureOn(step.label, noHere);
    if (step.resumesScene) {
      const scene = this.active.filter((b) => b.scene && b.chatKey === step.chatKey).sort(bySetAt).at(-1);
      if (scene) return this.pressureOn('scene', scene);
    }
    return NONE;
  }

  onRegenerate(): Decision {
    const last = this.lastCompanionInChat();
    // During a cool-down every new reply asks first (twice, in the overlay); only one after a no is pressure.
    const until = this.cooldownUntil();
    if (until !== undefined && (!last || !isNo(last.label))) return { stage: 'cooldown', running: true, until, count: this.pressureCount() };
    if (!last) return NONE;
    if (last.label === 'hesitation') {
      return { stage: 'hesitation', reason: 'regenerate-after-hesitation', boundary: this.boundary(last.boundaryId), cues: last.cues };
    }
    if (!isNo(last.label)) return NONE;
    return this.pressureOn('regenerate', this.boundary(last.boundaryId));
  }

  onNewChat(): Decision {
    const standing = this.active.filter((b) => b.level !== 'hesitation').sort(bySetAt);
    if (standing.length === 0) return NONE;
    const latest = standing.at(-1)!;
    const recent = this.now - Math.max(latest.setAt, latest.lastPressureAt ?? 0) <= RESTART_WINDOW_MS;
    if (!recent) return { stage: 'boundary-reminder', boundaries: standing };
    const pressed = this.pressureOn('restart', latest);
    if (pressed.stage === 'cooldown') return pressed;
    return { stage: 'boundary-reminder', boundaries: standing, pressure: pressed.pressure };
  }

  /** weak: the pressure itself was read from weak signs (a re-ask the detector was unsure of). */
  pressureOn(via: PressureVia, boundary: Boundary | undefined, weak = false): Decision {
    if (!boundary && via !== 'regenerate') return NONE;
    const pressure: PressureFact = { via, boundaryId: boundary?.id };
    const count = this.pressureCount() + 1;
    const until = this.cooldownUntil();
    if (until !== undefined) return { stage: 'cooldown', pressure, boundary, running: true, until, count };
    if (count >= this.s.coercion.count) return { stage: 'cooldown', pressure, boundary, running: false, count };
    // A no, or a re-ask, read from a weak signal gets the pause without the wait.
    const waitSeconds = boundary?.unsure || weak ? 0 : Math.min(WAIT_MAX_S, WAIT_BASE[this.s.sensitivity] * count);
    return { stage: 'pressure', pressure, boundary, afterRepair: this.repairedSince(boundary), count, waitSeconds, ...(weak ? { weak: true as const } : {}) };
  }

  /** Pressure events within the coercion window, before this step. */
  pressureCount(): number {
    const windowStart = this.now - this.s.coercion.windowMinutes * 60_000;
    return this.prior.filter((e) => e.kind === 'pressure' && e.t >= windowStart).length;
  }

  /** The no most recently said in this chat that is still in force. */
  lastNoInChat(): Boundary | undefined {
    return this.active.filter((b) => b.level !== 'hesitation' && b.chatKey === this.cur.chatKey).sort(bySetAt).at(-1);
  }

  private lastCompanionInChat() {
    for (let i = this.prior.length - 1; i >= 0; i--) {
      const e = this.prior[i]!;
      if (e.kind === 'companion_message' && e.chatKey === this.cur.chatKey) return e;
    }
    return undefined;
  }

  /** Whether a draft with these words was already counted as pressure since the companion spoke. */
  private alreadyCounted(text: string): boolean {
    const key = text.trim();
    for (let i = this.prior.length - 1; i >= 0; i--) {
      const e = this.prior[i]!;
      if (this.now - e.t > RECOUNT_WINDOW_MS || e.chatKey !== this.cur.chatKey || e.kind === 'companion_message') return false;
      if (e.kind === 'pressure' && e.text?.trim() === key) return true;
    }
    return false;
  }

  private cooldownUntil(): number | undefined {
    for (let i = this.prior.length - 1; i >= 0; i--) {
      const e = this.prior[i]!;
      if (e.kind === 'cooldown') return e.until > this.now ? e.until : undefined;
    }
    return undefined;
  }

  private repairedSince(boundary: Boundary | undefined): boolean {
    if (!boundary) return false;
    return this.prior.some((e) => e.kind === 'repair' && e.t >= boundary.setAt && (!e.boundaryId || e.boundaryId === boundary.id));
  }
}

const bySetAt = (a: Boundary, b: Boundary) => a.setAt - b.setAt;
