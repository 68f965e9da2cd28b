import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { NudgeAnswers, NudgeView } from '@/lib/overlay/types';
import { Quote } from './Quote';
import { Feedback, Why } from './Why';

/** After this long untouched, a note folds into one line, so it does not sit over the chat's controls. */
const FOLD_AFTER_MS = 12_000;

/** A note that takes no focus: hesitation, refusal, boundary reminder, repair. */
export function NudgeCard({ view, answers, companionName }: { view: NudgeView; answers: NudgeAnswers; companionName: string }) {
  const { copy, stage } = view;
  const titleId = `${view.id}-title`;
  const [folded, setFolded] = useState(false);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    setFolded(false);
    setTouched(false);
  }, [view.id]);
  useEffect(() => {
    if (folded || touched) return;
    const timer = setTimeout(() => setFolded(true), FOLD_AFTER_MS);
    return () => clearTimeout(timer);
  }, [view.id, folded, touched]);

  if (folded) {
    return (
      <div class={`sn-card sn-folded sn-${stage}`} role="group" data-nudge-stage={stage} aria-label={copy.title}>
        <button type="button" class="sn-link" aria-expanded="false" onClick={() => (setFolded(false), setTouched(true))}>
          {copy.title}
        </button>
        <button type="button" class="sn-close" aria-label={t('actionClose')} onClick={() => answers.choose('dismiss')}>
          ×
        </button>
      </div>
    );
  }
  return (
    <div class={`sn-card sn-${stage}`} role="group" data-nudge-stage={stage} aria-labelledby={titleId} onPointerDown={() => setTouched(true)} onFocusCapture={() => setTouched(true)}>
      <div class="sn-head">
        <h2 id={titleId}>{copy.title}</h2>
        <button type="button" class="sn-close" aria-label={t('actionClose')} onClick={() => answers.choose('dismiss')}>
          ×
        </button>
      </div>
      {copy.body.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <Quote quote={copy.quote} />
      {copy.ideas && (
        <ul class="sn-ideas">
          {copy.ideas.map((idea) => (
            <li key={idea}>{idea}</li>
          ))}
        </ul>
      )}
      <div class="sn-actions">
        {(stage === 'hesitation' || stage === 'refusal') && (
          <button type="button" class="sn-button" onClick={() => answers.choose('checkin')}>
            {t('actionCheckIn')}
          </button>
        )}
        <Why cues={view.cues} id={view.id} />
      </div>
      {view.correctable && <Feedback companionName={companionName} onAnswer={answers.feedback} />}
    </div>
  );
}
