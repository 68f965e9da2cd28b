import type { BoundaryRow, TabRow } from '@/lib/db/db';
import type { Figures } from '@/lib/audit/figures';
import type { Disclosure } from '@/lib/disclosure/schema';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/defaults';
import { siteLabel } from '@/lib/sites/label';
import { Boundaries } from './Boundaries';
import { DisclosureCard } from './DisclosureCard';
import { Observed } from './Observed';
import { SiteControls } from './SiteControls';
import { TeachSite } from './TeachSite';

export interface PopupState {
  tab: TabRow | null;
  boundaries: BoundaryRow[];
  disclosure: Disclosure | null;
  demoUrl: string;
  /** The history page (boundaries, events, export, audit). */
  historyUrl: string;
  /** What the user's own records saw on this tab's site. */
  observed: Figures | null;
  settings: Settings;
  now: number;
}

export interface PopupActions {
  revise(boundaryId: string, status: 'active' | 'revised'): void;
  saveSettings(settings: Settings): void;
  openOptions(): void;
}

export function Popup({ state, actions }: { state: PopupState; actions: PopupActions }) {
  const { tab } = state;
  return (
    <main class="popup" data-standing-no-popup>
      <h1>{t('popupTitle')}</h1>
      {tab ? <Status tab={tab} /> : <NotChat demoUrl={state.demoUrl} />}
      {tab && <SiteControls site={tab.site} settings={state.settings} now={state.now} save={actions.saveSettings} openOptions={actions.openOptions} />}
      {tab?.companionKey && <Boundaries boundaries={state.boundaries} companionName={tab.companionName ?? ''} revise={actions.revise} />}
      {tab && state.disclosure && <DisclosureCard disclosure={state.disclosure} siteName={siteLabel(tab.site, tab.siteName)} />}
      {tab && <Observed figures={state.observed} />}
      <p>
        <a href={state.historyUrl} target="_blank" rel="noreferrer" data-history-link>
          {t('historyOpen')}
        </a>
      </p>
      <TeachSite />
      <p class="privacy">{t('popupPrivacy')}</p>
    </main>
  );
}

function Status({ tab }: { tab: TabRow }) {
  const label = tab.state === 'working' ? t('popupStatusWorking') : tab.state === 'degraded' ? t('popupStatusDegraded') : t('popupStatusIdle');
  const name = siteLabel(tab.site, tab.siteName);
  return (
    <section class="status" aria-label={name}>
      <p>
        <strong>{name}</strong> · <span class={`state state-${tab.state}`}>{label}</span>
      </p>
      {tab.problem && <p class="problem">{t('popupProblem', tab.problem)}</p>}
      {tab.state === 'degraded' && <a href="#teach-site">{t('siteTeachThis')}</a>}
      {tab.companionName && <p>{t('popupCompanion', tab.companionName)}</p>}
    </section>
  );
}

function NotChat({ demoUrl }: { demoUrl: string }) {
  return (
    <section class="status">
      <p>{t('popupNotChat')}</p>
      <p>
        <a href={demoUrl} target="_blank" rel="noreferrer">
          {t('popupOpenDemo')}
        </a>
      </p>
    </section>
  );
}
