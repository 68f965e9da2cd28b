import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BoundaryRow, CompanionRow, EventRow, TrashBatchRow } from '@/lib/db/db';
import { UNDO_GONE } from '@/lib/db/trash';
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
import { UndoNotice, type Notice } from './UndoNotice';
import { KINDS, kindName } from './words';

export interface HistoryApi {
  load(): Promise<{ companions: CompanionRow[]; boundaries: BoundaryRow[]; settings: Settings }>;
  events(filter: EventFilter): Promise<EventRow[]>;
  newest(filter: EventFilter): Promise<EventRow[]>;
  /** Deletes, keeping what went for undo for a while (lib/db/trash.ts). */
  remove(target: DeleteScope): Promise<Removal>;
  /** Puts a deletion back; resolves to how many events came back. */
  undo(batch: string): Promise<{ ok: true; restored: number } | { ok: false; error: string }>;
  /** Lets a deletion go for good: its notice was dismissed. */
  forget(batch: string): Promise<void>;
  /** A deletion that can still be undone (the page was closed before its notice went), if any. */
  pending(): Promise<TrashBatchRow | null>;
  build(redaction: Redaction, study?: ExportDoc['study']): Promise<ExportDoc>;
  saveSettings(settings: Settings): Promise<void>;
  download(fileName: string, text: string, type: string): void;
  siteName(site: string): string;
  auditUrl: string;
}

export type Removal = { ok: true; deleted: number; undo: TrashBatchRow | null; kept: boolean } | { ok: false; error: string };

/** What a deletion took, in a sentence for its notice. */
export function deletedText(d: TrashBatchRow, siteName: (site: string) => string): string {
  switch (d.scope.scope) {
    case 'event':
      return plural('undoDeletedEvents', d.events);
    case 'boundary':
      return plural('undoDeletedBoundary', d.events);
    case 'companion':
      return plural('undoDeletedCompanion', d.events, d.name ?? d.scope.companionKey);
    case 'site':
      return plural('undoDeletedSite', d.events, siteName(d.scope.site));
    case 'everything':
      return plural('undoDeletedAll', d.events);
  }
}

/** The heading of the part of the page a deletion was made in: focus goes back there after its notice. */
const SECTION_OF: Record<DeleteScope['scope'], string> = {
  event: 'events-title',
  boundary: 'boundaries-title',
  companion: 'boundaries-title',
  site: 'delete-title',
  everything: 'delete-title',
};

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
  const [notice, setNotice] = useState<Notice | null>(null);
  const lastScope = useRef<DeleteScope['scope']>('event');

  // The background may be restarting: say so rather than leave the page silently stale.
  const failed = (e: Error) => setStatus(t('historyLoadFailed', e.message));
  useEffect(() => void api.load().then(setBase).catch(failed), [version]);
  // A deletion whose notice had not gone when the page closed can still be undone.
  useEffect(() => {
    void api
      .pending()
      .then((d) => d && setNotice((n) => n ?? { text: deletedText(d, api.siteName), batch: d.id }))
      .catch(() => undefined);
  }, []);
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
      .then((all) => live && all && setListing({ form, newest: [], all }))
      .catch((e: Error) => live && failed(e));
    return () => {
      live = false;
    };
  }, [form, version]);

  const names = useMemo(() => new Map((base?.companions ?? []).map((c) => [c.key, c.name || c.companionId])), [base]);
  const sites = useMemo(() => [...new Set((base?.companions ?? []).map((c) => c.site))].sort(), [base]);
  const companionsHere = (base?.companions ?? []).filter((c) => !form.site || c.site === form.site);

  const remove = async (target: DeleteScope) => {
    const reply = await api.remove(target);
    lastScope.current = target.scope;
    if (!reply.ok) setStatus(t('historyDeleteFailed', reply.error));
    else if (reply.undo) {
      setStatus('');
      setNotice({ text: deletedText(reply.undo, api.siteName), batch: reply.undo.id, focus: true });
    } else {
      // Nothing to undo: nothing was there any more, or no room was left for a copy.
      setNotice(null);
      setStatus(reply.kept ? t('historyDeleted') : t('undoNoRoom'));
    }
    if (target.scope === 'site' || target.scope === 'everything') setForm(NO_FILTER);
    setVersion((v) => v + 1);
  };
  const undo = async (batch: string) => {
    const reply = await api.undo(batch).catch((e: Error) => ({ ok: false as const, error: e.message }));
    const text = reply.ok ? plural('undoRestored', reply.restored) : reply.error === UNDO_GONE ? t('undoGone') : t('undoFailed', reply.error);
    setNotice({ text, focus: true });
    setVersion((v) => v + 1);
  };
  const dismiss = () => {
    if (notice?.batch) void api.forget(notice.batch).catch(() => undefined);
    setNotice(null);
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
        <h2 id="boundaries-title" tabIndex={-1}>{t('historyBoundaries')}</h2>
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
        <h2 id="events-title" tabIndex={-1}>{t('historyEvents')}</h2>
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
        <h2 id="delete-title" tabIndex={-1}>{t('historyDeleteSection')}</h2>
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

      <UndoNotice notice={notice} onUndo={(batch) => void undo(batch)} onDismiss={dismiss} returnFocus={() => document.getElementById(SECTION_OF[lastScope.current])?.focus()} />
    </main>
  );
}
