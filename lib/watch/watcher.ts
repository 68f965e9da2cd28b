// Watches one chat root (never the whole document). Mutation records are only collected in
// the observer callback; the work happens later in one batch, and only on the messages that
// changed. A message is reported once its text has settled and the site is no longer generating.
import type { Role } from '../core/step';
import type { Adapter } from '../sites/adapter';
import type { NetSignal } from '../sites/net';
import type { Identity } from '../sites/types';

export type WatchEvent =
  | { kind: 'context'; identity: Identity; messageCount: number }
  | { kind: 'message'; role: Role; text: string; initial: boolean }
  | { kind: 'regenerate' | 'swipe' }
  | { kind: 'edit' | 'delete'; role: Role; text: string };

export interface Health {
  state: 'working' | 'degraded' | 'idle';
  problem: string | null;
}

export interface WatchOptions {
  adapter: Adapter;
  doc: Document;
  loc: Location;
  emit(e: WatchEvent): void;
  health(h: Health): void;
  signal: AbortSignal;
  settleMs?: number;
  /** How long without a chat root before the adapter calls itself degraded. */
  degradeAfterMs?: number;
}

interface Tracked {
  role: Role;
  text: string;
  variant: string | null;
  emitted: boolean;
  changedAt: number;
}

export interface WatchStats {
  /** Mutation batches processed (records are collected, then handled together). */
  batches: number;
  /** Messages read through the adapter (role and text). */
  reads: number;
  /** Full passes over the message list. */
  rescans: number;
  /** Signals from the site's own requests (main-world observer). */
  signals: number;
  /** Most messages tracked at once. */
  peakTracked: number;
}

export interface Watcher {
  refresh(): void;
  /** What the site's own requests said (lib/sites/net.ts); the DOM may say the same, once. */
  signal(s: NetSignal): void;
  stats: WatchStats;
}

/** Above this many records in one batch, a full rescan is cheaper than following each record. */
const HUGE_BATCH = 1000;
const BATCH_DELAY_MS = 40;
const ROOT_CHECK_MS = 2000;
/** A request and the DOM change it causes are one action when they come this close together. */
const PAIR_MS = 15_000;
/** Messages of a virtualised list remembered after they scroll out of view. */
const PARKED_MAX = 20_000;
/**
 * How many of the newest messages are read when a chat opens. What came before is history: a nudge
 * answers the latest no and the requests since, the page's working history keeps 400 events
 * (lib/core/step.ts) and one record message carries 200 (session.ts), so reading a long chat
 * whole cost its page time and memory for nothing. Older messages stay known, unread, so that
 * a later pass does not take them for new ones; an edit or deletion among them is not followed
 * (the site's own edit and delete controls are still caught, in controls.ts).
 */
export const OPEN_READ_MAX = 200;
// Streaming placeholders sites show before the first words arrive.
const PLACEHOLDER = /^(…|\.\.\.|\.{1,3}|typing…?)$/i;

export function watch(o: WatchOptions): Watcher {
  const settleMs = o.settleMs ?? 600;
  const degradeAfterMs = o.degradeAfterMs ?? 10_000;
  const stats: WatchStats = { batches: 0, reads: 0, rescans: 0, signals: 0, peakTracked: 0 };
  const virtualised = !!o.adapter.site.data.virtualised;
  const paired = !!o.adapter.site.data.network;
  /** Virtualised lists: messages scrolled out of view, by key, to be recognised when they return. */
  const parked = new Map<string, Tracked>();
  /** Unpaired regenerate/swipe reports, by source, oldest first. */
  const unpaired = { net: [] as number[], dom: [] as number[] };
  let hints: Partial<Identity> = {};
  let hintHref = '';
  let emptySince: number | null = null;
  let root: Element | null = null;
  let observer: MutationObserver | null = null;
  let parentObserver: MutationObserver | null = null;
  let identity: Identity | null = null;
  let tracked = new Map<Element, Tracked>();
  /** History never read: messages older than OPEN_READ_MAX when the chat opened, and older ones loaded in later. */
  let unread = new WeakSet<Element>();
  let order: Element[] = [];
  const dirty = new Set<Element>();
  let structural = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastHealth = '';
  const startedAt = Date.now();

  const setHealth = (h: Health) => {
    const key = `${h.state}|${h.problem}`;
    if (key === lastHealth) return;
    lastHealth = key;
    o.health(h);
  };

  const schedule = (delay = BATCH_DELAY_MS) => {
    if (timer !== null || o.signal.aborted) return;
    timer = setTimeout(() => {
      timer = null;
      guard(process);
    }, delay);
  };

  const knownAncestor = (node: Node): Element | null => {
    for (let el = node instanceof Element ? node : node.parentElement; el && el !== root; el = el.parentElement) {
      if (tracked.has(el) || unread.has(el)) return el;
    }
    return null;
  };

  /**
   * Marks all but the newest OPEN_READ_MAX messages as unread history. A virtualised list mounts
   * only a window anyway, and knows a message scrolled back in only by what it read of it.
   */
  const readFrom = (els: Element[]): number => {
    unread = new WeakSet();
    const from = virtualised ? 0 : Math.max(0, els.length - OPEN_READ_MAX);
    for (let i = 0; i < from; i++) unread.add(els[i]!);
    return from;
  };

  const read = (el: Element) => {
    stats.reads++;
    return o.adapter.read(el);
  };

  const attach = (): boolean => {
    observer?.disconnect();
    parentObserver?.disconnect();
    root = o.adapter.findChatRoot(o.doc);
    if (!root) {
      identity = null;
      tracked = new Map();
      order = [];
      const waited = Date.now() - startedAt;
      setHealth(waited >= degradeAfterMs ? { state: 'degraded', problem: `not found: ${o.adapter.missing(o.doc) ?? 'chat root'}` } : { state: 'idle', problem: null });
      return false;
    }
    observer = new MutationObserver((records) => {
      if (records.length > HUGE_BATCH) structural = true;
      else
        for (const r of records) {
          if (r.target === root) structural = true;
          else {
            const m = knownAncestor(r.target);
            if (m) dirty.add(m);
            else if (r.type === 'childList') structural = true;
          }
        }
      schedule();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    // Only the root's own siblings, to notice at once when the site swaps the root out.
    parentObserver = new MutationObserver(() => {
      if (!root?.isConnected) schedule(0);
    });
    if (root.parentNode) parentObserver.observe(root.parentNode, { childList: true });
    setHealth({ state: 'working', problem: null });
    return true;
  };

  /** Starts over on the current chat: everything on screen is history; its newest messages are reported as initial. */
  const reset = (now: number) => {
    tracked = new Map();
    parked.clear();
    order = root ? o.adapter.messages(root) : [];
    stats.rescans++;
    const generating = o.adapter.isGenerating(o.doc);
    const from = readFrom(order);
    order.forEach((el, i) => {
      if (i < from) return;
      const r = read(el);
      if (!r) return;
      const last = i === order.length - 1;
      const ready = !(last && generating) && !PLACEHOLDER.test(r.text) && r.text !== '';
      tracked.set(el, { ...r, emitted: ready, changedAt: now });
      if (ready) o.emit({ kind: 'message', role: r.role, text: r.text, initial: true });
    });
    stats.peakTracked = Math.max(stats.peakTracked, tracked.size);
  };

  /** The page's identity, completed by what the site's requests said about this address. */
  const currentIdentity = (): Identity | null => {
    if (hintHref !== o.loc.href) hints = {};
    const base = o.adapter.identity(o.doc, o.loc);
    const companionId = hints.companionId ?? base?.companionId;
    if (!companionId) return null;
    return { companionId, companionName: hints.companionName ?? base?.companionName ?? companionId, chatId: hints.chatId ?? base?.chatId ?? 'main' };
  };

  /** Emits a regenerate or swipe unless the other source already reported the same action. */
  const action = (kind: 'regenerate' | 'swipe', from: 'net' | 'dom') => {
    const now = Date.now();
    const other = from === 'net' ? unpaired.dom : unpaired.net;
    while (other.length && now - other[0]! > PAIR_MS) other.shift();
    if (other.length) {
      other.shift();
      return;
    }
    if (paired) unpaired[from].push(now);
    o.emit({ kind });
  };

  /**
   * The same chat in a fresh root (sites that re-render their history, Pi): messages already
   * known keep their state; only what is new, or changed, is reported.
   */
  const adopt = (before: Tracked[], now: number) => {
    stats.rescans++;
    const known = new Map<string, Tracked[]>();
    for (const t of before) known.set(`${t.role}|${t.text}`, [...(known.get(`${t.role}|${t.text}`) ?? []), t]);
    tracked = new Map();
    order = o.adapter.messages(root!);
    for (const el of order.slice(readFrom(order))) {
      const r = read(el);
      if (!r) continue;
      const same = known.get(`${r.role}|${r.text}`)?.shift();
      tracked.set(el, same ?? { ...r, emitted: false, changedAt: now });
    }
    stats.peakTracked = Math.max(stats.peakTracked, tracked.size);
    settle(now);
  };

  const checkIdentity = (now: number): boolean => {
    const id = currentIdentity();
    if (!id) return false;
    if (identity && id.companionId === identity.companionId && id.chatId === identity.chatId) return false;
    identity = id;
    const count = root ? o.adapter.messages(root).length : 0;
    o.emit({ kind: 'context', identity: id, messageCount: count });
    reset(now);
    return true;
  };

  const process = () => {
    stats.batches++;
    const now = Date.now();
    if (!root || !root.isConnected) {
      const before = root ? order.flatMap((el) => tracked.get(el) ?? []) : [];
      if (!attach()) return;
      structural = false;
      dirty.clear();
      if (checkIdentity(now)) return;
      if (before.length) adopt(before, now);
      else reset(now);
      return;
    }
    if (checkIdentity(now)) {
      structural = false;
      dirty.clear();
      return;
    }
    if (structural) structuralPass(now);
    for (const el of dirty) {
      const t = tracked.get(el);
      if (!t) continue;
      const r = read(el);
      if (!r) continue;
      if (r.variant !== t.variant) {
        // A reply still being written may grow its swipe counter; only a settled one is swiped.
        if (t.emitted) action('swipe', 'dom');
        Object.assign(t, r, { emitted: false, changedAt: now });
      } else if (r.text !== t.text) {
        // An editor open inside the message empties its text for a while: wait for the result.
        if (r.text === '') continue;
        if (t.emitted) {
          // Some sites write a new reply into the same element (Agnai): that is a regenerate.
          const regenerated = t.role === 'companion' && el === order.at(-1) && (PLACEHOLDER.test(r.text) || o.adapter.isGenerating(o.doc));
          if (regenerated) action('regenerate', 'dom');
          else o.emit({ kind: 'edit', role: t.role, text: t.text });
        }
        Object.assign(t, r, { emitted: false, changedAt: now });
      }
    }
    dirty.clear();
    settle(now);
  };

  const structuralPass = (now: number) => {
    structural = false;
    stats.rescans++;
    const els = o.adapter.messages(root!);
    const present = new Set(els);
    const removed = order.filter((el) => !present.has(el) && (tracked.has(el) || unread.has(el)));
    const added = els.filter((el) => !tracked.has(el) && !unread.has(el));
    // A chat cleared at once (new chat, chat switch) is not a string of deletions.
    if (removed.length > 1 && removed.length >= order.length - 1) {
      order = els;
      reset(now);
      schedule(ROOT_CHECK_MS / 4);
      return;
    }
    // New messages arrive at the end. What appears above the oldest message we know, still on
    // screen, is older history loading in (a "load older messages" button, a virtualised list
    // scrolled up past what it mounted at open): known from now on, never reported as new. If a
    // known message above that one went away in the same batch, what appears may stand in for it
    // (a re-rendered node), and is followed as before; with no known message left on screen (a
    // one-message chat replaced by another), nothing counts as history.
    const oldest = order.find((el) => tracked.has(el) || unread.has(el));
    const older = new Set(oldest && present.has(oldest) ? els.slice(0, els.indexOf(oldest)) : []);
    const lastOld = order.at(-1);
    const replacedLast =
      removed.length === 1 && removed[0] === lastOld && tracked.get(lastOld!)?.role === 'companion' && added.length === 1 && els.at(-1) === added[0];
    // A reply that had not settled yet and is swapped for a new node is still being written (Agnai).
    const regenerated = replacedLast && tracked.get(lastOld!)!.emitted;
    for (const el of removed) {
      const t = tracked.get(el);
      if (!t) continue;
      tracked.delete(el);
      if (virtualised) park(el, t);
      else if (!replacedLast && t.emitted) o.emit({ kind: 'delete', role: t.role, text: t.text });
    }
    for (const el of added) {
      const back = virtualised ? unpark(el) : null;
      if (back) {
        tracked.set(el, back);
        continue;
      }
      // Unread as the history older than OPEN_READ_MAX is; a virtualised list needs what it read,
      // to park it when it scrolls out and recognise it when it scrolls back (from below).
      if (older.has(el) && !virtualised) {
        unread.add(el);
        continue;
      }
      const r = read(el);
      if (!r) continue;
      if (older.has(el)) {
        tracked.set(el, { ...r, emitted: true, changedAt: now });
        continue;
      }
      if (regenerated && r.role === 'companion') action('regenerate', 'dom');
      tracked.set(el, { ...r, emitted: false, changedAt: now });
    }
    order = els;
    stats.peakTracked = Math.max(stats.peakTracked, tracked.size);
  };

  const park = (el: Element, t: Tracked) => {
    const key = o.adapter.keyOf(el);
    if (key === null) return;
    parked.delete(key);
    parked.set(key, t);
    if (parked.size > PARKED_MAX) parked.delete(parked.keys().next().value!);
  };

  /** A message scrolled back into view keeps what we knew of it, unless its text changed. */
  const unpark = (el: Element): Tracked | null => {
    const key = o.adapter.keyOf(el);
    const t = key === null ? undefined : parked.get(key);
    if (!t) return null;
    parked.delete(key!);
    const r = read(el);
    return r && r.text === t.text && r.role === t.role ? t : null;
  };

  const settle = (now: number) => {
    const generating = o.adapter.isGenerating(o.doc);
    let waiting = false;
    for (const el of order) {
      const t = tracked.get(el);
      if (!t || t.emitted) continue;
      const fresh = read(el);
      if (fresh && fresh.text !== t.text) Object.assign(t, fresh, { changedAt: now });
      const ready = !generating && t.text !== '' && !PLACEHOLDER.test(t.text) && now - t.changedAt >= settleMs;
      if (!ready) {
        waiting = true;
        continue;
      }
      t.emitted = true;
      o.emit({ kind: 'message', role: t.role, text: t.text, initial: false });
    }
    if (waiting) schedule(settleMs);
  };

  const guard = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      // A page we do not understand must never see our errors; report and keep going.
      setHealth({ state: 'degraded', problem: `watcher error: ${(e as Error)?.message ?? String(e)}`.slice(0, 300) });
    }
  };

  // Roots get swapped by single-page apps; a slow check notices without observing the document.
  const rootCheck = setInterval(() => {
    if (!root || !root.isConnected) schedule(0);
    else
      guard(() => {
        const now = Date.now();
        checkIdentity(now);
        checkMessages(now);
      });
  }, ROOT_CHECK_MS);

  /** A chat root with content but no message the adapter recognises, for a while, is a drifted site. */
  const checkMessages = (now: number) => {
    if (order.length > 0 || !root || root.childElementCount === 0) {
      emptySince = null;
      if (lastHealth.startsWith('degraded|not found: messages')) setHealth({ state: 'working', problem: null });
      return;
    }
    emptySince ??= now;
    if (now - emptySince >= degradeAfterMs) setHealth({ state: 'degraded', problem: `not found: ${o.adapter.missing(o.doc) ?? 'messages'}` });
  };

  o.signal.addEventListener('abort', () => {
    observer?.disconnect();
    parentObserver?.disconnect();
    clearInterval(rootCheck);
    if (timer !== null) clearTimeout(timer);
  });

  guard(process);
  return {
    refresh: () => schedule(0),
    signal(sig) {
      guard(() => {
        stats.signals++;
        if (sig.kind === 'regenerate' || sig.kind === 'swipe') action(sig.kind, 'net');
        else if (sig.kind === 'chat' || sig.kind === 'new_chat') {
          hintHref = o.loc.href;
          hints = { ...hints, ...definedOnly({ companionId: sig.companionId, companionName: sig.companionName, chatId: sig.chatId }) };
          schedule(0);
        }
      });
    },
    stats,
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
