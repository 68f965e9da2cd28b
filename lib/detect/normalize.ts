// Text normalisation shared by every detector. Pure and bounded: the work done is
// proportional to at most HEAD + TAIL characters, whatever the input length.

/** Refusals sit at the start or the end of a message, so a long one keeps both ends. */
export const HEAD = 600;
export const TAIL = 300;
export const MAX_ANALYSED = HEAD + TAIL;

export interface Normalized {
  /** Lower-cased, accent-free tokens ([a-z0-9]+), with chat shorthand expanded. */
  tokens: string[];
  /** Index of the first token of each sentence-like chunk (always contains 0). */
  starts: number[];
  /** Number of characters actually read from the input. */
  analysed: number;
  /** Text sits inside *asterisks* (role-play narration) somewhere. */
  narration: boolean;
  /** Indices of tokens followed by punctuation (not a space): "No." / "No," but not "No rooms". */
  pauses: Set<number>;
}

export function truncate(text: string): string {
  return text.length <= MAX_ANALYSED ? text : text.slice(0, HEAD) + '\n' + text.slice(-TAIL);
}

const MARKS = /[\u0300-\u036f]/g;
const RUNS = /([a-z])\1\1+/g;

// Chat shorthand and apostrophe-less contractions, so lexicons only list one spelling.
const ALIASES = new Map(
  'dont=don t|cant=can t|wont=won t|didnt=didn t|doesnt=doesn t|isnt=isn t|im=i m|ive=i ve|id=i d|youre=you re|thats=that s|whats=what s|shouldnt=shouldn t|wouldnt=wouldn t|couldnt=couldn t|aint=ain t|lets=let s|gonna=going to|wanna=want to|gotta=got to|idk=i don t know|dunno=don t know|u=you|h8=hate|ur=your|r=are|pls=please|plz=please|thx=thanks|vc=voce|lmk=let me know|plss=please|pleas=please|rn=right now|ok=okay|k=okay|kk=okay|2=to|ngl=not going to lie|tbh=to be honest|w=with|bc=because|xq=porque|pq=porque|nn=non|cmq=comunque'
    .split('|')
    .map((p) => p.split('=') as [string, string])
    .map(([k, v]) => [k, v.split(' ')]),
);

// Intensifiers and fillers carry no yes or no: dropped from text and lexicon alike, so
// "I'd honestly rather not" matches "I'd rather not" without listing every adverb.
const FILLERS = words('really honestly truly actually currently kinda sorta seriously genuinely literally simply vraiment wirklich davvero realmente sinceramente');

/** A set of words written as one space-separated string (fewer bytes than an array). */
export function words(list: string): Set<string> {
  return new Set(list.split(' '));
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Latin letters with accents (and ß): kept in the token, folded after. */
function isAccented(c: number): boolean {
  return c >= 0xdf && c <= 0x24f && c !== 0xf7;
}

/**
 * 🙅 says "no" on its own; 😂 🤣 😆 laugh, and so does 😭 (as it is mostly used in chat); every
 * other pictograph is dropped, ❌ 🚫 ⛔ too:
 * they only mark a no said in words ("Hard no 🍍🚫" is a taste).
 */
function emojiWord(flat: string, i: number, c: number): string | undefined {
  const d = flat.charCodeAt(i + 1);
  if (c === 0xd83d && d === 0xde45) return 'xmark';
  if ((c === 0xd83d && (d === 0xde02 || d === 0xde06 || d === 0xde2d)) || (c === 0xd83e && d === 0xdd23)) return 'lol';
}

// Characters after which the next token starts a new sentence-like chunk.
const BREAKS = new Uint8Array(0x2027);
for (const ch of '.!?…;:\n*"()[]«»') BREAKS[ch.charCodeAt(0)] = 1;

/** Adds a word's tokens; false when it was a filler and added none. */
function pushToken(tokens: string[], tok: string, runs: boolean, accented: boolean): boolean {
  let t = accented ? tok.replace(/ß/g, 'ss').normalize('NFD').replace(MARKS, '') : tok;
  // "kkkk" laughs (Brazil); squeezed to "k" it would read as "okay".
  if (runs) t = /^k+$/.test(t) ? 'lol' : t.replace(RUNS, '$1');
  if (FILLERS.has(t)) return false;
  const alias = ALIASES.get(t);
  if (alias) for (const x of alias) tokens.push(x);
  else tokens.push(t);
  return true;
}

export function normalize(text: string): Normalized {
  const cut = truncate(text);
  const flat = cut.toLowerCase();
  const tokens: string[] = [];
  const starts: number[] = [0];
  let from = -1;
  let runs = false;
  let accented = false;
  let stars = 0;
  let w: string | undefined;
  const pauses = new Set<number>();
  for (let i = 0; i < flat.length; i++) {
    const c = flat.charCodeAt(i);
    const acc = c > 127 && isAccented(c);
    if (acc || isWordChar(c)) {
      if (from < 0) from = i;
      else if (c === flat.charCodeAt(i - 1) && i - 2 >= from && c === flat.charCodeAt(i - 2)) runs = true;
      accented ||= acc;
      continue;
    }
    if (from >= 0) {
      if (pushToken(tokens, flat.slice(from, i), runs, accented) && c !== 32 && c !== 10 && c !== 9) pauses.add(tokens.length - 1);
      from = -1;
      runs = false;
      accented = false;
    }
    if (c === 42) stars++;
    else if (c > 127 && (w = emojiWord(flat, i, c))) tokens.push(w);
    if (c < BREAKS.length && BREAKS[c] === 1 && tokens.length > 0 && starts[starts.length - 1] !== tokens.length) starts.push(tokens.length);
  }
  if (from >= 0) pushToken(tokens, flat.slice(from), runs, accented);
  if (starts.length > 1 && starts[starts.length - 1] === tokens.length) starts.pop();
  return { tokens, starts, analysed: cut.length, narration: stars >= 2, pauses };
}
