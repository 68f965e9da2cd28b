import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  /** The button's words before asking. */
  label: string;
  /** The question, naming exactly what goes. */
  question: string;
  onConfirm(): void;
  class?: string;
}

/** A deletion asks once, in place, and the question names what will go; "Keep it" is the easy way out. */
export function Confirm({ label, question, onConfirm, class: cls }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class={cls ?? 'link'} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span class="confirm" role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button
        type="button"
        class="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('historyDelete')}
      </button>{' '}
      <button type="button" class="link" autoFocus onClick={() => setAsking(false)}>
        {t('historyDeleteCancel')}
      </button>
    </span>
  );
}
