import type { Answer, Basis, Disclosure, Question } from '@/lib/disclosure/schema';
import { QUESTIONS } from '@/lib/disclosure/schema';
import { formatDay, t, type MessageKey } from '@/lib/i18n';

const QUESTION: Record<Question, MessageKey> = {
  kind: 'qKind',
  refuse: 'qRefuse',
  persist: 'qPersist',
  memory: 'qMemory',
  leaveScene: 'qLeaveScene',
  resets: 'qResets',
  whoRefuses: 'qWhoRefuses',
};
const ANSWER: Record<Answer, MessageKey> = { yes: 'answerYes', no: 'answerNo', partial: 'answerPartial', not_disclosed: 'answerNotDisclosed' };
/** "Tool or relational companion?" is not a yes-or-no question. */
const KIND: Record<Answer, MessageKey> = { yes: 'disclosureKindRelational', no: 'disclosureKindTool', partial: 'disclosureKindMixed', not_disclosed: 'answerNotDisclosed' };
const BASIS: Partial<Record<Basis, MessageKey>> = { official: 'disclosureBasisOfficial', secondary: 'disclosureBasisSecondary' };

/** The six questions of the standard's point 10 (and point 1), "not disclosed" made visible. */
export function DisclosureCard({ disclosure, siteName }: { disclosure: Disclosure; siteName: string }) {
  return (
    <section aria-labelledby="disclosure-title">
      <h2 id="disclosure-title">{t('popupDisclosure', siteName)}</h2>
      <dl class="disclosure">
        {QUESTIONS.map((q) => {
          const a = disclosure.answers[q];
          const basis = BASIS[a.basis];
          return (
            <div key={q} class={`answer answer-${a.answer}`} data-question={q} data-answer={a.answer}>
              <dt>{t(QUESTION[q])}</dt>
              <dd>
                <strong>{t((q === 'kind' ? KIND : ANSWER)[a.answer])}</strong>
                <span> · {t(a.summary as MessageKey)}</span>
                <span class="meta">
                  {a.source && (
                    <>
                      <a href={a.source} target="_blank" rel="noreferrer">
                        {basis ? t(basis) : t('popupSource')}
                      </a>
                      {' · '}
                    </>
                  )}
                  <time dateTime={a.reviewed}>{t('popupReviewed', formatDay(a.reviewed))}</time>
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
