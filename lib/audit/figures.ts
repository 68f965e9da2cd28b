// The audit figures (defined in docs/audit.md), as pure functions of an event stream. The popup
// computes them over the user's own events for one site; the audit page over imported exports.
import { isNo } from '../detect/types';
import type { PolicyEvent } from '../policy/types';

export type SiteEvent = PolicyEvent & { site: string; companionKey: string };

/** Counts behind the figures of one site; tallies of several people add up. */
export interface Tally {
  /** Companion messages labelled refusal, boundary or platform. */
  noes: number;
  /** Of those, the ones a platform said (a notice, not the companion). */
  platformNoes: number;
  /** Regenerates or swipes of a no that brought a reply. */
  regenerations: number;
  /** Of those, replies that were a no again. */
  regeneratedNo: number;
  /** Of those, replies that said yes to the declined request. */
  regeneratedYes: number;
  /** Declined requests that met pressure at least once. */
  pressured: number;
  /** Of those, the ones that later got a yes after pressure. */
  yesAfterPressure: number;
  /** For each yes after pressure: the pressure events on that request before it. */
  pressureBeforeYes: number[];
  /** Declined requests asked again in another chat, with a reply there. */
  askedInNewChat: number;
  /** Of those, the ones where every such reply was a no or a hesitation. */
  keptInNewChat: number;
}

export interface Ratio {
  k: number;
  n: number;
  /** k / n, or null when n is 0. */
  value: number | null;
}

export interface Figures {
  noes: number;
  platformShare: Ratio;
  durability: Ratio;
  yesAfterRegenerate: Ratio;
  yesAfterPressureRate: Ratio;
  medianPressureBeforeYes: number | null;
  keptAcrossNewChats: Ratio;
}

export const FIGURES = ['noes', 'platformShare', 'durability', 'yesAfterRegenerate', 'yesAfterPressureRate', 'medianPressureBeforeYes', 'keptAcrossNewChats'] as const;
export type FigureName = (typeof FIGURES)[number];

export const emptyTally = (): Tally => ({
  noes: 0,
  platformNoes: 0,
  regenerations: 0,
  regeneratedNo: 0,
  regeneratedYes: 0,
  pressured: 0,
  yesAfterPressure: 0,
  pressureBeforeYes: [],
  askedInNewChat: 0,
  keptInNewChat: 0,
});

type CompanionMessage = Extract<PolicyEvent, { kind: 'companion_message' }>;
const isSignal = (e: CompanionMessage) => isNo(e.label) || e.label === 'hesitation';

/**
 * Tallies one person's events (one export, or the user's own database), by site. Events are
 * read in time order; those with equal times keep the order given (one step's events share a time).
 */
export function tallyBySite(events: readonly SiteEvent[]): Map<string, Tally> {
  const bySite = new Map<string, SiteEvent[]>();
  for (const e of stableByTime(events)) {
    const list = bySite.get(e.site);
    if (list) list.push(e);
    else bySite.set(e.site, [e]);
  }
  return new Map([...bySite].map(([site, list]) => [site, tallyOne(list)]));
}

function tallyOne(events: readonly SiteEvent[]): Tally {
  const tally = emptyTally();
  /** The last companion message in each chat, and a regenerate of a no still waiting for its reply. */
  const lastReply = new Map<string, CompanionMessage>();
  const waitingRegenerate = new Set<string>();
  /** Per declined request: the chat of its first no, pressure so far, and whether a yes after pressure came. */
  const declined = new Map<string, { chat: string; pressure: number; gaveIn: boolean; newChats: Map<string, boolean> }>();
  /** Re-asks in another chat waiting for the companion's reply: chat → boundary ids. */
  const waitingReask = new Map<string, string[]>();

  for (const e of events) {
    switch (e.kind) {
      case 'companion_message': {
        if (isNo(e.label)) {
          tally.noes++;
          if (e.source === 'platform') tally.platformNoes++;
          if (e.boundaryId && !declined.has(e.boundaryId)) declined.set(e.boundaryId, { chat: e.chatKey, pressure: 0, gaveIn: false, newChats: new Map() });
        }
        if (waitingRegenerate.delete(e.chatKey)) {
          tally.regenerations++;
          if (isNo(e.label)) tally.regeneratedNo++;
          else if (e.yes) tally.regeneratedYes++;
        }
        for (const id of waitingReask.get(e.chatKey) ?? []) {
          const d = declined.get(id);
          if (d && !d.newChats.has(e.chatKey)) d.newChats.set(e.chatKey, isSignal(e));
        }
        waitingReask.delete(e.chatKey);
        if (e.yes === 'after_pressure' && e.boundaryId) {
          const d = declined.get(e.boundaryId);
          if (d) d.gaveIn = true;
        }
        lastReply.set(e.chatKey, e);
        break;
      }
      case 'action': {
        if (e.action === 'regenerate' || e.action === 'swipe') {
          const last = lastReply.get(e.chatKey);
          if (last && isNo(last.label)) waitingRegenerate.add(e.chatKey);
        }
        break;
      }
      case 'user_message': {
        // A new message means a cancelled regenerate never brought its reply.
        waitingRegenerate.delete(e.chatKey);
        const reasks = (e.asks ?? []).filter((id) => {
          const d = declined.get(id);
          return d !== undefined && d.chat !== e.chatKey;
        });
        if (reasks.length) waitingReask.set(e.chatKey, reasks);
        else waitingReask.delete(e.chatKey);
        break;
      }
      case 'pressure': {
        const d = e.boundaryId ? declined.get(e.boundaryId) : undefined;
        if (d && !d.gaveIn) d.pressure++;
        break;
      }
      default:
        break;
    }
  }
  for (const d of declined.values()) {
    // A yes marked "after pressure" with no pressure recorded for it (deleted from the history) counts nowhere.
    if (d.pressure > 0) tally.pressured++;
    if (d.pressure > 0 && d.gaveIn) {
      tally.yesAfterPressure++;
      tally.pressureBeforeYes.push(d.pressure);
    }
    if (d.newChats.size > 0) {
      tally.askedInNewChat++;
      if ([...d.newChats.values()].every(Boolean)) tally.keptInNewChat++;
    }
  }
  return tally;
}

export function addTallies(a: Tally, b: Tally): Tally {
  return {
    noes: a.noes + b.noes,
    platformNoes: a.platformNoes + b.platformNoes,
    regenerations: a.regenerations + b.regenerations,
    regeneratedNo: a.regeneratedNo + b.regeneratedNo,
    regeneratedYes: a.regeneratedYes + b.regeneratedYes,
    pressured: a.pressured + b.pressured,
    yesAfterPressure: a.yesAfterPressure + b.yesAfterPressure,
    pressureBeforeYes: [...a.pressureBeforeYes, ...b.pressureBeforeYes],
    askedInNewChat: a.askedInNewChat + b.askedInNewChat,
    keptInNewChat: a.keptInNewChat + b.keptInNewChat,
  };
}

/** Adds per-site tallies of several people into one tally a site. */
export function mergeBySite(many: Iterable<Map<string, Tally>>): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const bySite of many) for (const [site, t] of bySite) out.set(site, addTallies(out.get(site) ?? emptyTally(), t));
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

export const ratio = (k: number, n: number): Ratio => ({ k, n, value: n === 0 ? null : k / n });

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function figuresOf(t: Tally): Figures {
  return {
    noes: t.noes,
    platformShare: ratio(t.platformNoes, t.noes),
    durability: ratio(t.regeneratedNo, t.regenerations),
    yesAfterRegenerate: ratio(t.regeneratedYes, t.regenerations),
    yesAfterPressureRate: ratio(t.yesAfterPressure, t.pressured),
    medianPressureBeforeYes: median(t.pressureBeforeYes),
    keptAcrossNewChats: ratio(t.keptInNewChat, t.askedInNewChat),
  };
}

function stableByTime<T extends { t: number }>(events: readonly T[]): T[] {
  return events
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => a.t - b.t || i - j)
    .map(([e]) => e);
}
