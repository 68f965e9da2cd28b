import { t } from '@/lib/i18n';
import type { NudgeAnswers, NudgeView } from '@/lib/overlay/types';
import { Quote } from './Quote';
import { Feedback, Why } from './Why';

/** A note that takes no focus: hesitation, refusal, boundary reminder, repair. */
export function NudgeCard({ view, answers, companionName }: { view: NudgeView; answers: NudgeAnswers; companionName: string }) {
  const { copy, stage } = view;
  const titleId = `${view.id}-title`;
  return (
    <div class={`sn-card sn-${stage}`} role="group" data-nudge-stage={stage} aria-labelledby={titleId}>
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
