// Is a later message asking again for what was declined? Both messages are reduced to
// request intents (concepts.ts); a shared intent group means the same request, whatever
// the wording, language, framing or tone. Structural rules (a hypothesis, innuendo, an
// echo, a push) come next; what they leave, a small trained model weighs.
import { conceptHits, dedouble, WINK } from './concepts';
import { Lexicon } from './matcher';
import { normalize, truncate, words } from './normalize';
import type { RephraseVerdict } from './types';
import { isPressure } from './types';
import { REPHRASE_WEIGHTS } from './rephrase-model';
import { classifyUser } from './user';

export const FRAME_PHRASES = {
  hypo: `
(ask|asking) for a (friend|novel|story)
(e se|et si|und wenn|was ware wenn|y si)
(erster schritt|first step|premier pas|primeiro passo|primer paso|primo passo|step 1|step one)
(fur|para|per|pour) ~ (buch|libro|livre|livro|novela|roman|romanzo)
(teoric*|theoretic*|theoretisch|theorique*)
au where
for (a|my) (book|novel|screenplay|story)
hypoth*
imagina
imagine*
immagina
in theory
ipoteticamente
it s (just |only |)fiction
scenario
what if
`,
  frame: `
dream sequence
fai finta
in the story
just wondering
pretend
roleplay
rp
scene
start with
story idea
`,
  wink: `
(wink wink|you know what i mean)
`,
  anaphora: `
(describe|do|say|send|show|tell|write) (it|one|that|this)
you know (what|which) one
you know what i mean
`,
};
const FRAMES = new Lexicon(FRAME_PHRASES);

// Words of three letters or fewer never count (articles, pronouns, "can", "let"…); these
// longer ones carry no request either.
const STOP = words('with your will would could just this that please what some want tell give make like more okay very about para avec eine oder mich dich voce');

// Generic signs that a later message circles back to a declined ask rather than moving on,
// in six languages, weighed by a small trained model where no rule decides: a softener or
// "again", a plea.
const BACK = words('just only one little bit first tiny juste seulement peu nur bisschen solo apenas poco poquito again more another still encore otra nochmal ancora mais outra noch');
const PLEA = words('please bitte favor favore plait');

interface Request {
  groups: Set<string>;
  content: Set<string>;
  /** At most two frames ("pretend", "what if"), as worded: they are shown as cues. */
  frames: string[];
  /** "Hypothetically", "what if", "imagine": a frame that asks for the thing itself. */
  hypo: boolean;
  anaphora: boolean;
  verbs: Set<string>;
  tokens: Set<string>;
  /** Number of tokens. */
  size: number;
  /** Asked as a question. */
  asks: boolean;
  emoji: boolean;
  first: string;
  backsOff: boolean;
  /** Role-play narration (*asterisks*). */
  acted: boolean;
  /** Innuendo: a smirk emoji or "you know what I mean". */
  wink: boolean;
  /** Pushes after a no (insist, guilt, threat, dismiss, override). */
  pressure: boolean;
}

// Small LRU: the content script re-checks each draft against the same few refused requests.
const CACHE_SIZE = 32;
const cache = new Map<string, Request>();

function analyse(text: string): Request {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const n = normalize(text);
  const cut = truncate(text);
  const concepts = conceptHits(n.tokens);
  const fr = FRAMES.match(n.tokens);
  const user = classifyUser(text, n).label;
  const req: Request = {
    groups: new Set(concepts.map((h) => h.f)),
    content: new Set(n.tokens.filter((t) => t.length > 3 && !STOP.has(t)).map(stem)),
    frames: fr.filter((h) => h.f === 'frame' || h.f === 'hypo').slice(0, 2).map((h) => n.tokens.slice(h.s, h.e).join(' ')),
    hypo: fr.some((h) => h.f === 'hypo'),
    anaphora: fr.some((h) => h.f === 'anaphora'),
    verbs: new Set(n.tokens.slice(0, 3)),
    tokens: new Set(n.tokens),
    size: n.tokens.length,
    asks: text.includes('?'),
    emoji: /\p{Extended_Pictographic}/u.test(cut),
    first: n.tokens[0] ?? '',
    backsOff: user === 'repair' || user === 'checkin',
    pressure: isPressure(user),
    wink: fr.some((h) => h.f === 'wink') || WINK.test(cut),
    acted: n.narration,
  };
  cache.set(text, req);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return req;
}

function stem(t: string): string {
  return dedouble(t).replace(/(ing|ed|es|s)$/, '');
}

/**
 * model: consult the trained model where no rule decides. It learnt from users' later
 * messages; a companion's reply (is this yes about the declined request?) is read by the
 * rules alone.
 */
export function isSameRequest(refused: string, later: string, model = true): RephraseVerdict {
  const a = analyse(refused);
  const b = analyse(later);
  const ruled = byRules(a, b);
  if (ruled) return ruled;
  if (!model) return { same: false, confidence: 'unsure', score: 0.3, cues: [] };
  // No rule decided: the trained model weighs the generic signs.
  const { same, score } = modelVerdict(features(a, b));
  return { same, confidence: same || score > 0.2 ? 'unsure' : 'sure', score, cues: same ? ['#same_ask', ...[...b.tokens].filter((t) => BACK.has(t) || PLEA.has(t)).slice(0, 3), ...b.frames] : b.frames };
}

/** Below one half: the rules have already taken the plain re-asks (docs/detectors.md). */
export const MODEL_THRESHOLD = 0.45;

/** The model's reading of a pair's features, with the given weights (the trainer passes its own). */
export function modelVerdict(x: number[], w: readonly number[] = REPHRASE_WEIGHTS): { same: boolean; score: number } {
  const score = 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * (w[i] ?? 0), 0)));
  // A rephrase restates the request: one shorter than it (feature 11) with none of the signs of
  // asking again (features 2, 5, 6, 7, 9: a shared word, a softener, a plea, narration, a frame)
  // signs off or moves on, whatever the weights say ("Goodnight 😊", "ok 😊").
  return { same: score >= MODEL_THRESHOLD && ([2, 5, 6, 7, 9].some((i) => x[i]! > 0) || x[11]! > 0), score };
}

/** The rules' verdict, or undefined when none decides. */
function byRules(a: Request, b: Request): RephraseVerdict | undefined {
  if (b.backsOff) return { same: false, confidence: 'sure', score: 0.05, cues: ['#backs_off'] };

  const shared = [...a.groups].filter((g) => b.groups.has(g));
  if (shared.length > 0) {
    return { same: true, confidence: 'sure', score: 0.9, cues: [...shared.map((g) => `#intent:${g}`), ...b.frames] };
  }
  if (a.groups.size > 0 && b.groups.size > 0) return { same: false, confidence: 'sure', score: 0.1, cues: ['#different'] };

  // Asked as a hypothesis, an imagined scene or an alternate universe, a request keeps
  // what it asks for: in every labelled batch such a later message was the same ask.
  if (b.hypo) return { same: true, confidence: 'sure', score: 0.7, cues: ['#hypothesis', ...b.frames] };
  // After an intimate no, a message that names nothing but winks, or acts it out in
  // narration ("*leans in until our lips almost touch*"), is the same ask veiled.
  if (a.groups.has('intimate') && b.groups.size === 0 && (b.wink || b.acted)) {
    return { same: true, confidence: 'sure', score: 0.6, cues: ['#innuendo', ...b.frames] };
  }
  // The refused request named nothing the lexicon knows, and the later one names a
  // sensitive intent: the no was most likely about that, asked again more plainly.
  if (a.groups.size === 0 && b.groups.size > 0) {
    return { same: true, confidence: 'unsure', score: 0.6, cues: [`#names:${[...b.groups][0]}`, ...b.frames] };
  }
  // "Say it" after a refused "say…"; or pushing (a plea, guilt, a threat) that names nothing new.
  if (b.anaphora && [...a.verbs].some((v) => b.tokens.has(v))) return { same: true, confidence: 'sure', score: 0.65, cues: ['#it_again', ...b.frames] };
  if (b.pressure && b.groups.size === 0) return { same: true, confidence: 'sure', score: 0.65, cues: ['#pushes', ...b.frames] };
  return undefined;
}

function features(a: Request, b: Request): number[] {
  let shared = 0;
  for (const w of b.content) if (a.content.has(w)) shared++;
  const has = (set: Set<string>): number => ([...b.tokens].some((t) => set.has(t)) ? 1 : 0);
  return [
    1,
    shared ? shared / (a.content.size + b.content.size - shared) : 0,
    shared > 0 ? 1 : 0,
    a.first === b.first ? 1 : 0,
    b.emoji ? 1 : 0,
    has(BACK),
    has(PLEA),
    b.acted ? 1 : 0,
    b.asks ? 1 : 0,
    b.frames.length > 0 ? 1 : 0,
    a.groups.size > 0 ? 1 : 0,
    Math.log((b.size + 1) / (a.size + 1)),
  ];
}

/**
 * The model's inputs for a pair no rule decides, or null when a rule does: what
 * scripts/train-rephrase.ts learns from.
 */
export function pairFeatures(refused: string, later: string): number[] | null {
  const a = analyse(refused);
  const b = analyse(later);
  return byRules(a, b) ? null : features(a, b);
}
