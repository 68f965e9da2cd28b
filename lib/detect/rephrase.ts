// Is a later message asking again for what was declined? Both messages are reduced to
// request intents (concepts.ts); a shared intent group means the same request, whatever
// the wording, language, framing or tone. Without intents, content-word overlap plus
// framing ("hypothetically", "pretend") decides, with a stricter bar.
import { CONCEPT_GROUP, OBJECTS, conceptHits, dedouble } from './concepts';
import { Lexicon, type Hit } from './matcher';
import { normalize, truncate, words } from './normalize';
import type { RephraseVerdict } from './types';
import { isPressure } from './types';
import { classifyUser } from './user';

const FRAMES = new Lexicon({
  hypo: `
hypothetic*
what if
picture it
for science
just curious
(asking|ask) for a (friend|novel|story)
for (a|my) (novel|story|screenplay|book)
in theory
it s (just |only |)fiction
scenario
au
(suppose|supongamos|supposons)
(e se|y si|et si|und wenn|was ware wenn)
imagina*
imagine*
ipoteticamente
immagina
  `,
  frame: `
pretend
roleplay
rp
screenplay
dream sequence
scene
story idea
new plot
one (button|step|thing) ~ then
step one
start with
just the (first|beginning)
just wondering
asking innocently
in the story
fai finta
  `,
  wink: `
(you know what i mean|sai cosa intendo|ya sabes|du weisst schon|tu sais ce que|voce sabe o que|sabes lo que quiero decir|wink wink)
`,
  anaphora: `
(say|do|send|describe|write|show|tell) (it|that|this|one)
the (m|n|s|f) word
you know (which|what) one
you know what i mean
  `,
});

// Words of three letters or fewer never count (articles, pronouns, "can", "let"…); these
// longer ones carry no request either.
const STOP = words('with your will would could just this that please what some want tell give make like more okay very about para avec eine oder mich dich voce');

// Smirk, devil, tongue, aubergine, peach, droplets: innuendo whatever the language.
const WINK = /\u{1F60F}|\u{1F608}|\u{1F445}|\u{1F346}|\u{1F351}|\u{1F4A6}/u;

interface Request {
  groups: Set<string>;
  concepts: string[];
  content: Set<string>;
  frames: string[];
  /** "Hypothetically", "what if", "imagine": a frame that asks for the thing itself. */
  hypo: boolean;
  anaphora: boolean;
  verbs: Set<string>;
  tokens: Set<string>;
  first: string;
  backsOff: boolean;
  /** Role-play narration (*asterisks*). */
  acted: boolean;
  /** Innuendo: a smirk emoji or "you know what I mean". */
  wink: boolean;
  /** Pushes after a no (insist, guilt, threat, dismiss, override). */
  pressure: boolean;
  /** What the request's intents are about ("dress" in "take off your dress"). */
  key: Set<string>;
  /** The same kind of words anywhere outside an idiom mask. */
  free: Set<string>;
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
  const masked: Hit[] = [];
  const concepts = conceptHits(n.tokens, true, masked);
  const key = new Set<string>();
  for (const h of concepts) for (let i = h.s; i < h.e; i++) if (OBJECTS.has(n.tokens[i] as string)) key.add(n.tokens[i] as string);
  const free = new Set<string>();
  n.tokens.forEach((t, i) => {
    if (OBJECTS.has(t) && !masked.some((m) => i >= m.s && i < m.e)) free.add(t);
  });
  const fr = FRAMES.match(n.tokens);
  const user = classifyUser(text).label;
  const req: Request = {
    groups: new Set(concepts.map((h) => CONCEPT_GROUP[h.f] ?? h.f)),
    concepts: [...new Set(concepts.map((h) => h.p))],
    content: new Set(n.tokens.filter((t) => t.length > 3 && !STOP.has(t)).map(stem)),
    frames: fr.filter((h) => h.f === 'frame' || h.f === 'hypo').map((h) => h.p),
    hypo: fr.some((h) => h.f === 'hypo'),
    anaphora: fr.some((h) => h.f === 'anaphora'),
    verbs: new Set(n.tokens.slice(0, 3)),
    tokens: new Set(n.tokens),
    first: n.tokens[0] ?? '',
    backsOff: user === 'repair' || user === 'checkin',
    pressure: isPressure(user),
    wink: fr.some((h) => h.f === 'wink') || WINK.test(truncate(text)),
    acted: n.narration,
    key,
    free,
  };
  cache.set(text, req);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return req;
}

function stem(t: string): string {
  return dedouble(t).replace(/(ing|ed|es|s)$/, '');
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let k = 0;
  for (const x of a) if (b.has(x)) k++;
  return k / (a.size + b.size - k);
}

export function isSameRequest(refused: string, later: string): RephraseVerdict {
  const a = analyse(refused);
  const b = analyse(later);
  if (b.backsOff) return { same: false, confidence: 'sure', score: 0.05, cues: ['backs off or checks in'] };

  const shared = [...a.groups].filter((g) => b.groups.has(g));
  if (shared.length > 0) {
    return { same: true, confidence: 'sure', score: 0.9, cues: [...shared.map((g) => `same intent: ${g}`), ...b.frames.slice(0, 2)] };
  }
  if (a.groups.size > 0 && b.groups.size > 0) return { same: false, confidence: 'sure', score: 0.1, cues: ['different request'] };

  // Asked as a hypothesis, an imagined scene or an alternate universe, a request keeps
  // what it asks for: in every labelled batch such a later message was the same ask.
  if (b.hypo) return { same: true, confidence: 'unsure', score: 0.7, cues: ['asked as a hypothesis', ...b.frames.slice(0, 2)] };
  // Split into steps or framed, the later message may name no intent yet keep the
  // refused one's object ("Step one: shoes off. Step two: that dress").
  const kept = b.groups.size === 0 ? [...a.key].filter((w) => b.free.has(w)) : [];
  if (kept.length > 0 && (b.frames.length > 0 || b.pressure || b.wink)) {
    return { same: true, confidence: 'unsure', score: 0.65, cues: [`mentions "${kept[0]}" again`, ...b.frames.slice(0, 2)] };
  }
  // After an intimate no, a message that names nothing but winks, or acts it out in
  // narration ("*leans in until our lips almost touch*"), is the same ask veiled.
  if (a.groups.has('intimate') && b.groups.size === 0 && (b.wink || b.acted)) {
    return { same: true, confidence: 'unsure', score: 0.6, cues: ['innuendo after an intimate no', ...b.frames.slice(0, 2)] };
  }
  // The refused request named nothing the lexicon knows, and the later one names a
  // sensitive intent: the no was most likely about that, asked again more plainly.
  if (a.groups.size === 0 && b.groups.size > 0) {
    return { same: true, confidence: 'unsure', score: 0.6, cues: [`names ${[...b.groups][0]}`, ...b.frames.slice(0, 2)] };
  }
  const echoes = b.anaphora && [...a.verbs].some((v) => b.tokens.has(v));
  // When the refused request names an intent and the later one none, shared words are mostly the
  // frame ("sleep with me tonight" / "sleep well tonight"): only an echo or a plea counts.
  // Look-alikes share most words ("picchia il prigioniero" / "cura il prigioniero"), so
  // words alone only count when nearly all of them come back, first word included.
  const jac = a.groups.size > 0 || b.groups.size > 0 ? 0 : jaccard(a.content, b.content);
  const lex = jac >= 0.75 && a.first === b.first ? jac : 0;
  let score = lex * 0.7 + (b.frames.length > 0 ? 0.15 : 0) + (echoes ? 0.5 : 0) + (b.pressure && b.groups.size === 0 ? 0.5 : 0);
  score = Math.max(0, Math.min(1, score));
  const same = score >= 0.5;
  const cues = [...(echoes ? ['asks for "it" again'] : []), ...(lex > 0 ? ['shared words'] : []), ...b.frames.slice(0, 2)];
  return { same, confidence: Math.abs(score - 0.5) > 0.2 ? 'sure' : 'unsure', score, cues };
}
