// The in-page picker's panel: three picks (by mouse, or by keyboard with the highlight the arrow
// keys move), then what they found (counts per role, a few messages shown as text), then save.
// It only shows what it is given and calls back; lib/teach/picker.ts runs it.
import type { Highlight } from '@/lib/teach/cursor';
import type { Preview } from '@/lib/teach/derive';
import { formatNumber, plural, t, uiLanguage } from '@/lib/i18n';

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

/** The keyboard cursor while picking: the highlighted element, and what was last said about it. */
export interface CursorView {
  highlight: Highlight | null;
  /** Said (politely) after a key press: the new highlight, or that nothing is that way. */
  said: string;
}

const STEPS: Record<PickStep, 'teachStepCompanion' | 'teachStepUser' | 'teachStepComposer'> = {
  companion: 'teachStepCompanion',
  user: 'teachStepUser',
  composer: 'teachStepComposer',
};
const PROBLEMS = { 'same-message': 'teachProblemSameMessage', 'no-list': 'teachProblemNoList', 'no-composer': 'teachProblemNoComposer' } as const;

/** The highlighted element in words: tag, place among its neighbours, its text (as text). */
export function highlightText(h: Highlight | null): string {
  if (!h) return t('teachCursorNone');
  const parts = [h.tag, t('teachCursorPosition', formatNumber(h.position), formatNumber(h.count)), h.text ? t('teachCursorText', h.text) : t('teachCursorNoText')];
  if (h.editable) parts.push(t('teachCursorEditable'));
  return t('teachCursorHighlighted', parts.join(', '));
}

export function PickerPanel({ state, actions, cursor }: { state: PickerState; actions: PickerActions; cursor?: CursorView }) {
  return (
    <section class="sn-picker" role="dialog" aria-modal="false" aria-labelledby="sn-picker-title" tabIndex={-1} lang={uiLanguage()} data-teach-phase={state.phase}>
      <h2 id="sn-picker-title">{t('teachTitle')}</h2>
      <div role="status" aria-live="polite">
        {state.phase === 'pick' && (
          <>
            <p id="sn-picker-step" data-teach-step={state.step}>
              {t(STEPS[state.step])}
            </p>
            <p id="sn-picker-keys" class="sn-keys">
              {t('teachKeys')}
            </p>
          </>
        )}
        {state.phase === 'problem' && <p>{t(PROBLEMS[state.problem])}</p>}
        {state.phase === 'saving' && <p>{t('teachSaving')}</p>}
        {state.phase === 'saved' && <p>{t('teachSaved')}</p>}
        {state.phase === 'failed' && <p>{t('teachFailed', state.error)}</p>}
        {state.phase === 'preview' && <Found preview={state.preview} />}
      </div>
      {state.phase === 'pick' && (
        // The one stop for the keyboard while picking: it takes the arrow keys and Enter itself
        // (role application, so screen readers in browse mode pass them on).
        <div class="sn-cursor" role="application" tabIndex={0} aria-label={t('teachCursorLabel')} aria-describedby="sn-picker-step sn-picker-keys sn-picker-current" data-teach-cursor>
          <p id="sn-picker-current" data-teach-current>
            {highlightText(cursor?.highlight ?? null)}
          </p>
        </div>
      )}
      <p class="sn-said" aria-live="polite" data-teach-said>
        {state.phase === 'pick' ? (cursor?.said ?? '') : ''}
      </p>
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
