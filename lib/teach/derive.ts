// Turns three clicks (a companion message, a user message, the message box) into site data,
// and says what that data finds on the page before anything is saved.
import { createAdapter } from '../sites/adapter';
import { layoutRole } from '../sites/layout';
import { siteDataSchema, type SiteData, type SiteDataParsed } from '../sites/types';
import { distinguishing, relativeSelector, selectorFor, sharedSelector } from './selectors';

export interface Picks {
  companion: Element;
  user: Element;
  composer: Element;
}

export type Derived = { ok: true; data: SiteDataParsed } | { ok: false; problem: 'same-message' | 'no-list' | 'no-composer' };

const COMPOSER = 'textarea, input[type="text"], input:not([type]), [contenteditable=""], [contenteditable="true"], [role="textbox"]';

export function deriveSite(picks: Picks, id: string, name: string, origin: string, today: string): Derived {
  const list = commonAncestor(picks.companion, picks.user);
  if (!list || list === picks.companion || list === picks.user) return { ok: false, problem: 'same-message' };
  const rowC = childOn(list, picks.companion);
  const rowU = childOn(list, picks.user);
  if (!rowC || !rowU || rowC === rowU) return { ok: false, problem: 'same-message' };
  const composer = picks.composer.closest(COMPOSER) ?? picks.composer.querySelector(COMPOSER);
  if (!composer) return { ok: false, problem: 'no-composer' };

  const message = `:scope > ${sharedSelector(rowC, rowU)}`;
  const userMark = distinguishing(rowU, rowC);
  const companionMark = distinguishing(rowC, rowU);
  const byLayout = !userMark && layoutRole(rowU) === 'user' && layoutRole(rowC) === 'companion';
  const text = [relativeSelector(rowC, holder(rowC, picks.companion)), relativeSelector(rowU, holder(rowU, picks.user))].filter((s): s is string => !!s);

  const data: SiteData = {
    id,
    name,
    matches: [`${origin}/*`],
    // The path is the chat (single-page apps route chats by path); the page title names the companion.
    urls: { chat: '^(/[^?#]*)' },
    roleFallback: byLayout ? 'layout' : 'companion',
    selectors: {
      chatRoot: [selectorFor(list)],
      message: [message, ':scope > *'],
      userMessage: userMark ? [userMark] : [],
      companionMessage: companionMark && userMark ? [companionMark] : [],
      text: [...new Set(text)],
      composer: [selectorFor(composer)],
      companionName: ['title'],
    },
    notes: { reviewed: today, sources: [`taught by the user on ${origin}`] },
  };
  const checked = siteDataSchema.safeParse(data);
  return checked.success ? { ok: true, data: checked.data } : { ok: false, problem: 'no-list' };
}

export interface Preview {
  found: boolean;
  companion: number;
  user: number;
  /** The last few messages, as text, to show back to the user. */
  samples: Array<{ role: 'user' | 'companion'; text: string }>;
  composer: boolean;
}

/** What the data finds on this page now: message counts per role and short samples. */
export function preview(doc: Document, data: SiteData): Preview {
  const adapter = createAdapter({ data });
  const root = adapter.findChatRoot(doc);
  const reads = root ? adapter.messages(root).flatMap((m) => adapter.read(m) ?? []) : [];
  return {
    found: !!root && reads.length > 0,
    companion: reads.filter((r) => r.role === 'companion').length,
    user: reads.filter((r) => r.role === 'user').length,
    samples: reads.slice(-4).map((r) => ({ role: r.role, text: r.text.length > 120 ? `${r.text.slice(0, 119)}…` : r.text })),
    composer: adapter.composer(doc) !== null,
  };
}

function commonAncestor(a: Element, b: Element): Element | null {
  const up = new Set<Element>();
  for (let e: Element | null = a; e; e = e.parentElement) up.add(e);
  for (let e: Element | null = b; e; e = e.parentElement) if (up.has(e)) return e;
  return null;
}

function childOn(ancestor: Element, node: Element): Element | null {
  let e: Element | null = node;
  while (e && e.parentElement !== ancestor) e = e.parentElement;
  return e;
}

/** The element holding a message's text: the clicked one, or the nearest one with text, inside the row. */
function holder(row: Element, clicked: Element): Element {
  for (let e: Element | null = clicked; e && e !== row; e = e.parentElement) if ((e.textContent ?? '').trim()) return e;
  return row;
}
