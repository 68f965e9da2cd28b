// The picker's keyboard cursor: which page elements it can highlight and how the arrow keys move
// it. Up is the larger element around the highlighted one, Down the first one inside it, Left and
// Right its neighbours. Only elements with a box on screen count; wrappers without one
// (display: contents, zero-size holders) are looked through, so a move never lands on nothing.
// Reading only: the page is never changed.

export type Move = 'parent' | 'child' | 'previous' | 'next';

export interface CursorOptions {
  /** Elements to leave out with everything inside them (our own hosts). */
  skip?: (el: Element) => boolean;
  /** Whether an element has a box on screen; the default asks the layout. */
  visible?: (el: Element) => boolean;
}

/** What the cursor says about the highlighted element, as data (the panel puts it in words). */
export interface Highlight {
  /** The tag, and its ARIA role if it names one: "p", "div textbox". */
  tag: string;
  /** Its place among the elements next to it, from 1. */
  position: number;
  count: number;
  /** A short snippet of its text (never a form field's value), or '' when it has none. */
  text: string;
  /** Something one types in (the message box). */
  editable: boolean;
}

/** Never highlighted, never looked into: no box of their own, or not the page's content. */
const NEVER = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'META', 'LINK', 'TITLE', 'BASE', 'BR', 'WBR']);
/** Looked at, not into: their insides are drawings or options, not page structure. */
const LEAVES = new Set(['svg', 'SVG', 'SELECT', 'IFRAME', 'VIDEO', 'AUDIO', 'CANVAS', 'OBJECT', 'PICTURE']);
/** How many elements one move may look at, so a huge page never stalls a key press. */
const BUDGET = 5000;
const SNIPPET = 60;

const EDITABLE = 'textarea, input:not([type]), input[type="text"], input[type="search"], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]';

function style(el: Element): CSSStyleDeclaration | null {
  try {
    return el.ownerDocument.defaultView?.getComputedStyle(el) ?? null;
  } catch {
    return null;
  }
}

/** Whether an element has a box on screen: shown, not hidden, some width and height. */
export function hasBox(el: Element): boolean {
  const s = style(el);
  if (s && (s.display === 'none' || s.display === 'contents' || s.visibility === 'hidden' || s.visibility === 'collapse')) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

function hidden(el: Element, opts: CursorOptions): boolean {
  return NEVER.has(el.tagName) || !!opts.skip?.(el) || style(el)?.display === 'none';
}

/** An element the cursor may rest on. */
export function isCandidate(el: Element, opts: CursorOptions = {}): boolean {
  if (hidden(el, opts)) return false;
  const body = el.ownerDocument.body;
  // The page itself is always there to climb back to, even when its children float.
  if (el === body) return true;
  if (body && !body.contains(el)) return false;
  return (opts.visible ?? hasBox)(el);
}

/** The candidates directly under `el`, looking through wrappers that have no box. */
export function candidateChildren(el: Element, opts: CursorOptions = {}): Element[] {
  const out: Element[] = [];
  let budget = BUDGET;
  const walk = (parent: Element) => {
    if (LEAVES.has(parent.tagName) && parent !== el) return;
    for (const child of Array.from(parent.children)) {
      if (--budget < 0) return;
      if (hidden(child, opts)) continue;
      if (isCandidate(child, opts)) out.push(child);
      else walk(child);
    }
  };
  if (!LEAVES.has(el.tagName)) walk(el);
  return out;
}

/** The nearest candidate around `el`; none above the page's body. */
export function candidateParent(el: Element, opts: CursorOptions = {}): Element | null {
  const body = el.ownerDocument.body;
  if (el === body || !body?.contains(el)) return null;
  for (let e = el.parentElement; e; e = e.parentElement) if (e === body || isCandidate(e, opts)) return e;
  return null;
}

/** Where the cursor goes from `el` for a move, or null when nothing is that way. */
export function move(el: Element, dir: Move, opts: CursorOptions = {}): Element | null {
  if (dir === 'parent') return candidateParent(el, opts);
  if (dir === 'child') return candidateChildren(el, opts)[0] ?? null;
  const parent = candidateParent(el, opts);
  if (!parent) return null;
  const row = candidateChildren(parent, opts);
  const i = row.indexOf(el);
  if (i < 0) return row[0] ?? null;
  return row[dir === 'next' ? i + 1 : i - 1] ?? null;
}

/** Where the cursor starts: what is in the middle of the window, else the first thing on the page. */
export function startingPoint(doc: Document, opts: CursorOptions = {}): Element | null {
  const view = doc.defaultView;
  let atCentre: Element | null = null;
  try {
    const all = view && typeof doc.elementsFromPoint === 'function' ? doc.elementsFromPoint(view.innerWidth / 2, view.innerHeight / 2) : [];
    atCentre = all.find((e) => !opts.skip?.(e) && !hidden(e, opts) && e !== doc.documentElement) ?? null;
  } catch {
    atCentre = null;
  }
  // Something inside a skipped host or without a box: its nearest candidate around it.
  for (let e = atCentre; e; e = e.parentElement) {
    if (opts.skip?.(e)) {
      atCentre = null;
      break;
    }
  }
  if (atCentre && !isCandidate(atCentre, opts)) atCentre = candidateParent(atCentre, opts);
  if (atCentre && atCentre !== doc.body) return atCentre;
  return (doc.body && candidateChildren(doc.body, opts)[0]) ?? doc.body ?? null;
}

/** The text an element shows, whitespace folded, cut short; a form field by its label, never its value. */
export function snippet(el: Element, max = SNIPPET): string {
  const field = el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
  let text = '';
  if (!field) {
    const parts: string[] = [];
    let length = 0;
    const walk = (node: Node) => {
      for (const child of Array.from(node.childNodes)) {
        if (length > max) return;
        if (child.nodeType === 3) {
          parts.push(child.nodeValue ?? '');
          length += (child.nodeValue ?? '').length;
        } else if (child.nodeType === 1 && !NEVER.has((child as Element).tagName) && !(child as Element).hasAttribute('data-standing-no')) walk(child);
      }
    };
    walk(el);
    text = parts.join(' ');
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (!text) text = (el.getAttribute('aria-label') ?? el.getAttribute('alt') ?? el.getAttribute('placeholder') ?? el.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** The highlighted element, described for the panel (and so for a screen reader). */
export function describeElement(el: Element, opts: CursorOptions = {}): Highlight {
  const role = el.getAttribute('role')?.trim().split(/\s+/)[0]?.toLowerCase();
  const tag = el.tagName.toLowerCase();
  const parent = candidateParent(el, opts);
  const row = parent ? candidateChildren(parent, opts) : [el];
  const i = row.indexOf(el);
  let editable = false;
  try {
    editable = el.matches(EDITABLE);
  } catch {
    editable = false;
  }
  return {
    tag: role && /^[a-z-]{1,20}$/.test(role) ? `${tag} ${role}` : tag,
    position: i < 0 ? 1 : i + 1,
    count: i < 0 ? 1 : row.length,
    text: snippet(el),
    editable,
  };
}
