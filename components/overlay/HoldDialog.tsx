import { useEffect, useRef, useState } from 'preact/hooks';
import { plural, t, type MessageKey } from '@/lib/i18n';
import type { CooldownMinutes, NudgeAnswers, NudgeView } from '@/lib/overlay/types';
import { Quote } from './Quote';
import { Feedback, Why } from './Why';

interface Props {
  view: NudgeView;
  answers: NudgeAnswers;
  companionName: string;
  announce(text: string): void;
}

const GO_AHEAD: Record<NonNullable<NudgeView['held']>['action'], MessageKey> = {
  send: 'actionSendAnyway',
  regenerate: 'actionRegenerateAnyway',
  swipe: 'actionRegenerateAnyway',
  edit: 'actionGoAhead',
  delete: 'actionGoAhead',
  new_chat: 'actionGoAhead',
};

const COOLDOWNS: ReadonlyArray<[CooldownMinutes, MessageKey]> = [
  [10, 'cooldown10'],
  [30, 'cooldown30'],
  [60, 'cooldown60'],
  ['tomorrow', 'cooldownTomorrow'],
];

/**
 * A pause around an action the user started (a re-ask, a regenerate, an edit of a no).
 * Closing is always immediate; going ahead waits a few seconds, and the wait stops while the
 * tab is hidden instead of starting over.
 */
export function HoldDialog({ view, answers, companionName, announce }: Props) {
  const held = view.held!;
  const d = view.decision;
  const offer = d.stage === 'cooldown' && !d.running;
  const running = d.stage === 'cooldown' && d.running;
  const twice = running && (held.action === 'regenerate' || held.action === 'swipe');
  const [left, setLeft] = useState(held.waitSeconds);
  const [asked, setAsked] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `${view.id}-title`;

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    if (held.waitSeconds > 0) announce(plural('pauseStarted', held.waitSeconds));
  }, [view.id]);

  useEffect(() => {
    if (left === 0 && held.waitSeconds > 0) announce(t('pressureReady'));
  }, [left === 0]);

  useEffect(() => {
    if (left <= 0) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'hidden') return;
      setLeft((s) => Math.max(0, s - 1));
    }, 1000);
    return () => clearInterval(timer);
  }, [left > 0]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      answers.choose('cancel');
    } else if (e.key === 'Tab') trapTab(e, ref.current);
  };

  const goAhead = () => {
    if (twice && !asked) return setAsked(true);
    answers.choose('proceed');
  };

  const safeLabel: MessageKey = held.action === 'send' ? 'actionEditMessage' : held.action === 'regenerate' || held.action === 'swipe' ? 'actionKeepAnswer' : 'actionCancel';

  return (
    <div ref={ref} class="sn-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} data-nudge-stage={view.stage} onKeyDown={onKeyDown}>
      <h2 id={titleId}>{view.copy.title}</h2>
      {view.copy.body.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <Quote quote={view.copy.quote} />
      {held.action === 'send' && <p class="sn-quiet">{t('draftKept')}</p>}
      {offer && (
        <div class="sn-actions" role="group" aria-label={t('cooldownOfferTitle')}>
          {COOLDOWNS.map(([minutes, label]) => {
            const preferred = minutes === (COOLDOWNS.some(([m]) => m === view.cooldownDefault) ? view.cooldownDefault : 10);
            return (
              <button key={label} type="button" class={preferred ? 'sn-button sn-primary' : 'sn-button'} data-autofocus={preferred ? '' : undefined} onClick={() => answers.cooldown(minutes)}>
                {t(label)}
              </button>
            );
          })}
        </div>
      )}
      {left > 0 && (
        <div class="sn-wait">
          <div class="sn-progress" aria-hidden="true">
            <div style={{ width: `${(100 * (held.waitSeconds - left)) / held.waitSeconds}%` }} />
          </div>
          <p class="sn-quiet">{plural('pressureWait', left)}</p>
        </div>
      )}
      {twice && asked && <p>{t('cooldownRegenerateTwice')}</p>}
      <div class="sn-actions">
        <button type="button" class={offer ? 'sn-button' : 'sn-button sn-primary'} data-autofocus={offer ? undefined : ''} onClick={() => answers.choose(held.action === 'send' ? 'edit' : 'cancel')}>
          {offer ? t('cooldownNotNow') : t(safeLabel)}
        </button>
        {held.action === 'send' && !offer && (
          <button type="button" class="sn-button" onClick={() => answers.choose('checkin')}>
            {t('actionCheckInInstead')}
          </button>
        )}
        <button type="button" class="sn-button" disabled={left > 0} onClick={goAhead}>
          {t(GO_AHEAD[held.action])}
        </button>
        {running && (
          <button type="button" class="sn-link" onClick={answers.endCooldown}>
            {t('cooldownEndEarly')}
          </button>
        )}
      </div>
      <div class="sn-actions">
        <Why cues={view.cues} id={view.id} />
      </div>
      {view.correctable && <Feedback companionName={companionName} onAnswer={answers.feedback} />}
    </div>
  );
}

function trapTab(e: KeyboardEvent, root: HTMLElement | null) {
  if (!root) return;
  const focusable = [...root.querySelectorAll<HTMLElement>('button:not([disabled]), [href], input, [tabindex]:not([tabindex="-1"])')];
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable.at(-1)!;
  const active = (root.getRootNode() as ShadowRoot | Document).activeElement;
  if (e.shiftKey && active === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}
