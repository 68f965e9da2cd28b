// The sites the user taught: remove one (its script and permission go with it), allow one again,
// export all as a file, import a file.
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { originPattern, type UserSite } from '@/lib/teach/schema';

export type Taught = UserSite & { granted: boolean };
type Notify = (n: { key: 'teachImported'; count: number } | { key: 'teachImportError'; arg: string }) => void;

export function TaughtList({ sites, refresh, notify }: { sites: Taught[]; refresh(): Promise<void>; notify: Notify }) {
  const remove = async (origin: string) => {
    await browser.runtime.sendMessage({ type: 'teach-remove', origin }).catch(() => null);
    await refresh();
  };
  const allow = async (site: Taught) => {
    if (!(await browser.permissions.request({ origins: [originPattern(site.origin)] }))) return;
    // Saving again registers the content script for the origin.
    const { granted: _granted, ...stored } = site;
    await browser.runtime.sendMessage({ type: 'teach-save', site: stored }).catch(() => null);
    await refresh();
  };
  const exportFile = async () => {
    const reply = (await browser.runtime.sendMessage({ type: 'teach-export' }).catch(() => null)) as { ok?: boolean; file?: unknown } | null;
    if (!reply?.ok) return;
    const url = URL.createObjectURL(new Blob([JSON.stringify(reply.file, null, 2)], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: 'standing-no-sites.json' });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      return notify({ key: 'teachImportError', arg: 'not JSON' });
    }
    const reply = (await browser.runtime.sendMessage({ type: 'teach-import', file: parsed }).catch(() => null)) as { ok?: boolean; count?: number; error?: string } | null;
    notify(reply?.ok ? { key: 'teachImported', count: reply.count ?? 0 } : { key: 'teachImportError', arg: reply?.error ?? '' });
    await refresh();
  };

  return (
    <div class="taught">
      {sites.length > 0 && (
        <>
          <h3>{t('teachTaught')}</h3>
          <ul>
            {sites.map((s) => (
              <li key={s.origin} data-taught-origin={s.origin}>
                {s.name} <span class="quiet">({s.origin})</span>{' '}
                {!s.granted && (
                  <>
                    <span class="quiet">{t('teachNeedsAccess')}</span>{' '}
                    <button type="button" class="link" onClick={() => allow(s)}>
                      {t('teachAllow')}
                    </button>{' '}
                  </>
                )}
                <button type="button" class="link" onClick={() => remove(s.origin)} aria-label={t('teachRemove', s.name)}>
                  ✕
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="link" onClick={exportFile}>
            {t('teachExport')}
          </button>{' '}
        </>
      )}
      <label class="link">
        {t('teachImport')} <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e.target as HTMLInputElement)} />
      </label>
    </div>
  );
}
