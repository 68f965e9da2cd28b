import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { SENSITIVITIES, UI_LANGUAGES, type Settings } from '@/lib/settings/defaults';
import { siteLabel } from '@/lib/sites/label';

interface Props {
  initial: Settings;
  sites: Array<{ id: string; name: string }>;
  /** Resolves to null when saved, or to what went wrong. */
  save(settings: Settings): Promise<string | null>;
}

const SENSITIVITY_LABEL: Record<Settings['sensitivity'], MessageKey> = { gentle: 'optionsGentle', standard: 'optionsStandard', firm: 'optionsFirm' };
const NUDGE_LABEL: Record<keyof Settings['nudges'], MessageKey> = {
  hesitation: 'optionsNudgeHesitation',
  refusal: 'optionsNudgeRefusal',
  pressure: 'optionsNudgePressure',
  cooldown: 'optionsNudgeCooldown',
  reminder: 'optionsNudgeReminder',
  repair: 'optionsNudgeRepair',
};

/** Every change saves at once; the result is announced politely. */
export function Options({ initial, sites, save }: Props) {
  const [s, setS] = useState(initial);
  const [status, setStatus] = useState('');

  const update = async (next: Settings) => {
    setS(next);
    const error = await save(next);
    setStatus(error ? t('optionsSaveError', error) : t('optionsSaved'));
  };
  const number = (value: string, min: number, max: number, fallback: number) => {
    const n = Math.round(Number(value));
    return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
  };

  return (
    <main class="options" data-standing-no-options>
      <h1>{t('optionsTitle')}</h1>

      <fieldset>
        <legend>{t('optionsSensitivity')}</legend>
        {SENSITIVITIES.map((level) => (
          <label key={level} class="row">
            <input type="radio" name="sensitivity" checked={s.sensitivity === level} onChange={() => update({ ...s, sensitivity: level })} /> {t(SENSITIVITY_LABEL[level])}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optionsNudges')}</legend>
        {(Object.keys(NUDGE_LABEL) as Array<keyof Settings['nudges']>).map((key) => (
          <label key={key} class="row">
            <input type="checkbox" checked={s.nudges[key]} onChange={(e) => update({ ...s, nudges: { ...s.nudges, [key]: (e.target as HTMLInputElement).checked } })} />{' '}
            {t(NUDGE_LABEL[key])}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optionsCooldown')}</legend>
        <label class="row">
          {t('optionsCoercionCount')}{' '}
          <input type="number" min={2} max={20} value={s.coercion.count} onChange={(e) => update({ ...s, coercion: { ...s.coercion, count: number((e.target as HTMLInputElement).value, 2, 20, s.coercion.count) } })} />
        </label>
        <label class="row">
          {t('optionsCoercionWindow')}{' '}
          <input
            type="number"
            min={1}
            max={1440}
            value={s.coercion.windowMinutes}
            onChange={(e) => update({ ...s, coercion: { ...s.coercion, windowMinutes: number((e.target as HTMLInputElement).value, 1, 1440, s.coercion.windowMinutes) } })}
          />
        </label>
        <label class="row">
          {t('optionsCooldownDefault')}{' '}
          <select value={String(s.cooldownDefaultMinutes)} onChange={(e) => update({ ...s, cooldownDefaultMinutes: Number((e.target as HTMLSelectElement).value) })}>
            {[10, 30, 60].map((m) => (
              <option key={m} value={String(m)}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <label class="row">
          {t('optionsSituationHours')}{' '}
          <input type="number" min={0} max={720} value={s.situationHours} onChange={(e) => update({ ...s, situationHours: number((e.target as HTMLInputElement).value, 0, 720, s.situationHours) })} />
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optionsSites')}</legend>
        {sites.map((site) => (
          <label key={site.id} class="row">
            <input type="checkbox" checked={s.sites[site.id] !== false} onChange={(e) => update({ ...s, sites: { ...s.sites, [site.id]: (e.target as HTMLInputElement).checked } })} /> {siteLabel(site.id, site.name)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optionsLanguage')}</legend>
        <select aria-label={t('optionsLanguage')} value={s.language} onChange={(e) => update({ ...s, language: (e.target as HTMLSelectElement).value as Settings['language'] })}>
          <option value="auto">{t('optionsLanguageAuto')}</option>
          {UI_LANGUAGES.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {new Intl.DisplayNames([lang], { type: 'language' }).of(lang)}
            </option>
          ))}
        </select>
      </fieldset>

      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <p class="quiet">{t('optionsPrivacy')}</p>
    </main>
  );
}
