import { useEffect, useState } from 'preact/hooks';
import { formatTime, t, uiLanguage } from '@/lib/i18n';
import type { NudgeAnswers, NudgeView } from '@/lib/overlay/types';
import { sentence } from '@/lib/policy/copy';
import { HoldDialog } from './HoldDialog';
import { NudgeCard } from './NudgeCard';

export interface OverlayState {
  view: NudgeView | null;
  answers: NudgeAnswers | null;
  cooldown: { until: number; companionName: string; endCooldown(): void } | null;
  restore: { restore(): void } | null;
}

export function Overlay({ state, label = t('overlayLabel') }: { state: OverlayState; label?: string }) {
  const { view, answers } = state;
  // The polite live region exists before any text arrives; text is set a moment after a note
  // appears so screen readers announce the change. Dialogs announce themselves through focus.
  const [announcement, announce] = useState('');
  useEffect(() => {
    announce('');
    if (!view || view.held) return;
    const timer = setTimeout(() => announce(view.copy.title), 50);
    return () => clearTimeout(timer);
  }, [view?.id]);
  return (
    <div class="sn-root" role="region" aria-label={label} lang={uiLanguage()}>
      <div class="sn-live" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {state.cooldown && <CooldownBanner {...state.cooldown} />}
      {state.restore && (
        <div class="sn-banner">
          <button type="button" class="sn-link" onClick={state.restore.restore}>
            {t('restoreDraft')}
          </button>
        </div>
      )}
      {view && answers && (view.held ? <HoldDialog view={view} answers={answers} companionName={view.companionName} announce={announce} /> : <NudgeCard view={view} answers={answers} companionName={view.companionName} />)}
    </div>
  );
}

function CooldownBanner({ until, companionName, endCooldown }: NonNullable<OverlayState['cooldown']>) {
  const [confirming, setConfirming] = useState(false);
  const time = formatTime(until);
  return (
    <div class="sn-banner sn-status" data-nudge-stage="cooldown">
      <span>{sentence(t('cooldownBanner', companionName || t('companionFallback'), time))}</span>
      {confirming ? (
        <>
          <span>{t('cooldownEndQuestion')}</span>
          <button type="button" class="sn-button" onClick={endCooldown}>
            {t('cooldownEndConfirm')}
          </button>
          <button type="button" class="sn-link" onClick={() => setConfirming(false)}>
            {t('actionCancel')}
          </button>
        </>
      ) : (
        <button type="button" class="sn-link" onClick={() => setConfirming(true)}>
          {t('cooldownEndEarly')}
        </button>
      )}
    </div>
  );
}
