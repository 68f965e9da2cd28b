import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '@/components/options/Options';
import { applyLanguage, t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/defaults';
import { demo } from '@/lib/sites/demo';
import { SITES } from '@/lib/sites/registry';
import './options.css';

const sites = [demo, ...SITES].map((s) => ({ id: s.data.id, name: s.data.name }));

async function save(settings: Settings): Promise<string | null> {
  // The page's own words follow a new language choice at once.
  await applyLanguage(settings.language, undefined, document);
  const reply = (await browser.runtime.sendMessage({ type: 'set-settings', settings }).catch((e: Error) => ({ ok: false, error: e.message }))) as { ok: boolean; error?: string };
  return reply?.ok ? null : (reply?.error ?? 'no answer');
}

browser.runtime.sendMessage({ type: 'get-settings' }).then(async (reply) => {
  const { settings } = reply as { settings: Settings };
  await applyLanguage(settings.language, undefined, document);
  document.title = t('optionsTitle');
  render(<Options initial={settings} sites={sites} save={save} />, document.getElementById('app')!);
});
