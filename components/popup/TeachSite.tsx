// "Other chat sites" in the popup: teach the current page (picker), use a known front end or the
// generic adapter on it, and list, remove, export or import taught sites. Every permission
// request is the first call in its click handler, as both browsers require.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { plural, t } from '@/lib/i18n';
import { siteFor } from '@/lib/sites/registry';
import { KNOWN_FRONT_ENDS, originPattern, teachableOrigin, type UserSite } from '@/lib/teach/schema';
import { TaughtList, type Taught } from './teach/TaughtList';

const NAMES: Record<(typeof KNOWN_FRONT_ENDS)[number], string> = { agnai: 'Agnai', risuai: 'RisuAI', sillytavern: 'SillyTavern' };

// A count stays a number until shown, so the note can take the plural form it needs.
type Note =
  | { key: 'teachPickOnPage' | 'teachDenied' | 'teachSaved' | 'teachImportError' | 'teachFailed'; arg?: string }
  | { key: 'teachImported'; count: number }
  | null;

async function currentTab(): Promise<{ id: number; url?: string; title?: string } | null> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const tab = Number.isInteger(asked) && asked > 0 ? await browser.tabs.get(asked).catch(() => null) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, title: tab.title };
}

export function TeachSite() {
  const [tab, setTab] = useState<{ id: number; url?: string; title?: string } | null>(null);
  const [taught, setTaught] = useState<Taught[]>([]);
  const [known, setKnown] = useState<(typeof KNOWN_FRONT_ENDS)[number]>('sillytavern');
  const [note, setNote] = useState<Note>(null);

  const refresh = async () => {
    const reply = (await browser.runtime.sendMessage({ type: 'teach-list' }).catch(() => null)) as { ok?: boolean; sites?: Taught[] } | null;
    setTaught(reply?.ok && reply.sites ? reply.sites : []);
  };
  useEffect(() => {
    void currentTab().then(setTab);
    void refresh();
  }, []);

  const origin = teachableOrigin(tab?.url);
  const builtIn = tab?.url ? siteFor(tab.url) !== null : false;
  const grant = (o: string) => browser.permissions.request({ origins: [originPattern(o)] });
  const done = (reply: unknown, ok: Note) => {
    const r = reply as { ok?: boolean; error?: string } | null;
    setNote(r?.ok ? ok : { key: 'teachFailed', arg: r?.error ?? '' });
    void refresh();
  };

  const teach = async () => {
    if (!origin || !tab) return;
    if (!(await grant(origin))) return setNote({ key: 'teachDenied' });
    done(await browser.runtime.sendMessage({ type: 'teach-start', tabId: tab.id, origin }).catch(() => null), { key: 'teachPickOnPage' });
  };
  const use = async (kind: 'known' | 'generic') => {
    if (!origin || !tab) return;
    if (!(await grant(origin))) return setNote({ key: 'teachDenied' });
    const base = { origin, createdAt: Date.now(), name: kind === 'known' ? NAMES[known] : (tab.title || new URL(origin).host).slice(0, 64) };
    const site: UserSite = kind === 'known' ? { ...base, kind, known } : { ...base, kind };
    done(await browser.runtime.sendMessage({ type: 'teach-save', site, tabId: tab.id }).catch(() => null), { key: 'teachSaved' });
  };

  return (
    <section class="teach" id="teach-site" aria-labelledby="teach-title">
      <h2 id="teach-title">{t('teachSection')}</h2>
      {!origin ? (
        <p class="quiet">{t('teachNotTeachable')}</p>
      ) : builtIn ? (
        <p class="quiet">{t('teachBuiltIn')}</p>
      ) : (
        <>
          <p>{t('teachIntro')}</p>
          <p>
            <button type="button" onClick={teach} data-teach-start>
              {t('teachThisSite')}
            </button>
          </p>
          <p>
            {t('teachKnownLabel')}{' '}
            <select aria-label={t('teachKnownLabel')} value={known} onChange={(e) => setKnown((e.target as HTMLSelectElement).value as typeof known)}>
              {KNOWN_FRONT_ENDS.map((k) => (
                <option value={k}>{NAMES[k]}</option>
              ))}
            </select>{' '}
            <button type="button" onClick={() => use('known')}>
              {t('teachKnownUse')}
            </button>
          </p>
          <p>
            <button type="button" class="link" onClick={() => use('generic')}>
              {t('teachAutomatic')}
            </button>
          </p>
        </>
      )}
      {note && (
        <p role="status" class="teach-note">
          {note.key === 'teachImported' ? plural(note.key, note.count) : t(note.key, note.arg ?? '')}
        </p>
      )}
      <TaughtList sites={taught} refresh={refresh} notify={setNote} />
    </section>
  );
}
