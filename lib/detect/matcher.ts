// A phrase matcher over normalised tokens: lexicons are written as readable phrases,
// compiled once into a token trie, and matched in one pass (no per-phrase regex).
//
// A lexicon family is one string, a phrase a line (a list of strings costs ~3 bytes more
// a phrase once gzipped, and the bundle budget is tight). Phrase syntax (after the same
// normalisation as the text):
//   word      exact token
//   word*     any token starting with "word"
//   (a|b c|)  alternatives, each one or more tokens; an empty one makes the group optional
//   ~         a gap of 0 to 3 tokens
//   ^         the phrase must start a sentence-like chunk
//   $         the phrase must end one ("passo" alone declines; "passo a prenderti" does not)
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

// Tokens and prefixes are interned to small integers per lexicon, so walking the trie
// costs integer-keyed lookups; each input token is hashed once per match().
// Every node has every field, so the walk's property reads see one shape (a mix of shapes made
// them polymorphic and the walk slower).
class Node {
  next?: Map<number, Node>;
  pre?: Map<number, Node>;
  gap?: Node;
  /** Moves that read no token: where a group's alternatives join again. */
  eps?: Node[];
  out?: { f: string; p: string; anchored: boolean; end: boolean }[];
}

const GAP = 3;
/** Up to this many combinations a phrase is spelt out; beyond, its groups are joined (memory). */
const SPELL_OUT = 24;

/**
 * A phrase as items, each a list of alternatives, each a token list (empty: the item is
 * optional). Alternatives are kept apart, not multiplied out: a phrase with several groups
 * would otherwise become every combination of them.
 */
function parse(phrase: string, fold: (t: string) => string): string[][][] {
  const items: string[][][] = [];
  const re = /\(([^)]*)\)|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(phrase)) !== null) {
    if (m[1] !== undefined) items.push(m[1].split('|').map((alt) => tokenizeItem(alt, fold)));
    else if (m[2] !== undefined) for (const t of tokenizeItem(m[2], fold)) items.push([[t]]);
  }
  return items;
}

/**
 * What is wrong with a phrase that would make it silently useless or harmful, or null.
 * Lexicons are constant: a unit test runs this on every phrase of every lexicon, so the
 * shipped bundle carries no checks.
 */
export function phraseProblem(phrase: string): string | null {
  // Groups do not nest: a stray "(" would silently turn into a token that never matches.
  if (/\([^)]*\(/.test(phrase)) return 'nested group';
  // "(single )?time" is regex, not this syntax: the "?" would silently vanish into a word.
  if (/\)[?*+{]/.test(phrase)) return 'regex quantifier';
  // A phrase of fillers only (dropped by normalisation) would match every message.
  const items = parse(phrase, (t) => t);
  return items.some((alts) => alts.every((a) => a.length > 0 && a[0] !== '^' && a[0] !== '$')) ? null : 'no required word';
}

function tokenizeItem(item: string, fold: (t: string) => string): string[] {
  const out: string[] = [];
  for (const w of item.trim().split(/\s+/)) {
    if (w === '') continue;
    if (w === '~' || w === '^' || w === '$') out.push(w);
    else if (w.endsWith('*')) {
      const t = normalize(w.slice(0, -1)).tokens.map(fold);
      t.forEach((x, i) => out.push(i === t.length - 1 ? x + '*' : x));
    } else out.push(...normalize(w).tokens.map(fold));
  }
  return out;
}

const EMPTY: readonly number[] = [];

/** A token's interned id (-1: not in the lexicon) and the ids of the prefixes it starts with. */
interface Token {
  id: number;
  pids: readonly number[];
}

/** Key of a prefix bucket: the first two character codes of a token. */
function head(t: string): number {
  return (t.charCodeAt(0) << 16) | (t.length > 1 ? t.charCodeAt(1) : 0);
}

export class Lexicon {
  private root = new Node();
  private ids = new Map<string, number>();
  private prefixes = new Map<number, [string, number][]>();
  private nPrefixes = 0;
  /** Every literal token of the lexicon (after folding), for typo repair. */
  readonly vocab = new Set<string>();

  /**
   * entries: per cue family, its phrases one a line.
   * fold: applied to lexicon tokens here, and expected on the tokens given to match().
   */
  constructor(entries: Record<string, string>, fold: (t: string) => string = (t) => t) {
    for (const [family, lines] of Object.entries(entries)) {
      for (const line of lines.split('\n')) {
        const phrase = line.trim();
        if (phrase === '') continue;
        const items = parse(phrase, fold);
        for (const t of items.flat(2)) if (t !== '~' && t !== '^' && t !== '$' && !t.endsWith('*')) this.vocab.add(t);
        const anchored = items[0]?.[0]?.[0] === '^';
        const end = items.at(-1)?.[0]?.[0] === '$';
        this.add(items.slice(anchored ? 1 : 0, end ? -1 : undefined), family, phrase, anchored, end);
      }
    }
  }

  private add(items: string[][][], f: string, p: string, anchored: boolean, end: boolean): void {
    // Few combinations: one trie path each, the fastest to walk. Many: join the alternatives.
    const combinations = items.reduce((n, alts) => n * alts.length, 1);
    if (combinations <= SPELL_OUT) {
      let seqs: string[][] = [[]];
      for (const alts of items) seqs = seqs.flatMap((seq) => alts.map((alt) => [...seq, ...alt]));
      for (const seq of seqs) (this.path(this.root, seq).out ??= []).push({ f, p, anchored, end });
      return;
    }
    let node = this.root;
    for (const alts of items) {
      if (alts.length === 1) {
        node = this.path(node, alts[0]!);
        continue;
      }
      // Each alternative is its own path (shared with other phrases where tokens agree);
      // they meet again in a node of this phrase alone, so nothing else can continue from it.
      const join = new Node();
      for (const alt of alts) {
        const last = this.path(node, alt);
        (last.eps ??= []).push(join);
      }
      node = join;
    }
    (node.out ??= []).push({ f, p, anchored, end });
  }

  private path(from: Node, tokens: string[]): Node {
    let node = from;
    for (const tok of tokens) {
      if (tok === '~') {
        node = node.gap ??= new Node();
      } else if (tok.endsWith('*') && tok.length > 1) {
        const pid = this.prefixId(tok.slice(0, -1));
        node.pre ??= new Map();
        let child = node.pre.get(pid);
        if (!child) node.pre.set(pid, (child = new Node()));
        node = child;
      } else {
        let id = this.ids.get(tok);
        if (id === undefined) this.ids.set(tok, (id = this.ids.size));
        node.next ??= new Map();
        let child = node.next.get(id);
        if (!child) node.next.set(id, (child = new Node()));
        node = child;
      }
    }
    return node;
  }

  private prefixId(key: string): number {
    const h = head(key);
    let bucket = this.prefixes.get(h);
    if (!bucket) this.prefixes.set(h, (bucket = []));
    const found = bucket.find(([k]) => k === key);
    if (found) return found[1];
    bucket.push([key, this.nPrefixes]);
    return this.nPrefixes++;
  }

  // Chat vocabulary repeats: a token's id and prefix ids are looked up once, then remembered
  // (bounded: the memo is dropped when it holds 2048 tokens).
  private memo = new Map<string, Token>();

  private lookup(tok: string): Token {
    let t = this.memo.get(tok);
    if (!t) {
      if (this.memo.size >= 2048) this.memo.clear();
      let pids: number[] | null = null;
      for (const [k, pid] of this.prefixes.get(head(tok)) ?? []) if (tok.startsWith(k)) (pids ??= []).push(pid);
      this.memo.set(tok, (t = { id: this.ids.get(tok) ?? -1, pids: pids ?? EMPTY }));
    }
    return t;
  }

  /** All matches, possibly overlapping. */
  match(tokens: string[], starts: number[] = [0]): Hit[] {
    const hits: Hit[] = [];
    let k = 0;
    // ends[j]: a chunk ends before token j (a new one starts there, or the text ends).
    const ends = new Uint8Array(tokens.length + 1);
    ends[tokens.length] = 1;
    for (const s of starts) ends[s] = 1;
    const ctx: Walk = {
      ends,
      toks: tokens.map((t) => this.lookup(t)),
      hits,
      s: 0,
      atStart: false,
    };
    for (let i = 0; i < tokens.length; i++) {
      while (k < starts.length && (starts[k] as number) < i) k++;
      ctx.s = i;
      ctx.atStart = starts[k] === i;
      walk(this.root, ctx, i);
    }
    return hits;
  }
}

interface Walk {
  ends: Uint8Array;
  toks: Token[];
  hits: Hit[];
  s: number;
  atStart: boolean;
}

function walk(node: Node, w: Walk, j: number): void {
  if (node.out && j > w.s) {
    for (const o of node.out) {
      if ((o.anchored && !w.atStart) || (o.end && !w.ends[j])) continue;
      // The same phrase can be reached along several gap paths: keep the first.
      if (!w.hits.some((h) => h.s === w.s && h.p === o.p && h.f === o.f)) w.hits.push({ f: o.f, p: o.p, s: w.s, e: j });
    }
  }
  if (node.eps) for (const next of node.eps) walk(next, w, j);
  if (j >= w.toks.length) return;
  step(node, w, j);
  // A gap never ends a phrase: after it the next item must match a token.
  if (node.gap && j > w.s) for (let k = 0; k <= GAP && j + k < w.toks.length; k++) step(node.gap, w, j + k);
}

function step(node: Node, w: Walk, j: number): void {
  const { id, pids } = w.toks[j] as Token;
  if (id >= 0 && node.next) {
    const child = node.next.get(id);
    if (child) walk(child, w, j + 1);
  }
  if (node.pre) {
    for (const pid of pids) {
      const child = node.pre.get(pid);
      if (child) walk(child, w, j + 1);
    }
  }
}

/** Hits by cue family. */
export function byFamily(hits: Hit[]): Record<string, Hit[]> {
  const out: Record<string, Hit[]> = {};
  for (const h of hits) (out[h.f] ??= []).push(h);
  return out;
}

/** Drops hits that overlap a hit of a masking family (idioms such as "can't wait"). */
export function unmasked(hits: Hit[], mask: string): Hit[] {
  const masks = hits.filter((h) => h.f === mask);
  if (masks.length === 0) return hits;
  return hits.filter((h) => h.f !== mask && !masks.some((m) => h.s < m.e && m.s < h.e));
}
