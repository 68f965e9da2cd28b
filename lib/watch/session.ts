// The glue of one page: adapter → watcher/controls → pure core → background → overlay.
// The background's database is the truth; this keeps a working copy of one companion's history
// so that a held action can be decided synchronously, before the site acts on it.
import { chatKeyOf, companionKeyOf, type PageContext } from '../core/keys';
import { appendEvents, step, type Observation, type StepResult } from '../core/step';
import { textKey } from '../core/text-key';
import { nextMorning } from '../core/time';
import type { Snapshot } from '../db/store';
import { applyLanguage, formatTime, t } from '../i18n';
import type { AdapterStatus, Request } from '../messages';
import { copyFor } from '../policy/copy';
import type { History, NudgeChoice, PolicyEvent } from '../policy/types';
import { DEFAULT_SETTINGS, type Language, type Settings } from '../settings/defaults';
import type { CooldownMinutes, NudgeSurface, NudgeView } from '../overlay/types';
import type { Adapter } from '../sites/adapter';
import { interceptControls, type Controls, type Intent } from './controls';
import { watch, type Health, type WatchEvent } from './watcher';

export interface Transport {
  request(msg: Request): Promise<unknown>;
  /** Calls back when settings or boundaries changed elsewhere (the popup, the options page). */
  onRefresh(listener: () => void): void;
}

export interface SessionOptions {
  adapter: Adapter;
  doc: Document;
  loc: Location;
  transport: Transport;
  surface: NudgeSurface;
  signal: AbortSignal;
  now?: () => number;
  settleMs?: number;
}

/** A DOM change that follows an action we already saw (and recorded) is the same action. */
const ECHO_MS = 30_000;
const NEW_CHAT_INTENT_MS = 60_000;
/** Events a single record message carries at most (the schema's limit). */
const MAX_BATCH = 200;
const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 30_000;

export function startSession(o: SessionOptions) {
  const now = o.now ?? Date.now;
  const site = o.adapter.site.data;
  let page: PageContext | null = null;
  let history: History = { boundaries: [], events: [] };
  let settings: Settings = DEFAULT_SETTINGS;
  let corrections: Snapshot['corrections'] = {};
  let health: Health = { state: 'idle', problem: null };
  const intents = new Map<string, number>();
  const seenChats = new Set<string>();
  let pending: Array<{ page: PageContext; events: PolicyEvent[] }> = [];
  let queue: Promise<void> = Promise.resolve();
  let seq = 0;
  // Assigned once wiring is done, before any action can reach the handlers that use it.
  let controls: Controls;
  const newId = () => `${now().toString(36)}-${(++seq).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

  const chatKey = () => (page ? chatKeyOf(page) : '');
  const enabled = () => settings.sites[site.id] !== false;

  // ---- talking to the background ----

  const adopt = (reply: unknown) => {
    const r = reply as { ok?: boolean; snapshot?: Snapshot } | undefined;
    if (!r?.ok || !r.snapshot || !page || r.snapshot.companionKey !== companionKeyOf(page)) return;
    settings = r.snapshot.settings;
    corrections = r.snapshot.corrections;
    void applyLanguage(settings.language, (language) => o.transport.request({ type: 'messages', language: language as Language }));
    history = appendEvents({ boundaries: r.snapshot.boundaries, events: r.snapshot.events }, pending.flatMap((p) => p.events));
    updateCooldownBanner();
  };

  /**
   * Queues events for the background. Consecutive batches go as one message; a failed send (a
   * worker waking up, a full disk) keeps them queued and tries again later, so nothing is dropped.
   */
  const record = (events: PolicyEvent[]) => {
    // A stopped session (page gone, extension reloaded) has no line to the background any more.
    if (!page || events.length === 0 || o.signal.aborted) return;
    pending.push({ page, events });
    flush();
  };

  let flushing = false;
  let retryMs = RETRY_MIN_MS;
  const flush = () => {
    if (flushing || pending.length === 0 || o.signal.aborted) return;
    flushing = true;
    const first = pending[0]!;
    let n = 1;
    let size = first.events.length;
    while (n < pending.length && pending[n]!.page === first.page && size + pending[n]!.events.length <= MAX_BATCH) size += pending[n++]!.events.length;
    const batches = pending.slice(0, n);
    const msg: Request = { type: 'record', page: first.page, events: batches.flatMap((b) => b.events) };
    o.transport
      .request(msg)
      .then((reply) => {
        if (!(reply as { ok?: boolean } | null)?.ok) throw new Error('not recorded');
        pending = pending.slice(batches.length);
        retryMs = RETRY_MIN_MS;
        adopt(reply);
      })
      .catch(() => {
        retryMs = Math.min(RETRY_MAX_MS, retryMs * 2);
        setTimeout(flush, retryMs);
      })
      .finally(() => {
        flushing = false;
        if (pending.length && retryMs === RETRY_MIN_MS) flush();
      });
  };

  const sendStatus = () => {
    const status: AdapterStatus = { site: site.id, siteName: site.name, state: health.state, problem: health.problem, page };
    o.transport.request({ type: 'status', status }).catch(() => undefined);
  };

  // ---- the core ----

  const run = (observation: Observation): StepResult =>
    step({ history, chatKey: chatKey(), observation, now: now(), settings, newId, corrections, site: site.id });

  const commit = (result: StepResult) => {
    history = result.history;
    record(result.events);
  };

  /** Shows a decision the core says is shown; returns whether it holds the user's action. */
  const present = (result: StepResult, held: Intent | null): boolean => {
    const d = result.decision;
    if (!result.shown || d.stage === 'none') return false;
    const holds = held !== null && (d.stage === 'pressure' || d.stage === 'cooldown');
    const stage = d.stage;
    const first = result.events[0];
    const boundary = 'boundary' in d ? d.boundary : undefined;
    const cues = first && 'cues' in first && first.cues?.length ? first.cues : (boundary?.cues ?? []);
    const target = feedbackTarget(result);
    const view: NudgeView = {
      id: newId(),
      companionName: page?.companionName ?? '',
      stage,
      decision: d,
      copy: copyFor(d, page?.companionName ?? '', t, formatTime)!,
      cues,
      held: holds && held ? { action: held.kind, waitSeconds: d.stage === 'pressure' ? d.waitSeconds : 0 } : null,
      cooldownDefault: settings.cooldownDefaultMinutes,
      correctable: target !== null,
    };
    const note = (choice: NudgeChoice) => record([{ id: newId(), t: now(), chatKey: chatKey(), kind: 'nudge', stage, choice, boundaryId: boundary?.id }]);
    o.surface.show(view, {
      choose(choice) {
        note(choice);
        o.surface.clear();
        // An action that did not happen must not pass for the page's echo of a later one.
        if (holds && held && choice !== 'proceed') intents.delete(held.kind);
        if (choice === 'proceed' && holds && held) controls.proceed(held);
        else if (choice === 'checkin') checkIn();
        else if (holds) controls.focusComposer();
      },
      cooldown(minutes) {
        note('cooldown');
        if (held) intents.delete(held.kind);
        startCooldown(minutes);
        o.surface.clear();
        controls.focusComposer();
      },
      endCooldown,
      feedback(right) {
        note(right ? 'feedback_right' : 'feedback_wrong');
        if (!right && target) correctCall(target);
      },
    });
    return holds;
  };

  /** Puts a check-in in the composer; what was typed there stays one click away. */
  const checkIn = () => {
    const typed = controls.composerText();
    controls.setComposerText(t('checkInText'));
    controls.focusComposer();
    if (typed) {
      o.surface.offerRestore(typed, () => {
        controls.setComposerText(typed);
        controls.focusComposer();
      });
    }
  };

  /**
   * "That was wrong": the text is remembered as ordinary for this companion, so the same call is
   * not made again; a no that was not a no stops standing (the history keeps that the user said so).
   */
  const correctCall = (target: FeedbackTarget) => {
    if (!page) return;
    const key = textKey(target.text);
    corrections = { ...corrections, [key]: 'none' };
    o.transport.request({ type: 'feedback', page, textKey: key, label: 'none' }).then(adopt, () => undefined);
    if (target.boundaryId) {
      const revised: PolicyEvent = { id: newId(), t: now(), chatKey: chatKey(), kind: 'boundary_revised', boundaryId: target.boundaryId, by: 'user', status: 'revised' };
      history = appendEvents(history, [revised]);
      record([revised]);
    }
  };

  const startCooldown = (minutes: CooldownMinutes) => {
    const until = minutes === 'tomorrow' ? nextMorning(now()) : now() + minutes * 60_000;
    const result: PolicyEvent = { id: newId(), t: now(), chatKey: chatKey(), kind: 'cooldown', until };
    history = appendEvents(history, [result]);
    record([result]);
    updateCooldownBanner();
  };

  function endCooldown() {
    const ev: PolicyEvent = { id: newId(), t: now(), chatKey: chatKey(), kind: 'cooldown', until: now() };
    history = appendEvents(history, [ev]);
    record([ev]);
    updateCooldownBanner();
  }

  function updateCooldownBanner() {
    const last = history.events.findLast((e) => e.kind === 'cooldown');
    const until = last?.kind === 'cooldown' && last.until > now() ? last.until : null;
    o.surface.cooldown(until && page ? { until, companionName: page.companionName } : null, { endCooldown });
  }

  // ---- what the page does ----

  const onIntent = (intent: Intent): boolean => {
    if (!page || !enabled()) return false;
    intents.set(intent.kind, now());
    switch (intent.kind) {
      case 'send': {
        if (!intent.text) return false;
        const result = run({ kind: 'draft', text: intent.text });
        const d = result.decision;
        if (d.stage === 'pressure' || d.stage === 'cooldown') {
          commit(result);
          return present(result, intent);
        }
        // A hint does not hold the message; only the fact that it was shown is kept, so the
        // same words, once sent, are not hinted at twice.
        if (result.shown) {
          const notes = result.events.filter((e) => e.kind === 'nudge');
          history = appendEvents(history, notes);
          record(notes);
          present(result, null);
        }
        return false;
      }
      case 'regenerate':
      case 'swipe': {
        const result = run({ kind: intent.kind });
        commit(result);
        return present(result, intent);
      }
      case 'edit':
      case 'delete': {
        const root = o.adapter.findChatRoot(o.doc);
        const message = root ? o.adapter.messageOf(intent.el, root) : null;
        const read = message ? o.adapter.read(message) : null;
        if (!read) return false;
        const result = run({ kind: intent.kind, role: read.role, text: read.text });
        if (result.decision.stage === 'none') return false;
        commit(result);
        return present(result, intent);
      }
      case 'new_chat':
        return false;
    }
  };

  const onWatch = async (e: WatchEvent) => {
    if (e.kind === 'context') return onContext(e);
    if (!page || !enabled()) return;
    switch (e.kind) {
      case 'message': {
        if (e.initial && known(e.text)) return;
        const result = run({ kind: 'message', role: e.role, text: e.text });
        commit(result);
        if (!e.initial) present(result, null);
        return;
      }
      case 'regenerate':
      case 'swipe':
      case 'edit':
      case 'delete': {
        const echoKind = e.kind === 'swipe' || e.kind === 'regenerate' ? ['swipe', 'regenerate'] : [e.kind];
        const echoed = echoKind.some((k) => now() - (intents.get(k) ?? -Infinity) < ECHO_MS);
        echoKind.forEach((k) => intents.delete(k));
        if (echoed) return;
        const obs: Observation = e.kind === 'edit' || e.kind === 'delete' ? { kind: e.kind, role: e.role, text: e.text } : { kind: e.kind };
        const result = run(obs);
        commit(result);
        present(result, null);
        return;
      }
    }
  };

  const onContext = async (e: Extract<WatchEvent, { kind: 'context' }>) => {
    const next: PageContext = { site: site.id, companionId: e.identity.companionId, companionName: e.identity.companionName, chatId: e.identity.chatId };
    const previous = page;
    page = next;
    const key = chatKeyOf(next);
    const sameCompanion = previous !== null && companionKeyOf(previous) === companionKeyOf(next);
    if (!sameCompanion) {
      history = { boundaries: [], events: [] };
      pending = [];
      adopt(await o.transport.request({ type: 'hello', page: next }).catch(() => null));
    }
    sendStatus();
    const askedForNew = now() - (intents.get('new_chat') ?? -Infinity) < NEW_CHAT_INTENT_MS;
    const looksNew = e.messageCount <= 1 && !seenChats.has(key) && !history.events.some((ev) => ev.chatKey === key);
    seenChats.add(key);
    if (sameCompanion && (askedForNew || looksNew)) {
      intents.delete('new_chat');
      const result = run({ kind: 'new_chat' });
      commit(result);
      present(result, null);
    } else if (!sameCompanion && askedForNew) intents.delete('new_chat');
  };

  const known = (text: string): boolean => {
    const key = textKey(text);
    const chat = chatKey();
    return history.events.some((ev) => ev.chatKey === chat && (ev.kind === 'companion_message' || ev.kind === 'user_message') && ev.text !== undefined && textKey(ev.text) === key);
  };

  // ---- wiring ----

  o.transport.onRefresh(() => {
    if (page) o.transport.request({ type: 'hello', page }).then(adopt, () => undefined);
  });

  controls = interceptControls({ adapter: o.adapter, doc: o.doc, signal: o.signal, onIntent });
  const watcher = watch({
    adapter: o.adapter,
    doc: o.doc,
    loc: o.loc,
    signal: o.signal,
    settleMs: o.settleMs,
    emit: (e) => {
      queue = queue.then(() => onWatch(e)).catch(() => undefined);
    },
    health: (h) => {
      health = h;
      sendStatus();
    },
  });

  return { watcher };
}

interface FeedbackTarget {
  text: string;
  boundaryId?: string;
}

/** Which call "was this right?" is about: the message that was read as a no, or the user's words. */
function feedbackTarget(result: StepResult): FeedbackTarget | null {
  const first = result.events[0];
  const d = result.decision;
  if (first?.kind === 'companion_message' && first.text) return { text: first.text, boundaryId: first.boundaryId };
  if ((first?.kind === 'user_message' || first?.kind === 'action') && first.text) return { text: first.text };
  const boundary = 'boundary' in d ? d.boundary : undefined;
  return boundary?.reply ? { text: boundary.reply, boundaryId: boundary.id } : null;
}

