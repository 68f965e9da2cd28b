import { nextMorning } from '@/lib/core/time';
import { formatDateTime, t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/defaults';

interface Props {
  site: string;
  settings: Settings;
  now: number;
  save(settings: Settings): void;
  openOptions(): void;
}

/** Per-site switch and snooze: pausing everything at once is not what people ask for. */
export function SiteControls({ site, settings, now, save, openOptions }: Props) {
  const on = settings.sites[site] !== false;
  const until = settings.snoozedUntil[site] ?? 0;
  const snooze = (ms: number) => save({ ...settings, snoozedUntil: { ...settings.snoozedUntil, [site]: ms } });
  return (
    <section class="site-controls">
      <label>
        <input type="checkbox" checked={on} onChange={(e) => save({ ...settings, sites: { ...settings.sites, [site]: (e.target as HTMLInputElement).checked } })} />{' '}
        {t('popupSiteOn')}
      </label>
      {until > now ? (
        <p>
          {t('popupSnoozedUntil', formatDateTime(until, { weekday: 'short', hour: '2-digit', minute: '2-digit' }))}{' '}
          <button type="button" class="link" onClick={() => snooze(0)}>
            {t('popupResume')}
          </button>
        </p>
      ) : (
        <p role="group" aria-label={t('popupSnooze')}>
          {t('popupSnooze')}:{' '}
          <button type="button" class="link" onClick={() => snooze(now + 3600_000)}>
            {t('popupSnooze1h')}
          </button>{' '}
          <button type="button" class="link" onClick={() => snooze(nextMorning(now))}>
            {t('popupSnoozeTomorrow')}
          </button>
        </p>
      )}
      <button type="button" class="link" onClick={openOptions}>
        {t('popupSettings')}
      </button>
    </section>
  );
}
