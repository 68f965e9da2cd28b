import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BoundaryRow, CompanionRow, EventRow } from '@/lib/db/db';
import type { EventFilter } from '@/lib/db/queries';
import type { ExportDoc } from '@/lib/export/schema';
import { plural, t } from '@/lib/i18n';
import type { DeleteScope, Redaction } from '@/lib/messages';
import type { PolicyEventKind } from '@/lib/policy/types';
import type { Settings } from '@/lib/settings/defaults';
import { Companions } from './Companions';
import { Confirm } from './Confirm';
import { EventList } from './EventList';
import { EventsChart } from './EventsChart';
import { ExportPanel } from './ExportPanel';
import { KINDS, kindName } from './words';

export interface HistoryApi {
  load(): Promise<{ companions: CompanionRow[]; boundaries: BoundaryRow[]; settings: Settings }>;
  events(filter: EventFilter): Promise<EventRow[]>;
  newest(filter: EventFilter): Promise<EventRow[]>;
  /** Resolves to null when done, or to what went wrong. */
  remove(target: DeleteScope): Promise<string | null>;
  build(redaction: Redaction, study?: ExportDoc['study']): Promise<ExportDoc>;
  saveSettings(settings: Settings): Promise<void>;
  download(fileName: string, text: string, type: string): void;
  siteName(site: string): string;
  auditUrl: string;
}

interface Form {
  site: string;
  companionKey: string;
  kind: string;
  from: string;
  to: string;
  search: string;
}
interface Listing {
  form: Form;
  /** Newest first, shown while `all` is read. */
  newest: EventRow[];
  /** Every row the filter selects, oldest first. */
  all: EventRow[] | null;
}

const NO_FILTER: Form = { site: '', companionKey: '', kind: '', from: '', to: '', search: '' };
const SEARCH_DELAY_MS = 250;

function toFilter(f: Form): EventFilter {
  const day = (s: string, end: boolean) => (s ? new Date(`${s}T${end ? '23:59:59.999' : '00:00:00'}`).getTime() : undefined);
  return {
    site: f.site || undefined,
    companionKey: f.companionKey || undefined,
    kind: (f.kind || undefined) as PolicyEventKind | undefined,
    from: day(f.from, false),
    to: day(f.to, true),
    search: f.search || undefined,
  };
}

export function History({ api }: { api: HistoryApi }) {
  const [base, setBase] = useState<Awaited<ReturnType<HistoryApi['load']>> | null>(null);
  const [form, setForm] = useState(NO_FILTER);
  const [search, setSearch] = useState('');
  const [listing, setListing] = useState<Listing | null>(null);
  const [status, setStatus] = useState('');
  const [version, setVersion] = useState(0);

  useEffect(() => void api.load().then(setBase), [version]);
  useEffect(() => {
    const id = setTimeout(() => setForm((f) => (f.search === search ? f : { ...f, search })), SEARCH_DELAY_MS);
    return () => clearTimeout(id);
  }, [search]);
  // The newest rows first (a bounded index read), then every row for the count, the chart and scrolling.
  useEffect(() => {
    let live = true;
    const filter = toFilter(form);
    void api
      .newest(filter)
      .then((newest) => live && setListing({ form, newest, all: null }))
      // Only then the long read, so it cannot hold up the first one.
      .then(() => (live ? api.events(filter) : null))
      .then((all) => live && all && setListing({ form, newest: [], all }));
    return () => {
      live = false;
    };
  }, [form, version]);

  const names = useMemo(() => new Map((base?.companions ?? []).map((c) => [c.key, c.name || c.companionId])), [base]);
  const sites = useMemo(() => [...new Set((base?.companions ?? []).map((c) => c.site))].sort(), [base]);
  const companionsHere = (base?.companions ?? []).filter((c) => !form.site || c.site === form.site);

  const remove = async (target: DeleteScope) => {
    const error = await api.remove(target);
    setStatus(error ? t('historyDeleteFailed', error) : t('historyDeleted'));
    if (target.scope === 'site' || target.scope === 'everything') setForm(NO_FILTER);
    setVersion((v) => v + 1);
  };
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  return (
    <main class="history" data-standing-no-history>
      <header>
        <h1>{t('historyTitle')}</h1>
        <p>{t('historyIntro')}</p>
        <p>
          <a href={api.auditUrl}>{t('historyOpenAudit')}</a>
        </p>
      </header>
      <p role="status" aria-live="polite" class="status-line">
        {status}
      </p>

      <section aria-labelledby="boundaries-title">
        <h2 id="boundaries-title">{t('historyBoundaries')}</h2>
        {base ? (
          <Companions
            companions={base.companions}
            boundaries={base.boundaries}
            siteName={api.siteName}
            removeBoundary={(id) => void remove({ scope: 'boundary', id })}
            removeCompanion={(companionKey) => void remove({ scope: 'companion', companionKey })}
          />
        ) : (
          <p class="quiet">{t('historyLoading')}</p>
        )}
      </section>

      <section aria-labelledby="events-title">
        <h2 id="events-title">{t('historyEvents')}</h2>
        <form class="filters" aria-label={t('historyFilters')} onSubmit={(e) => e.preventDefault()}>
          <label>
            {t('historyFilterSite')}
            <select value={form.site} onChange={(e) => set({ site: (e.target as HTMLSelectElement).value, companionKey: '' })} data-filter="site">
              <option value="">{t('historyAll')}</option>
              {sites.map((s) => (
                <option key={s} value={s}>
                  {api.siteName(s)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('historyFilterCompanion')}
            <select value={form.companionKey} onChange={(e) => set({ companionKey: (e.target as HTMLSelectElement).value })} data-filter="companion">
              <option value="">{t('historyAll')}</option>
              {companionsHere.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.name || c.companionId}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('historyFilterKind')}
            <select value={form.kind} onChange={(e) => set({ kind: (e.target as HTMLSelectElement).value })} data-filter="kind">
              <option value="">{t('historyAll')}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindName(k)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('historyFilterFrom')}
            <input type="date" value={form.from} onChange={(e) => set({ from: (e.target as HTMLInputElement).value })} data-filter="from" />
          </label>
          <label>
            {t('historyFilterTo')}
            <input type="date" value={form.to} onChange={(e) => set({ to: (e.target as HTMLInputElement).value })} data-filter="to" />
          </label>
          <label class="search">
            {t('historySearch')}
            <input type="search" value={search} onInput={(e) => setSearch((e.target as HTMLInputElement).value)} data-filter="search" />
          </label>
          <button
            type="button"
            class="link"
            onClick={() => {
              setSearch('');
              setForm(NO_FILTER);
            }}
          >
            {t('historyClearFilters')}
          </button>
        </form>
        <h3>{t('historyChart')}</h3>
        {listing?.all ? <EventsChart events={listing.all} /> : <p class="quiet">{t('historyLoading')}</p>}
        {listing && (
          <>
            <p class="count" data-event-count={listing.all ? listing.all.length : undefined}>
              {listing.all ? plural('countEvents', listing.all.length) : t('historyLoading')}
            </p>
            <EventList
              total={listing.all ? listing.all.length : listing.newest.length}
              rowAt={(i) => (listing.all ? listing.all[listing.all.length - 1 - i] : listing.newest[i])}
              filterKey={listing.form}
              names={names}
              siteName={api.siteName}
              remove={(id) => void remove({ scope: 'event', id })}
            />
          </>
        )}
      </section>

      <section aria-labelledby="delete-title">
        <h2 id="delete-title">{t('historyDeleteSection')}</h2>
        <p class="meta">{t('historyDeleteNote')}</p>
        <ul class="delete-scopes">
          {sites.map((s) => (
            <li key={s}>
              <Confirm
                class="secondary"
                label={`${t('historyDeleteSiteButton')}: ${api.siteName(s)}`}
                question={t('historyDeleteSite', api.siteName(s))}
                onConfirm={() => void remove({ scope: 'site', site: s })}
              />
            </li>
          ))}
          <li>
            <Confirm class="secondary" label={t('historyDeleteAllButton')} question={t('historyDeleteAll')} onConfirm={() => void remove({ scope: 'everything' })} />
          </li>
        </ul>
      </section>

      {base && (
        <ExportPanel
          studyMode={base.settings.studyMode}
          setStudyMode={async (on) => {
            await api.saveSettings({ ...base.settings, studyMode: on });
            setVersion((v) => v + 1);
          }}
          build={api.build}
          download={api.download}
        />
      )}
    </main>
  );
}
