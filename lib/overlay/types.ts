// What the session hands the overlay: a nudge to show and where its answers go.
import type { Decision } from '../policy/decide';
import type { NudgeCopy } from '../policy/copy';
import type { NudgeChoice, Stage } from '../policy/types';

export type ShownStage = Exclude<Stage, 'none'>;

export interface NudgeView {
  id: string;
  companionName: string;
  stage: ShownStage;
  decision: Decision;
  copy: NudgeCopy;
  cues: string[];
  /** A held action: the nudge is a dialog that decides whether it goes ahead. */
  held: null | { action: 'send' | 'regenerate' | 'swipe' | 'edit' | 'delete' | 'new_chat'; waitSeconds: number };
  /** The cool-down length the user prefers, offered first. */
  cooldownDefault: number;
  /** Whether "was this right?" applies (a detector call the user can correct). */
  correctable: boolean;
}

export type CooldownMinutes = 10 | 30 | 60 | 'tomorrow';

export interface NudgeAnswers {
  choose(choice: NudgeChoice): void;
  cooldown(minutes: CooldownMinutes): void;
  endCooldown(): void;
  feedback(right: boolean): void;
}

export interface NudgeSurface {
  show(view: NudgeView, answers: NudgeAnswers): void;
  clear(): void;
  /** After "check in instead": a way back to the words the user had typed. */
  offerRestore(draft: string | null, restore: () => void): void;
  /** The standing banner during a cool-down, or null to remove it. */
  cooldown(state: { until: number; companionName: string } | null, answers: Pick<NudgeAnswers, 'endCooldown'>): void;
}
