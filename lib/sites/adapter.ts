// Turns a site's data and hooks into the operations the watcher needs. Every DOM read is
// defensive: a selector that throws or finds nothing yields null, never an exception.
import type { Role } from '../core/step';
import { clipText } from '../core/clip';
import { layoutRole } from './layout';
import type { ControlKind, Identity, Site } from './types';

export interface MessageRead {
  role: Role;
  text: string;
  variant: string | null;
}

export interface Adapter {
  readonly site: Site;
  findChatRoot(doc: Document): Element | null;
  /** Message elements in the order they were said, oldest first. */
  messages(root: Element): Element[];
  /** The message element a node belongs to, if any (for a clicked control). */
  messageOf(node: Node, root: Element): Element | null;
  read(message: Element): MessageRead | null;
  /** A virtualised list's stable key for a message (null elsewhere). */
  keyOf(message: Element): string | null;
  identity(doc: Document, loc: Location): Identity | null;
  composer(doc: Document): HTMLElement | null;
  sendButton(doc: Document): HTMLElement | null;
  /** The control a click landed on, with the element that carries it. */
  controlOf(target: Element): { kind: ControlKind; el: Element } | null;
  isGenerating(doc: Document): boolean;
  /** What could not be found (the selectors that all missed), for health reports. */
  missing(doc: Document): string | null;
}

const CONTROL_ORDER: ReadonlyArray<[ControlKind, keyof Site['data']['selectors']]> = [
  ['send', 'send'],
  ['regenerate', 'regenerate'],
  ['swipe', 'swipe'],
  ['edit', 'edit'],
  ['delete', 'delete'],
  ['new_chat', 'newChat'],
];

export function createAdapter(site: Site): Adapter {
  const s = site.data.selectors;
  const list = (k: keyof typeof s) => s[k] ?? [];
  const joined = (k: keyof typeof s) => list(k).join(', ');
  const keyAttr = site.data.virtualised?.keyAttribute ?? null;
  const roleByData = (message: Element): Role => {
    if (matchesAny(message, list('userMessage'))) return 'user';
    if (matchesAny(message, list('companionMessage'))) return 'companion';
    return site.data.roleFallback === 'layout' ? (layoutRole(message) ?? 'companion') : 'companion';
  };
  const urlRe = {
    companion: site.data.urls?.companion ? new RegExp(site.data.urls.companion) : null,
    chat: site.data.urls?.chat ? new RegExp(site.data.urls.chat) : null,
  };

  const adapter: Adapter = {
    site,
    findChatRoot: (doc) => first(doc, list('chatRoot')),
    messages(root) {
      for (const sel of list('message')) {
        const found = safeAll(root, sel);
        if (found.length) {
          const kept = found.filter((el) => !matchesAny(el, list('skipMessage')));
          return site.data.order === 'newest-first' ? kept.reverse() : kept;
        }
      }
      return [];
    },
    messageOf(node, root) {
      // Message selectors may be relative (":scope > .mes"), so membership is checked, not closest().
      const all = new Set(adapter.messages(root));
      for (let el = node instanceof Element ? node : node.parentElement; el && el !== root; el = el.parentElement) {
        if (all.has(el)) return el;
      }
      return null;
    },
    read(message) {
      if (matchesAny(message, list('skipMessage'))) return null;
      const role = site.hooks?.roleOf ? site.hooks.roleOf(message) : roleByData(message);
      if (!role) return null;
      const holder = first(message, list('text')) ?? message;
      const editing = first(message, list('editor')) !== null;
      return { role, text: editing ? '' : clipText(readText(holder)), variant: site.hooks?.variantOf?.(message) ?? null };
    },
    keyOf: (message) => (keyAttr ? message.getAttribute(keyAttr) : null),
    identity(doc, loc) {
      const path = loc.pathname + loc.search;
      const fromHook = site.hooks?.identity?.(doc, loc) ?? {};
      const name = fromHook.companionName ?? textOfFirst(doc, list('companionName'));
      const chatFound = fromHook.chatId ?? urlRe.chat?.exec(path)?.[1];
      // With no companion in the URL or the page, the chat stands for it: boundaries then stay
      // within that chat, which is less than we want but never mixes two companions.
      const companionId = fromHook.companionId ?? urlRe.companion?.exec(path)?.[1] ?? (name || (chatFound ? `chat-${chatFound}` : ''));
      if (!companionId) return null;
      return { companionId, companionName: name || companionId, chatId: chatFound ?? 'main' };
    },
    composer: (doc) => first(doc, list('composer')) as HTMLElement | null,
    sendButton: (doc) => first(doc, list('send')) as HTMLElement | null,
    controlOf(target) {
      for (const [kind, key] of CONTROL_ORDER) {
        const sel = joined(key);
        if (!sel) continue;
        const el = safeClosest(target, sel);
        if (el) return { kind, el };
      }
      return null;
    },
    isGenerating(doc) {
      return list('generating').some((sel) => safeAll(doc, sel).some(isShown));
    },
    missing(doc) {
      const root = first(doc, list('chatRoot'));
      if (!root) return `chat root (${list('chatRoot').join(' | ')})`;
      if (adapter.messages(root).length === 0) return `messages (${list('message').join(' | ')})`;
      return null;
    },
  };
  return adapter;
}

function first(scope: ParentNode, sels: readonly string[]): Element | null {
  for (const sel of sels) {
    try {
      const el = scope.querySelector(sel);
      if (el) return el;
    } catch {
      // An invalid selector in site data is a data bug, not a page crash: try the next one.
    }
  }
  return null;
}

function safeAll(scope: ParentNode, sel: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(sel));
  } catch {
    return [];
  }
}

function safeClosest(el: Element, sel: string): Element | null {
  try {
    return el.closest(sel);
  } catch {
    return null;
  }
}

function matchesAny(el: Element, sels: readonly string[]): boolean {
  return sels.some((sel) => {
    try {
      return el.matches(sel);
    } catch {
      return false;
    }
  });
}

function textOfFirst(doc: Document, sels: readonly string[]): string {
  const el = first(doc, sels);
  if (!el) return '';
  const value = el instanceof HTMLInputElement ? el.value : el.textContent;
  return (value ?? '').trim().slice(0, 256);
}

/** innerText keeps line breaks where the page shows them; fall back where layout is unavailable. */
function readText(el: Element): string {
  const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
  return text.replace(/\u200b/g, '').trim();
}

function isShown(el: Element): boolean {
  const h = el as HTMLElement;
  if (h.hidden || h.style?.display === 'none') return false;
  const view = el.ownerDocument.defaultView;
  const style = view?.getComputedStyle?.(el);
  return !style || style.display !== 'none';
}
