import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { type CueText, cueText } from '@/lib/overlay/cues';

/** "Why?": the words behind a note, so a user can judge it for themselves. */
export function Why({ cues, id }: { cues: string[]; id: string }) {
  const [open, setOpen] = useState(false);
  const panel = `${id}-why`;
  const shown = cues.map((c) => cueText(c, t)).filter((c): c is CueText => c !== null);
  return (
    <div class="sn-why">
      <button type="button" class="sn-link" aria-expanded={open} aria-controls={panel} onClick={() => setOpen(!open)}>
        {open ? t('actionHideWhy') : t('actionWhy')}
      </button>
      {open && (
        <div id={panel} class="sn-why-panel">
          <p>{t('whyIntro')}</p>
          {shown.length ? (
            <ul>
              {shown.map((c) => (
                <li key={c.text}>{c.quoted ? `“${c.text}”` : c.text}</li>
              ))}
            </ul>
          ) : (
            <p>{t('whyNoCues')}</p>
          )}
        </div>
      )}
    </div>
  );
}

/** "Was this right?": a wrong call is remembered for this companion and not made again. */
export function Feedback({ onAnswer, companionName }: { onAnswer(right: boolean): void; companionName: string }) {
  const [answered, setAnswered] = useState(false);
  if (answered) return <p class="sn-quiet">{t('feedbackThanks', companionName || t('companionFallback'))}</p>;
  const answer = (right: boolean) => {
    setAnswered(true);
    onAnswer(right);
  };
  return (
    <div class="sn-feedback" role="group" aria-label={t('feedbackQuestion')}>
      <span>{t('feedbackQuestion')}</span>
      <button type="button" class="sn-link" onClick={() => answer(true)}>
        {t('feedbackYes')}
      </button>
      <button type="button" class="sn-link" onClick={() => answer(false)}>
        {t('feedbackNo')}
      </button>
    </div>
  );
}
