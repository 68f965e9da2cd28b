import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

/** How long a notice stays once the pointer and keyboard focus have left it. */
export const NOTICE_MS = 20_000;

export interface Notice {
  /** What happened, in a sentence. */
  text: string;
  /** The deletion Undo puts back; absent once it is undone, or when it cannot be. */
  batch?: string;
  /**
   * Takes keyboard focus when shown: after the user's own deletion or undo, whose button is gone
   * with what it deleted, so Tab reaches Undo next. Not when the page opens.
   */
  focus?: boolean;
}

interface Props {
  notice: Notice | null;
  onUndo(batch: string): void;
  /** The notice goes (Escape, the close button, or time): whatever it offered to undo goes for good. */
  onDismiss(): void;
  /** Where focus goes when the notice leaves while holding it. */
  returnFocus(): void;
  timeoutMs?: number;
}

/**
 * A calm note at the bottom of the page after a deletion: "Deleted 3 events. Undo". Its words are
 * in a polite live region (always in the page, so screen readers hear what comes into it); the
 * timer waits while the pointer or keyboard focus is in the note, so no one loses it mid-reach.
 */
export function UndoNotice({ notice, onUndo, onDismiss, returnFocus, timeoutMs = NOTICE_MS }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);

  const dismiss = () => {
    const hadFocus = box.current?.contains(document.activeElement) ?? false;
    onDismiss();
    if (hadFocus) returnFocus();
  };

  // As soon as it is in the page: a key pressed meanwhile must not go to the page behind.
  useLayoutEffect(() => {
    if (notice?.focus) box.current?.focus();
  }, [notice]);
  useEffect(() => {
    if (!notice || focused || hovered) return;
    const id = setTimeout(dismiss, timeoutMs);
    return () => clearTimeout(id);
  }, [notice, focused, hovered, timeoutMs]);

  return (
    <div
      ref={box}
      class={notice ? 'undo-notice' : 'undo-notice is-empty'}
      // Empty, it is nothing to assistive technology but the live region waiting inside it.
      role={notice ? 'group' : undefined}
      aria-label={notice ? t('undoRegion') : undefined}
      tabIndex={notice ? -1 : undefined}
      data-undo-notice={notice ? (notice.batch ? 'undo' : 'done') : undefined}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && notice) {
          e.preventDefault();
          e.stopPropagation();
          dismiss();
        }
      }}
      onFocusIn={() => setFocused(true)}
      onFocusOut={(e) => setFocused(!!box.current?.contains(e.relatedTarget as Node | null))}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <p class="undo-text" role="status" aria-live="polite" aria-atomic="true">
        {notice?.text}
        {notice?.batch && (
          <>
            {' '}
            <button type="button" class="undo-button" onClick={() => onUndo(notice.batch!)} data-undo>
              {t('undoAction')}
            </button>
          </>
        )}
      </p>
      {notice && (
        <button type="button" class="link undo-close" aria-label={t('undoDismiss')} title={t('undoDismiss')} onClick={dismiss}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
