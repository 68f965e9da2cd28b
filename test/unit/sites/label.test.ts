// Site names in the interface: proper nouns as they are, the demo's name in the user's language.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguage, type Messages } from '@/lib/i18n';
import { siteLabel } from '@/lib/sites/label';

afterEach(() => applyLanguage('auto', async () => null));

describe('siteLabel', () => {
  it('keeps real sites as named and says the demo in the chosen language', async () => {
    expect(siteLabel('replika', 'Replika')).toBe('Replika');
    expect(siteLabel('demo', 'Demo companion')).toBe('Demo companion');
    const fr = JSON.parse(readFileSync('public/_locales/fr/messages.json', 'utf8')) as Messages;
    await applyLanguage('fr', async () => ({ ok: true, messages: fr }));
    expect(siteLabel('demo', 'Demo companion')).toBe(fr.demoTitle!.message);
    expect(siteLabel('demo', 'Demo companion')).not.toBe('Demo companion');
  });
});
