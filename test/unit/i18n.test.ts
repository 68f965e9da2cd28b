// The words: placeholders filled as the browser fills them, and a language chosen in the options.
import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguage, format, t } from '@/lib/i18n';

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
});
