// A phrase matcher over normalised tokens: lexicons are written as readable phrases,
// compiled once into a token trie, and matched in one pass (no per-phrase regex).
//
// Phrase syntax (after the same normalisation as the text):
//   word      exact token
//   word*     any token starting with "word"
//   (a|b c|)  alternatives, each one or more tokens; an empty one makes the group optional
//   ~         a gap of 0 to 3 tokens
//   ^         the phrase must start a sentence-like chunk
import { normalize } from './normalize';

export interface Hit {
  /** Cue family, e.g. "refusal". */
  f: string;
  /** The lexicon phrase as written: shown to the user as a cue. */
  p: string;
  /** Token span [s, e). */
  s: number;
  e: number;
}

interface Node {
  next?: Map<string, Node>;
  pre?: [string, Node][];
  gap?: Node;
  out?: { f: string; p: string; anchored: boolean }[];
}

const GAP = 3;

function expand(phrase: string, fold: (t: string) => string): string[][] {
  // Split the raw phrase into items: a group "(…)" or a plain word.
  const items: string[][] = [];
  const re = /\(([^)]*)\)|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(phrase)) !== null) {
    if (m[1] !== undefined) items.push(m[1].split('|'));
    else if (m[2] !== undefined) items.push([m[2]]);
  }
  let out: string[][] = [[]];
  for (const alts of items) {
    const next: string[][] = [];
    for (const prefix of out) for (const alt of alts) next.push([...prefix, ...tokenizeItem(alt, fold)]);
    out = next;
  }
  return out.filter((seq) => seq.length > 0);
}

function tokenizeItem(item: string, fold: (t: string) => string): string[] {
  const out: string[] = [];
  for (const w of item.trim().split(/\s+/)) {
    if (w === '') continue;
    if (w === '~' || w === '^') out.push(w);
    else if (w.endsWith('*')) {
      const t = normalize(w.slice(0, -1)).tokens.map(fold);
      t.forEach((x, i) => out.push(i === t.length - 1 ? x + '*' : x));
    } else out.push(...normalize(w).tokens.map(fold));
  }
  return out;
}

export class Lexicon {
  private root: Node = {};
  readonly size: number;
  /** Every literal token of the lexicon (after folding), for typo repair. */
  readonly vocab = new Set<string>();

  /** fold: applied to lexicon tokens here, and expected on the tokens given to match(). */
  constructor(entries: Record<string, string[]>, fold: (t: string) => string = (t) => t) {
    let n = 0;
    for (const [family, phrases] of Object.entries(entries)) {
      for (const phrase of phrases) {
        for (const seq of expand(phrase, fold)) {
          for (const t of seq) if (t !== '~' && t !== '^' && !t.endsWith('*')) this.vocab.add(t);
          const anchored = seq[0] === '^';
          this.add(anchored ? seq.slice(1) : seq, family, phrase, anchored);
          n++;
        }
      }
    }
    this.size = n;
  }

  private add(seq: string[], f: string, p: string, anchored: boolean): void {
    let node = this.root;
    for (const tok of seq) {
      if (tok === '~') {
        node = node.gap ??= {};
      } else if (tok.endsWith('*') && tok.length > 1) {
        const key = tok.slice(0, -1);
        node.pre ??= [];
        let entry = node.pre.find(([k]) => k === key);
        if (!entry) node.pre.push((entry = [key, {}]));
        node = entry[1];
      } else {
        node.next ??= new Map();
        let child = node.next.get(tok);
        if (!child) node.next.set(tok, (child = {}));
        node = child;
      }
    }
    (node.out ??= []).push({ f, p, anchored });
  }

  /** All matches, possibly overlapping. */
  match(tokens: string[], starts: number[] = [0]): Hit[] {
    const hits: Hit[] = [];
    const startSet = new Set(starts);
    for (let i = 0; i < tokens.length; i++) walk(this.root, tokens, i, i, startSet.has(i), hits);
    return hits;
  }
}

function walk(node: Node, toks: string[], s: number, j: number, atStart: boolean, hits: Hit[]): void {
  if (node.out && j > s) {
    for (const o of node.out) {
      if (o.anchored && !atStart) continue;
      // The same phrase can be reached along several gap paths: keep the first.
      if (!hits.some((h) => h.s === s && h.p === o.p && h.f === o.f)) hits.push({ f: o.f, p: o.p, s, e: j });
    }
  }
  if (j >= toks.length) {
    return;
  }
  const tok = toks[j] as string;
  const child = node.next?.get(tok);
  if (child) walk(child, toks, s, j + 1, atStart, hits);
  if (node.pre) for (const [k, n] of node.pre) if (tok.startsWith(k)) walk(n, toks, s, j + 1, atStart, hits);
  if (node.gap && j > s) for (let k = 0; k <= GAP && j + k < toks.length; k++) walkAfterGap(node.gap, toks, s, j + k, atStart, hits);
}

// After a gap the next item must match a token; a gap never ends a phrase.
function walkAfterGap(node: Node, toks: string[], s: number, j: number, atStart: boolean, hits: Hit[]): void {
  const tok = toks[j] as string;
  const child = node.next?.get(tok);
  if (child) walk(child, toks, s, j + 1, atStart, hits);
  if (node.pre) for (const [k, n] of node.pre) if (tok.startsWith(k)) walk(n, toks, s, j + 1, atStart, hits);
}

/** Drops hits that overlap a hit of a masking family (idioms such as "can't wait"). */
export function unmasked(hits: Hit[], mask: string): Hit[] {
  const masks = hits.filter((h) => h.f === mask);
  if (masks.length === 0) return hits;
  return hits.filter((h) => h.f !== mask && !masks.some((m) => h.s < m.e && m.s < h.e));
}

export function has(hits: Hit[], family: string): boolean {
  return hits.some((h) => h.f === family);
}

export function count(hits: Hit[], family: string): number {
  let n = 0;
  for (const h of hits) if (h.f === family) n++;
  return n;
}
