// Plain words for recorded events and boundary notes (keys in public/_locales).
import { t, type MessageKey } from '@/lib/i18n';
import type { BoundaryNote, NudgeChoice, PolicyEvent, PolicyEventKind } from '@/lib/policy/types';

const pascal = (v: string) => v.replace(/[-_]/g, ' ').replace(/(^|\s)(\w)/g, (_m, _s, c: string) => c.toUpperCase()).replace(/\s/g, '');

/** The word for a label, pressure, action or stage value (`historyWord…`). */
export const word = (value: string): string => t(`historyWord${pascal(value)}` as MessageKey);
/** What the user did with a note (`historyChoice…`). Its own words: closing a note ("dismiss") is no dismissing pressure. */
export const choiceName = (choice: NudgeChoice): string => t(`historyChoice${pascal(choice)}` as MessageKey);
export const kindName = (kind: PolicyEventKind): string => t(`historyKind${pascal(kind)}` as MessageKey);
export const noteName = (what: BoundaryNote['what']): string => t(`historyNote${pascal(what)}` as MessageKey);

export const KINDS: readonly PolicyEventKind[] = ['companion_message', 'user_message', 'action', 'pressure', 'nudge', 'repair', 'cooldown', 'boundary_revised'];

/** What happened, in a few words: the kind and its detail. */
export function describe(e: PolicyEvent): string {
  const detail = (() => {
    switch (e.kind) {
      case 'companion_message': {
        const parts = [e.label === 'none' ? null : word(e.label), e.yes ? word(e.yes) : null].filter(Boolean);
        return parts.length ? parts.join(' · ') : null;
      }
      case 'user_message':
        return e.label === 'none' ? null : word(e.label);
      case 'action':
        return word(e.action);
      case 'pressure':
        return word(e.via);
      case 'nudge':
        return `${word(e.stage)} · ${choiceName(e.choice)}`;
      case 'boundary_revised':
        return noteName(e.status === 'active' ? 'restored_by_user' : e.by === 'user' ? 'revised_by_user' : 'revised_by_companion');
      default:
        return null;
    }
  })();
  return detail ? `${kindName(e.kind)}: ${detail}` : kindName(e.kind);
}
