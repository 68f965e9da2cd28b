// Selectors that survive a site's next deploy: ids, data-* and ARIA attributes, and the stable
// part of generated class names; hashed classes and positions (nth-of-type) only as a last resort.

const esc = (s: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`));
const quote = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

/** Attributes worth naming, most meaningful first. */
const ATTRS = ['data-testid', 'data-test', 'data-role', 'data-sender', 'data-author', 'data-message-author-role', 'role', 'aria-label', 'name', 'placeholder', 'type'];

/**
 * What a class name is good for: a plain class as is; a generated one by its stable prefix
 * (CSS modules "Chat_list__x7Yq2" → [class*="Chat_list__"], styled-components
 * "Row-sc-1x2k3j4-0" → [class*="Row-sc-"], Vite modules "_user_17be0_43" → [class*=" _user_"]);
 * a hash alone ("css-1nj33dt", "kLmNoP") not at all.
 */
export function classSelector(cls: string): string | null {
  const module = /^([A-Za-z][\w-]*?__)[\w-]{4,}$/.exec(cls) ?? /^([A-Za-z][\w]*-sc-)[\w-]+$/.exec(cls);
  if (module) return `[class*=${quote(module[1]!)}]`;
  const vite = /^(_[A-Za-z][A-Za-z0-9]*_)[a-z0-9]{4,}(_\d+)?$/.exec(cls);
  if (vite) return `:is([class^=${quote(vite[1]!)}], [class*=${quote(' ' + vite[1]!)}])`;
  if (isHashed(cls)) return null;
  return `.${esc(cls)}`;
}

export function isHashed(token: string): boolean {
  if (/^(css|sc|jsx|svelte|emotion|tw|styles?)-[a-z0-9]{4,}$/i.test(token)) return true;
  if (/^[a-z]{0,3}[0-9][a-z0-9]{3,}$/i.test(token) || /^[a-z0-9]*\d[a-z0-9]*\d[a-z0-9]*$/i.test(token)) return true;
  // Random mixed-case words ("kLmNoP", "aBcDe"): capitals inside, no separators.
  return /^[a-zA-Z]{5,10}$/.test(token) && /[a-z][A-Z].*[a-z][A-Z]/.test(token);
}

/** Short, stable attribute values (no text content, no hashes, no ids that count up). */
function stableValue(v: string): boolean {
  return v.length > 0 && v.length <= 60 && !isHashed(v) && !/\d{3,}/.test(v);
}

/** Stable simple selectors for one element, best first (without position). */
export function features(el: Element): string[] {
  const tag = el.tagName.toLowerCase();
  const out: string[] = [];
  if (el.id && stableValue(el.id) && !/^\d/.test(el.id)) out.push(`#${esc(el.id)}`);
  for (const a of ATTRS) {
    const v = el.getAttribute(a);
    if (v !== null && stableValue(v)) out.push(`${tag}[${a}=${quote(v)}]`);
  }
  for (const a of Array.from(el.attributes)) {
    if (a.name.startsWith('data-') && !ATTRS.includes(a.name)) out.push(stableValue(a.value) && a.value.length <= 20 ? `${tag}[${a.name}=${quote(a.value)}]` : `${tag}[${a.name}]`);
  }
  for (const c of Array.from(el.classList)) {
    const s = classSelector(c);
    if (s) out.push(`${tag}${s}`);
  }
  return out;
}

function unique(scope: ParentNode, sel: string, el: Element): boolean {
  try {
    const all = scope.querySelectorAll(sel);
    return all.length === 1 && all[0] === el;
  } catch {
    return false;
  }
}

/** A selector that finds exactly `el` in its document, as stable as the page allows. */
export function selectorFor(el: Element, depth = 0): string {
  const doc = el.ownerDocument;
  for (const f of features(el)) if (unique(doc, f, el)) return f;
  const parent = el.parentElement;
  const tag = el.tagName.toLowerCase();
  if (!parent || parent === doc.documentElement || depth >= 6) return tag;
  const up = selectorFor(parent, depth + 1);
  const base = features(el).find((f) => unique(parent, `:scope > ${f}`, el)) ?? tag;
  const sel = `${up} > ${base}`;
  if (unique(doc, sel, el)) return sel;
  // The last resort: a position among same-tag siblings (breaks when the page inserts one).
  const n = Array.from(parent.children).filter((c) => c.tagName === el.tagName).indexOf(el) + 1;
  return `${up} > ${tag}:nth-of-type(${n})`;
}

/** What two sibling elements share, as a selector both match (for repeated message rows). */
export function sharedSelector(a: Element, b: Element): string {
  const tag = a.tagName === b.tagName ? a.tagName.toLowerCase() : '*';
  const fb = new Set(features(b).map((f) => f.replace(/^[a-z0-9]+/, '')));
  // Shared attributes by name ("[data-sender]"), then shared classes.
  const names = Array.from(a.attributes)
    .map((x) => x.name)
    .filter((n) => (n.startsWith('data-') || n === 'role') && b.hasAttribute(n) && n !== 'data-index');
  const common = features(a)
    .map((f) => f.replace(/^[a-z0-9]+/, ''))
    .filter((f) => fb.has(f) && !f.startsWith('#'));
  const parts = [...names.map((n) => `[${n}]`), ...common.filter((f) => !f.startsWith('['))].slice(0, 2);
  if (a.hasAttribute('data-index') && b.hasAttribute('data-index')) parts.unshift('[data-index]');
  return `${tag}${parts.join('')}`;
}

/** A feature of `mine` that `other` lacks (an attribute value, a class, or one found inside). */
export function distinguishing(mine: Element, other: Element): string | null {
  for (const a of Array.from(mine.attributes)) {
    const theirs = other.getAttribute(a.name);
    if (a.name === 'class' || a.name === 'style' || a.name === 'id' || a.name === 'data-index') continue;
    if (theirs !== a.value && stableValue(a.value) && a.value.length <= 20) return `[${a.name}=${quote(a.value)}]`;
  }
  for (const c of Array.from(mine.classList)) {
    const s = classSelector(c);
    if (s && !safeMatches(other, s)) return s;
  }
  // Something inside the one row and nowhere inside the other.
  for (const inner of Array.from(mine.querySelectorAll('*')).slice(0, 200)) {
    for (const f of features(inner)) if (!f.startsWith('#') && !safeQuery(other, f)) return `:has(${f})`;
  }
  return null;
}

/** A selector for `el` relative to the row it is in, for reading a message's text. */
export function relativeSelector(row: Element, el: Element): string | null {
  if (el === row) return null;
  for (const f of features(el)) {
    try {
      if (row.querySelector(f) === el) return f;
    } catch {
      // Not a selector this browser knows; try the next.
    }
  }
  return null;
}

function safeMatches(el: Element, sel: string): boolean {
  try {
    return el.matches(sel);
  } catch {
    return false;
  }
}

function safeQuery(el: Element, sel: string): Element | null {
  try {
    return el.querySelector(sel);
  } catch {
    return null;
  }
}
