// The words: placeholders filled as the browser fills them, and a language chosen in the options.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { applyChosenLanguage, applyLanguage, format, formatDay, plural, t, uiLanguage, type Messages } from '@/lib/i18n';
import fr from '../../public/_locales/fr/messages.json';

afterEach(() => applyLanguage('auto', async () => null));

describe('i18n', () => {
  it('fills named placeholders from positional substitutions', () => {
    expect(format({ message: '$NAME$ said: $WHAT$', placeholders: { name: { content: '$1' }, what: { content: '$2' } } }, ['Mira', 'no'])).toBe('Mira said: no');
  });

  it('follows the browser until a language is chosen, then uses its words', async () => {
    expect(t('refusalTitle', 'Mira')).toBe('Mira said no');
    await applyLanguage('it', async (language) => ({ ok: true, messages: { refusalTitle: { message: `[${language}] $NAME$ ha detto no`, placeholders: { name: { content: '$1' } } } } }));
    expect(t('refusalTitle', 'Mira')).toBe('[it] Mira ha detto no');
    // A word the chosen language lacks falls back to the browser's.
    expect(t('actionClose')).toBe('Close');
  });

  it('keeps the browser’s words when the chosen language cannot be loaded', async () => {
    await applyLanguage('de', async () => ({ ok: false, error: 'no words shipped for de' }));
    expect(t('refusalTitle', 'Mira')).toBe('Mira said no');
  });

  it('asks the background for the chosen language where a script holds no settings, and keeps the browser’s without an answer', async () => {
    fakeBrowser.runtime.onMessage.addListener(((msg: { type: string; language?: string }) =>
      Promise.resolve(msg.type === 'get-settings' ? { ok: true, settings: { language: 'fr' } } : { ok: true, messages: { refusalTitle: { message: `[${msg.language}] $NAME$ a dit non`, placeholders: { name: { content: '$1' } } } } })) as never);
    await applyChosenLanguage();
    expect(t('refusalTitle', 'Mira')).toBe('[fr] Mira a dit non');
    fakeBrowser.runtime.onMessage.removeAllListeners();
    await applyLanguage('auto', async () => null);
    await applyChosenLanguage();
    expect(t('refusalTitle', 'Mira')).toBe('Mira said no');
  });

  describe('plural', () => {
    it('says 1 in the singular and 0 and 2 in the plural in English', () => {
      expect(plural('countEvents', 1)).toBe('1 event');
      expect(plural('countEvents', 2)).toBe('2 events');
      expect(plural('countEvents', 0)).toBe('0 events');
      expect(plural('pressureWait', 1)).toBe('You can go ahead in 1 second, or close this now.');
    });

    it('keeps the substitutions after the number', () => {
      expect(plural('teachFound', 1, 3)).toBe('Found 1 message from your companion and 3 of yours.');
      expect(plural('disclosureObservedKept', 4, 1)).toBe('In a new chat, the no held for 1 of 4 requests asked again.');
    });

    it('follows French rules in French, where 0 and 1 are singular', async () => {
      await applyLanguage('fr', async () => ({ ok: true, messages: fr as Messages }));
      expect(plural('countEvents', 0)).toBe('0 événement');
      expect(plural('countEvents', 1)).toBe('1 événement');
      expect(plural('countEvents', 2)).toBe('2 événements');
      // The number is written the French way too.
      expect(plural('countEvents', 1234)).toBe('1\u202f234 événements');
    });

    it('follows a French browser when no language is chosen', () => {
      vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
      vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) => {
        const entry = (fr as Messages)[name];
        return entry ? format(entry, subs ?? []) : '';
      }) as typeof fakeBrowser.i18n.getMessage);
      expect(plural('countEvents', 0)).toBe('0 événement');
      expect(plural('countEvents', 2)).toBe('2 événements');
    });

    it('follows English rules when the browser’s language is not shipped and the words are English', () => {
      // Japanese has no singular; the words shown are the English default.
      vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ja');
      expect(uiLanguage()).toBe('en');
      expect(plural('countEvents', 1)).toBe('1 event');
    });
  });

  describe('formatDay', () => {
    const zone = process.env.TZ;
    afterEach(() => {
      process.env.TZ = zone;
    });

    // A review date is a calendar day: read as midnight UTC and shown in local time, it would
    // be the day before wherever the clock is behind UTC.
    it('writes a calendar day as the chosen language does, the same day west of UTC', async () => {
      process.env.TZ = 'America/Los_Angeles';
      await applyLanguage('fr', async () => ({ ok: true, messages: fr as Messages }));
      expect(formatDay('2026-11-23')).toBe('23/11/2026');
      await applyLanguage('en', async () => ({ ok: true, messages: {} }));
      expect(formatDay('2026-01-01')).toBe('1/1/2026');
    });
  });
});
