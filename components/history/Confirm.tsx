import { useRef, useState } from 'preact/hooks';
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
  // "Keep it" removes the button that had focus: give it back to the one that asked, so a
  // keyboard user is not sent back to the top of the page.
  const refocus = useRef(false);
  if (!asking) {
    return (
      <button
        type="button"
        class={cls ?? 'link'}
        ref={(el) => {
          if (el && refocus.current) {
            refocus.current = false;
            el.focus();
          }
        }}
        onClick={() => setAsking(true)}
      >
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
      <button
        type="button"
        class="link"
        autoFocus
        onClick={() => {
          refocus.current = true;
          setAsking(false);
        }}
      >
        {t('historyDeleteCancel')}
      </button>
    </span>
  );
}
