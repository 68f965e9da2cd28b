// Settings as plain data (no zod here: the content script reads them and must stay small).
export const SENSITIVITIES = ['gentle', 'standard', 'firm'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
export const LANGUAGES = ['auto', 'en', 'es', 'fr', 'de', 'pt', 'it'] as const;
export type Language = Exclude<(typeof LANGUAGES)[number], 'auto'>;
/** Languages whose words ship in public/_locales (the options offer only these). */
export const UI_LANGUAGES: readonly Language[] = ['en', 'es', 'fr', 'de', 'pt', 'it'];

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  sensitivity: Sensitivity;
  nudges: { hesitation: boolean; refusal: boolean; pressure: boolean; cooldown: boolean; reminder: boolean; repair: boolean };
  /** Persistent coercion: this many pressure events within the window offers a cool-down. */
  coercion: { count: number; windowMinutes: number };
  cooldownDefaultMinutes: number;
  /** How long a refusal tied to one situation still counts in a new chat. */
  situationHours: number;
  /** Per-site switch, by site id; a missing entry means on. */
  sites: Record<string, boolean>;
  /** Per-site snooze, by site id: no nudges until then (records continue). */
  snoozedUntil: Record<string, number>;
  language: (typeof LANGUAGES)[number];
  /** Research study mode, on only after the user's consent on the history page. */
  studyMode: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sensitivity: 'standard',
  nudges: { hesitation: true, refusal: true, pressure: true, cooldown: true, reminder: true, repair: true },
  coercion: { count: 4, windowMinutes: 30 },
  cooldownDefaultMinutes: 10,
  situationHours: 24,
  sites: {},
  snoozedUntil: {},
  language: 'auto',
  studyMode: false,
};
