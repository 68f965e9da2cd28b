// Shared vocabulary of the detectors (labels come from shared/spec/labels.md).
export const COMPANION_LABELS = ['none', 'hesitation', 'refusal', 'boundary', 'platform'] as const;
export type CompanionLabel = (typeof COMPANION_LABELS)[number];

export const USER_LABELS = ['none', 'insist', 'guilt', 'threat', 'dismiss', 'override', 'repair', 'checkin'] as const;
export type UserLabel = (typeof USER_LABELS)[number];

export const PRESSURE_LABELS = ['insist', 'guilt', 'threat', 'dismiss', 'override'] as const;
export type PressureLabel = (typeof PRESSURE_LABELS)[number];

/** "unsure" marks a weak signal: the policy treats it softly (a hint, never a pause). */
export type Confidence = 'sure' | 'unsure';

export interface CompanionVerdict {
  label: CompanionLabel;
  exitScene: boolean;
  confidence: Confidence;
  /**
   * What the decision rests on, shown behind a nudge's "why?": words of the message as
   * matched, or a reason code starting with "#" ("#same_ask", "#intent:violence") that the
   * interface words in the user's language (lib/overlay/cues.ts).
   */
  cues: string[];
}

export interface UserVerdict {
  label: UserLabel;
  confidence: Confidence;
  cues: string[];
}

export interface RephraseVerdict {
  same: boolean;
  /** "unsure" when only a weak sign says so (the trained model, or an intent named after a no the lexicon did not know). */
  confidence: Confidence;
  /** 0..1, higher means more likely the same request. */
  score: number;
  cues: string[];
}

export const isNo = (label: CompanionLabel): boolean =>
  label === 'refusal' || label === 'boundary' || label === 'platform';

export const isPressure = (label: UserLabel): label is PressureLabel =>
  (PRESSURE_LABELS as readonly string[]).includes(label);
