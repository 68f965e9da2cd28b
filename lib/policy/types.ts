// The pure vocabulary shared by the policy engine, the database and the export.
import type { CompanionLabel, Confidence, PressureLabel, UserLabel } from '../detect/types';

/** Same names as `data-nudge-stage` and the replay contract. */
export const STAGES = ['none', 'hesitation', 'refusal', 'pressure', 'cooldown', 'boundary-reminder', 'repair'] as const;
export type Stage = (typeof STAGES)[number];

export const PRESSURE_VIAS = ['rephrase', 'regenerate', 'restart', 'edit', 'delete', 'scene', 'insist', 'guilt', 'threat', 'dismiss', 'override'] as const;
export type PressureVia = (typeof PRESSURE_VIAS)[number];
export type { PressureLabel };

export const NUDGE_CHOICES = ['shown', 'edit', 'proceed', 'checkin', 'cancel', 'dismiss', 'cooldown', 'snooze', 'feedback_right', 'feedback_wrong'] as const;
export type NudgeChoice = (typeof NUDGE_CHOICES)[number];

export const ACTIONS = ['send', 'draft', 'regenerate', 'swipe', 'edit', 'delete', 'new_chat'] as const;
export type Action = (typeof ACTIONS)[number];

interface EventBase {
  id: string;
  /** Milliseconds since the epoch. */
  t: number;
  chatKey: string;
  text?: string;
}

export type PolicyEvent =
  | (EventBase & {
      kind: 'companion_message';
      label: CompanionLabel;
      exitScene: boolean;
      confidence: Confidence;
      cues: string[];
      /** The user message the companion answered: the request a no declines. */
      request?: string;
      /** Who spoke: a platform notice is not the companion's own no. */
      source: 'companion' | 'platform';
      /** Set when the user corrected the detector for this text. */
      corrected?: boolean;
      /** The boundary this message sets, raises or answers. */
      boundaryId?: string;
      /**
       * A "yes" about a declined request: after pressure it never revises the boundary;
       * offered unprompted, with no pressure since the no, it is the companion's changed willingness.
       */
      yes?: 'after_pressure' | 'willing';
    })
  | (EventBase & {
      kind: 'user_message';
      label: UserLabel;
      confidence: Confidence;
      cues: string[];
      /** Boundaries whose declined request this message asks for again. */
      asks?: string[];
      /** Every such reading rests on weak signs only (the detector said "unsure"). */
      asksUnsure?: boolean;
      /** It pulls the companion back into a scene it stepped out of. */
      resumesScene?: boolean;
    })
  | (EventBase & {
      kind: 'action';
      action: Action;
      /** For a draft: how the typed text reads, as for a sent message. */
      label?: UserLabel;
      asks?: string[];
      asksUnsure?: boolean;
      resumesScene?: boolean;
      /** For an edit or delete: whether it touches the companion's no, the declined request, or neither. */
      target?: 'no' | 'request' | 'other';
    })
  | (EventBase & { kind: 'pressure'; via: PressureVia; boundaryId?: string })
  | (EventBase & { kind: 'repair'; boundaryId?: string })
  | (EventBase & { kind: 'nudge'; stage: Exclude<Stage, 'none'>; choice: NudgeChoice; boundaryId?: string })
  | (EventBase & { kind: 'cooldown'; until: number })
  | (EventBase & { kind: 'boundary_revised'; boundaryId: string; by: 'companion' | 'user'; status: BoundaryStatus });

export type PolicyEventKind = PolicyEvent['kind'];

export const BOUNDARY_LEVELS = ['hesitation', 'situation', 'lasting'] as const;
export type BoundaryLevel = (typeof BOUNDARY_LEVELS)[number];
export type BoundaryStatus = 'active' | 'revised';

export interface BoundaryNote {
  t: number;
  what: 'set' | 'raised' | 'pressure' | 'yes_after_pressure' | 'revised_by_companion' | 'revised_by_user' | 'restored_by_user';
  detail?: string;
}

export interface Boundary {
  id: string;
  /** The declined request, in the user's words: its meaning is what a re-ask is compared with. */
  request: string;
  /** The companion's own words, kept to show the user what was said. */
  reply: string;
  level: BoundaryLevel;
  source: 'companion' | 'platform';
  status: BoundaryStatus;
  /** Set when the companion stepped out of a scene to say it. */
  scene: boolean;
  chatKey: string;
  setAt: number;
  lastPressureAt: number | null;
  pressureCount: number;
  cues: string[];
  /** Set while the only no behind it was a weak signal: pauses on it are softer (no wait). */
  unsure?: boolean;
  history: BoundaryNote[];
}

export interface History {
  /** Boundaries of one companion identity, whatever chat they came from. */
  boundaries: Boundary[];
  /** Recent events of that companion, oldest first; the last one is the step being decided. */
  events: PolicyEvent[];
}
