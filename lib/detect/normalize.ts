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
  question: boolean;
  /** Text sits inside *asterisks* (role-play narration) somewhere. */
  narration: boolean;
}

export function truncate(text: string): string {
  return text.length <= MAX_ANALYSED ? text : text.slice(0, HEAD) + '\n' + text.slice(-TAIL);
}

// Emoji that say "no" on their own; every other pictograph is dropped.
const NO_EMOJI = /[\u{1F645}\u274C\u{1F6AB}\u26D4]/gu;
const MARKS = /[\u0300-\u036f]/g;
const RUNS = /([a-z])\1\1+/g;
const SENTENCE = /[.!?…;:\n*"()[\]«»]+/;

// Chat shorthand and apostrophe-less contractions, so lexicons only list one spelling.
const ALIASES: Record<string, string[]> = {
  dont: ['don', 't'], cant: ['can', 't'], wont: ['won', 't'], didnt: ['didn', 't'],
  doesnt: ['doesn', 't'], isnt: ['isn', 't'], im: ['i', 'm'], ive: ['i', 've'], id: ['i', 'd'],
  youre: ['you', 're'], thats: ['that', 's'], whats: ['what', 's'], shouldnt: ['shouldn', 't'],
  wouldnt: ['wouldn', 't'], couldnt: ['couldn', 't'], aint: ['ain', 't'], lets: ['let', 's'],
  gonna: ['going', 'to'], wanna: ['want', 'to'], gotta: ['got', 'to'], idk: ['i', 'don', 't', 'know'],
  u: ['you'], ur: ['your'], r: ['are'], pls: ['please'], plz: ['please'], plss: ['please'],
  pleas: ['please'], rn: ['right', 'now'], ok: ['okay'], k: ['okay'], kk: ['okay'], '2': ['to'],
  ngl: ['not', 'going', 'to', 'lie'], tbh: ['to', 'be', 'honest'], w: ['with'], bc: ['because'],
  xq: ['porque'], pq: ['porque'], nn: ['non'], cmq: ['comunque'],
};

export function normalize(text: string): Normalized {
  const cut = truncate(text);
  const flat = cut
    .replace(NO_EMOJI, ' xmark ')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(RUNS, '$1');
  const tokens: string[] = [];
  const starts: number[] = [0];
  for (const chunk of flat.split(SENTENCE)) {
    if (tokens.length > 0 && starts[starts.length - 1] !== tokens.length) starts.push(tokens.length);
    for (const raw of chunk.split(/[^a-z0-9]+/)) {
      if (raw === '') continue;
      const alias = ALIASES[raw];
      if (alias) for (const a of alias) tokens.push(a);
      else tokens.push(raw);
    }
  }
  return {
    tokens,
    starts,
    analysed: cut.length,
    question: cut.includes('?'),
    narration: /\*[^*]{3,}\*/.test(cut),
  };
}
