// The in-page picker's panel: three clicks, then what they found (counts per role, a few
// messages shown as text), then save. It only shows what it is given and calls back.
import type { Preview } from '@/lib/teach/derive';
import { formatNumber, plural, t } from '@/lib/i18n';

export type PickStep = 'companion' | 'user' | 'composer';

export type PickerState =
  | { phase: 'pick'; step: PickStep }
  | { phase: 'preview'; preview: Preview; name: string }
  | { phase: 'problem'; problem: 'same-message' | 'no-list' | 'no-composer' }
  | { phase: 'saving' }
  | { phase: 'saved' }
  | { phase: 'failed'; error: string };

export interface PickerActions {
  save(name: string): void;
  startOver(): void;
  cancel(): void;
  rename(name: string): void;
}

const STEPS: Record<PickStep, 'teachStepCompanion' | 'teachStepUser' | 'teachStepComposer'> = {
  companion: 'teachStepCompanion',
  user: 'teachStepUser',
  composer: 'teachStepComposer',
};
const PROBLEMS = { 'same-message': 'teachProblemSameMessage', 'no-list': 'teachProblemNoList', 'no-composer': 'teachProblemNoComposer' } as const;

export function PickerPanel({ state, actions }: { state: PickerState; actions: PickerActions }) {
  return (
    <section class="sn-picker" role="dialog" aria-modal="false" aria-labelledby="sn-picker-title" data-teach-phase={state.phase}>
      <h2 id="sn-picker-title">{t('teachTitle')}</h2>
      <div role="status" aria-live="polite">
        {state.phase === 'pick' && <p data-teach-step={state.step}>{t(STEPS[state.step])}</p>}
        {state.phase === 'problem' && <p>{t(PROBLEMS[state.problem])}</p>}
        {state.phase === 'saving' && <p>{t('teachSaving')}</p>}
        {state.phase === 'saved' && <p>{t('teachSaved')}</p>}
        {state.phase === 'failed' && <p>{t('teachFailed', state.error)}</p>}
        {state.phase === 'preview' && <Found preview={state.preview} />}
      </div>
      {state.phase === 'preview' && (
        <label>
          {t('teachNameLabel')} <input value={state.name} maxLength={64} onInput={(e) => actions.rename((e.target as HTMLInputElement).value)} />
        </label>
      )}
      <p class="sn-picker-actions">
        {state.phase === 'preview' && state.preview.found && (
          <button type="button" class="primary" onClick={() => actions.save(state.name)} disabled={!state.name.trim()}>
            {t('teachSave')}
          </button>
        )}
        {state.phase !== 'saved' && state.phase !== 'saving' && (
          <button type="button" onClick={actions.startOver}>
            {t('teachStartOver')}
          </button>
        )}
        <button type="button" onClick={actions.cancel}>
          {state.phase === 'saved' ? t('teachClose') : t('teachCancel')}
        </button>
      </p>
    </section>
  );
}

function Found({ preview }: { preview: Preview }) {
  if (!preview.found) return <p>{t('teachNothingFound')}</p>;
  return (
    <>
      <p data-teach-counts={`${preview.companion}/${preview.user}`}>{plural('teachFound', preview.companion, formatNumber(preview.user))}</p>
      <p>{preview.composer ? t('teachComposerFound') : t('teachComposerMissing')}</p>
      <ul class="sn-samples">
        {preview.samples.map((s, i) => (
          <li key={i} data-role={s.role}>
            <strong>{s.role === 'user' ? t('teachSampleUser') : t('teachSampleCompanion')}</strong> {s.text}
          </li>
        ))}
      </ul>
    </>
  );
}
