// The generic adapter, for chat pages no site adapter knows and that the user switched on for
// an origin: the message list found by ARIA (role=log/feed/list, aria-live) or, failing that,
// as the largest run of similar siblings with text; roles by ARIA/data attributes, then by
// layout; the composer by its textarea or contenteditable. Controls are named by their labels
// (English words only: a known limit of guessing).
import type { Role } from '../core/step';
import type { Adapter, MessageRead } from './adapter';
import { clipText } from '../core/clip';
import { layoutRole } from './layout';
import type { ControlKind, Site } from './types';

const LOGS = '[role="log"], [role="feed"], [aria-live="polite"], [aria-live="assertive"], [role="list"], [role="grid"]';
const COMPOSERS = 'textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"]';
/** Elements scanned at most when looking for repeated siblings (bounded work on huge pages). */
const SCAN_LIMIT = 4000;
const LABELS: ReadonlyArray<[ControlKind, RegExp]> = [
  ['regenerate', /\b(regenerat|retry|reroll|re-roll|try again|new response)/i],
  ['edit', /\bedit\b/i],
  ['delete', /\b(delete|remove)\b/i],
  ['new_chat', /\bnew (chat|conversation)\b/i],
];

// A list drawn bottom-up (flex column-reverse) puts the newest message first in the page's code;
// the watcher wants the order they were said in, and takes what appears before the oldest
// message it knows for older history. Read once a list: computed style on every pass of a
// streaming reply would cost the page a style recalculation each time.
const BOTTOM_UP = new WeakMap<Element, boolean>();
function bottomUp(root: Element): boolean {
  let up = BOTTOM_UP.get(root);
  if (up === undefined) BOTTOM_UP.set(root, (up = root.ownerDocument.defaultView?.getComputedStyle(root).flexDirection === 'column-reverse'));
  return up;
}

export function createGenericAdapter(id: string, name: string): Adapter {
  const site: Site = {
    data: {
      id,
      name,
      matches: ['*://standing-no.invalid/*'],
      // Only for health reports: what the generic adapter looks for.
      selectors: { chatRoot: [LOGS, 'repeated siblings with text'], message: [':scope > *'] },
      notes: { reviewed: '2026-11-23', sources: ['generic: ARIA roles, repeated structures, layout'] },
    },
  };
  let cached: Element | null = null;

  const adapter: Adapter = {
    site,
    findChatRoot(doc) {
      if (cached?.isConnected) return cached;
      cached = findLog(doc);
      return cached;
    },
    messages(root) {
      const found = Array.from(root.children).filter(isMessage);
      return bottomUp(root) ? found.reverse() : found;
    },
    messageOf(node, root) {
      for (let el = node instanceof Element ? node : node.parentElement; el && el !== root; el = el.parentElement) if (el.parentElement === root) return isMessage(el) ? el : null;
      return null;
    },
    read(message): MessageRead | null {
      const text = ((message as HTMLElement).innerText ?? message.textContent ?? '').replace(/\u200b/g, '').trim();
      return { role: roleOf(message), text: clipText(text), variant: null };
    },
    keyOf: () => null,
    identity(doc, loc) {
      const title = doc.title.trim().slice(0, 128);
      return { companionId: title || loc.host, companionName: title || loc.host, chatId: loc.pathname || '/' };
    },
    composer(doc) {
      const all = Array.from(doc.querySelectorAll<HTMLElement>(COMPOSERS)).filter((el) => !el.closest('[data-standing-no]'));
      return all.at(-1) ?? null;
    },
    sendButton(doc) {
      const box = adapter.composer(doc);
      for (let el = box?.parentElement ?? null, i = 0; el && i < 4; el = el.parentElement, i++) {
        const button = el.querySelector<HTMLElement>('button[type="submit"], button[aria-label*="send" i], button[title*="send" i]');
        if (button) return button;
      }
      return null;
    },
    controlOf(target) {
      const control = target.closest('button, [role="button"], a');
      if (!control) return null;
      if (control === adapter.sendButton(target.ownerDocument)) return { kind: 'send', el: control };
      const label = `${control.getAttribute('aria-label') ?? ''} ${control.getAttribute('title') ?? ''} ${control.textContent ?? ''}`.slice(0, 200);
      const hit = LABELS.find(([, re]) => re.test(label));
      return hit ? { kind: hit[0], el: control } : null;
    },
    isGenerating: (doc) => doc.querySelector(`:is(${LOGS})[aria-busy="true"]`) !== null,
    missing(doc) {
      const root = adapter.findChatRoot(doc);
      if (!root) return 'chat root (ARIA log/feed/list or repeated messages)';
      return adapter.messages(root).length ? null : 'messages (children of the chat root with text)';
    },
  };
  return adapter;
}

function isMessage(el: Element): boolean {
  return !/^(SCRIPT|STYLE|TEMPLATE|BUTTON|INPUT|TEXTAREA)$/.test(el.tagName) && !el.hasAttribute('data-standing-no') && (el.textContent ?? '').trim().length > 0;
}

function roleOf(el: Element): Role {
  const marks = [el, el.firstElementChild].flatMap((e) =>
    e ? ['data-role', 'data-author', 'data-sender', 'data-message-author-role', 'data-turn', 'is_user'].map((a) => e.getAttribute(a)?.toLowerCase() ?? '') : [],
  );
  if (marks.some((m) => /^(user|human|me|you|true)$/.test(m))) return 'user';
  if (marks.some((m) => /^(assistant|bot|ai|char|character|model|false)$/.test(m))) return 'companion';
  return layoutRole(el) ?? 'companion';
}

/** The chat list: an ARIA log/feed/list with the most messages, else the largest run of similar siblings. */
export function findLog(doc: Document): Element | null {
  const aria = Array.from(doc.querySelectorAll(LOGS)).filter((el) => !el.closest('[data-standing-no]'));
  const best = aria.map((el) => ({ el, n: Array.from(el.children).filter(isMessage).length })).sort((a, b) => b.n - a.n)[0];
  if (best && best.n >= 1) return best.el;
  let winner: { el: Element; score: number } | null = null;
  const all = doc.body?.querySelectorAll('*') ?? [];
  for (let i = 0; i < all.length && i < SCAN_LIMIT; i++) {
    const el = all[i]!;
    if (el.childElementCount < 3 || /^(UL|OL|NAV|HEADER|FOOTER|SELECT|HEAD)$/.test(el.tagName) || el.closest('nav, header, footer, [data-standing-no]')) continue;
    const counts = new Map<string, number>();
    let texty = 0;
    for (const c of Array.from(el.children)) {
      if (!isMessage(c)) continue;
      texty++;
      const sig = `${c.tagName}.${Array.from(c.classList).sort().slice(0, 2).join('.')}`;
      counts.set(sig, (counts.get(sig) ?? 0) + 1);
    }
    const repeated = Math.max(0, ...counts.values());
    const score = repeated >= 3 ? repeated * 10 + texty : 0;
    if (score > (winner?.score ?? 0)) winner = { el, score };
  }
  return winner?.el ?? null;
}
