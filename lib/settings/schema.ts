// Validation and migration of stored settings (background and extension pages only).
import { z } from 'zod';
import { DEFAULT_SETTINGS, LANGUAGES, SENSITIVITIES, SETTINGS_VERSION, type Settings } from './defaults';

export * from './defaults';

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  sensitivity: z.enum(SENSITIVITIES),
  nudges: z.object({
    hesitation: z.boolean(),
    refusal: z.boolean(),
    pressure: z.boolean(),
    cooldown: z.boolean(),
    reminder: z.boolean(),
    repair: z.boolean(),
  }),
  coercion: z.object({ count: z.number().int().min(2).max(20), windowMinutes: z.number().int().min(1).max(24 * 60) }),
  cooldownDefaultMinutes: z.number().int().min(1).max(24 * 60),
  situationHours: z.number().min(0).max(24 * 30),
  sites: z.record(z.string(), z.boolean()),
  snoozedUntil: z.record(z.string(), z.number()),
  language: z.enum(LANGUAGES),
  studyMode: z.boolean(),
});

const agree: [z.infer<typeof settingsSchema>] extends [Settings] ? ([Settings] extends [z.infer<typeof settingsSchema>] ? true : false) : false = true;
void agree;

/**
 * Reads stored settings of any version: unknown or broken fields fall back to defaults
 * one by one, so a bad value never wipes the rest of a user's choices.
 */
export function migrateSettings(stored: unknown): Settings {
  const base = structuredClone(DEFAULT_SETTINGS);
  if (typeof stored !== 'object' || stored === null) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(stored)) {
    if (key === 'version' || !(key in base)) continue;
    const field = settingsSchema.shape[key as keyof Settings];
    const candidate = isPlainObject(value) && isPlainObject(merged[key]) ? { ...(merged[key] as object), ...value } : value;
    if (field.safeParse(candidate).success) merged[key] = candidate;
  }
  return settingsSchema.parse(merged);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
