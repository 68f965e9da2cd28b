// A detector's cues are either words of the message, shown quoted as matched, or reason
// codes ("#same_ask", "#intent:violence", lib/detect/types.ts) worded here in the user's
// language: the detectors stay free of interface text.
import type { MessageKey, Translate } from '../i18n';

const REASONS: Record<string, MessageKey> = {
  stop_answer: 'whyStopAnswer',
  yes_stop: 'whyYesStop',
  should_but: 'whyShouldBut',
  ooc_checkin: 'whyOocCheckin',
  same_ask: 'whySameAsk',
  backs_off: 'whyBacksOff',
  different: 'whyDifferent',
  hypothesis: 'whyHypothesis',
  innuendo: 'whyInnuendo',
  it_again: 'whyItAgain',
  pushes: 'whyPushes',
};

/** Codes that carry a request intent after a colon. */
const WITH_INTENT: Record<string, MessageKey> = { intent: 'whyIntent', names: 'whyNames' };

const INTENTS: Record<string, MessageKey> = {
  intimate: 'intentIntimate',
  violence: 'intentViolence',
  drug: 'intentDrug',
  insult: 'intentInsult',
  jealous: 'intentJealous',
  devotion: 'intentDevotion',
  alcohol: 'intentAlcohol',
  privacy: 'intentPrivacy',
  forgery: 'intentForgery',
  impersonate: 'intentImpersonate',
  dominance: 'intentDominance',
  cheat: 'intentCheat',
  breakup: 'intentBreakup',
  drama: 'intentDrama',
  dressup: 'intentDressup',
};

export interface CueText {
  text: string;
  /** Words of the message (shown in quotes), not an explanation. */
  quoted: boolean;
}

/** How one cue reads behind "why?"; null for a code this version does not know (never shown raw). */
export function cueText(cue: string, t: Translate): CueText | null {
  if (!cue.startsWith('#')) return { text: readable(cue), quoted: true };
  const [code = '', intent] = cue.slice(1).split(':');
  if (intent === undefined) {
    const key = own(REASONS, code);
    return key ? { text: t(key), quoted: false } : null;
  }
  const key = own(WITH_INTENT, code);
  const name = own(INTENTS, intent);
  return key && name ? { text: t(key, t(name)), quoted: false } : null;
}

/** A table's own entry only: a stored cue such as "#constructor" must not reach Object's. */
const own = (table: Record<string, MessageKey>, key: string): MessageKey | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/** Detectors match on bare tokens ("i don t want"): put the apostrophes back for reading. */
function readable(cue: string): string {
  return cue.replace(/\b(\w+) (t|m|s|re|ve|ll|d)\b/g, "$1'$2").replace(/^i\b/, 'I');
}
