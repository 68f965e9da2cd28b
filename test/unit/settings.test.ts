// Stored settings of any shape come back valid, keeping every choice that still makes sense.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings, settingsSchema } from '@/lib/settings/schema';

describe('settings migration', () => {
  it('nothing stored gives the defaults', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('an older version without newer fields keeps its choices and gains the new fields', () => {
    const v0 = { version: 0, sensitivity: 'firm', nudges: { hesitation: false }, sites: { janitor: false } };
    const s = migrateSettings(v0);
    expect(s).toMatchObject({ version: DEFAULT_SETTINGS.version, sensitivity: 'firm', sites: { janitor: false }, studyMode: false });
    expect(s.nudges).toEqual({ ...DEFAULT_SETTINGS.nudges, hesitation: false });
    expect(settingsSchema.safeParse(s).success).toBe(true);
  });

  it('a broken field falls back alone, without wiping the rest', () => {
    const s = migrateSettings({ sensitivity: 'extreme', coercion: { count: 1, windowMinutes: 10 }, language: 'fr', situationHours: -5 });
    expect(s.sensitivity).toBe(DEFAULT_SETTINGS.sensitivity);
    expect(s.coercion).toEqual(DEFAULT_SETTINGS.coercion);
    expect(s.language).toBe('fr');
    expect(s.situationHours).toBe(DEFAULT_SETTINGS.situationHours);
  });

  it('unknown fields are dropped', () => {
    expect(migrateSettings({ telemetry: true })).not.toHaveProperty('telemetry');
  });
});
