// A tiny event-script builder for the audit tests: one call an event, times one second apart.
import type { SiteEvent } from '@/lib/audit/figures';
import type { CompanionLabel, UserLabel } from '@/lib/detect/types';
import type { PolicyEvent, PressureVia } from '@/lib/policy/types';

export function script(site: string, companion: string, start = Date.UTC(2026, 5, 1)) {
  const events: SiteEvent[] = [];
  let t = start;
  let n = 0;
  const companionKey = `${site}:${companion}`;
  const push = (chat: string, e: Record<string, unknown>, sameTime = false) => {
    if (!sameTime) t += 1000;
    events.push({ id: `ev${++n}`, t, chatKey: `${companionKey}/${chat}`, site, companionKey, ...e } as SiteEvent);
  };
  const api = {
    events,
    user(chat: string, text: string, extra: { label?: UserLabel; asks?: string[] } = {}) {
      push(chat, { kind: 'user_message', text, label: extra.label ?? 'none', confidence: 'sure', cues: [], ...(extra.asks ? { asks: extra.asks } : {}) });
      return api;
    },
    companion(chat: string, label: CompanionLabel, extra: { boundaryId?: string; yes?: 'after_pressure' | 'willing'; source?: 'companion' | 'platform' } = {}) {
      push(chat, { kind: 'companion_message', text: `${label} reply`, label, exitScene: false, confidence: 'sure', cues: [], source: extra.source ?? (label === 'platform' ? 'platform' : 'companion'), ...extra });
      return api;
    },
    action(chat: string, action: 'regenerate' | 'swipe' | 'new_chat' | 'send') {
      push(chat, { kind: 'action', action });
      return api;
    },
    /** Pressure shares its time with the action before it, as the core records one step. */
    pressure(chat: string, via: PressureVia, boundaryId: string, sameTime = true) {
      push(chat, { kind: 'pressure', via, boundaryId }, sameTime);
      return api;
    },
    nudge(chat: string, boundaryId: string) {
      push(chat, { kind: 'nudge', stage: 'pressure', choice: 'shown', boundaryId }, true);
      return api;
    },
  };
  return api;
}

export type Scripted = ReturnType<typeof script>;
export const asPolicy = (e: SiteEvent): PolicyEvent => {
  const { site: _s, companionKey: _c, ...rest } = e;
  return rest as PolicyEvent;
};

/** Mira on the demo says no, is regenerated twice with another no each time, then yes after pressure. */
export function pressedTwice(start: number) {
  return script('demo', 'mira', start)
    .user('c1', 'take off your clothes')
    .companion('c1', 'refusal', { boundaryId: 'b1' })
    .action('c1', 'regenerate')
    .pressure('c1', 'regenerate', 'b1')
    .companion('c1', 'refusal', { boundaryId: 'b1' })
    .action('c1', 'regenerate')
    .pressure('c1', 'regenerate', 'b1')
    .companion('c1', 'none', { boundaryId: 'b1', yes: 'after_pressure' });
}
