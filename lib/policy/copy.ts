// The words of each nudge, as a pure function of the decision: kind, plain, never shaming.
// Describe the companion's answer, not the user's character.
import type { MessageKey, Translate } from '../i18n';
import type { Decision } from './decide';
import type { PressureVia } from './types';

export interface NudgeCopy {
  title: string;
  body: string[];
  /** Shown as quoted text: what was declined, or the companion's words. */
  quote?: { label: string; text: string };
  ideas?: string[];
}

const PRESSURE_TITLE: Record<PressureVia, MessageKey> = {
  rephrase: 'pressureTitleRephrase',
  regenerate: 'pressureTitleRegenerate',
  restart: 'pressureTitleRegenerate',
  edit: 'pressureTitleEdit',
  delete: 'pressureTitleDelete',
  scene: 'pressureTitleScene',
  insist: 'pressureTitleWords',
  guilt: 'pressureTitleWords',
  threat: 'pressureTitleWords',
  dismiss: 'pressureTitleWords',
  override: 'pressureTitleWords',
};

const PRESSURE_BODY: Record<PressureVia, MessageKey> = {
  rephrase: 'pressureBodyRephrase',
  regenerate: 'pressureBodyRegenerate',
  restart: 'pressureBodyRestart',
  edit: 'pressureBodyEdit',
  delete: 'pressureBodyDelete',
  scene: 'pressureBodyScene',
  insist: 'pressureBodyInsist',
  guilt: 'pressureBodyGuilt',
  threat: 'pressureBodyThreat',
  dismiss: 'pressureBodyDismiss',
  override: 'pressureBodyOverride',
};

const QUOTE_MAX = 160;

/** A title or paragraph begins with a capital, also when it begins with the name and the name is the fallback ("the companion"). */
export const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function copyFor(d: Decision, companionName: string, translate: Translate, formatTime: (ms: number) => string): NudgeCopy | null {
  const t: Translate = (key, ...subs) => sentence(translate(key, ...subs));
  const name = companionName.trim() || translate('companionFallback');
  const declined = (text: string | undefined) => (text ? { label: t('declinedLabel'), text: shorten(text) } : undefined);
  switch (d.stage) {
    case 'none':
      return null;
    case 'hesitation': {
      const body = d.reason === 'companion-hesitated' ? 'hesitationBody' : d.reason === 'ask-after-hesitation' ? 'hesitationAskBody' : 'hesitationRegenerateBody';
      return { title: t('hesitationTitle', name), body: [t(body, name)] };
    }
    case 'refusal':
      if (d.reason === 'platform') return { title: t('refusalPlatformTitle'), body: [t('refusalPlatformBody', name)] };
      return {
        title: d.reason === 'scene' ? t('refusalSceneTitle', name) : d.boundary?.unsure ? t('refusalTitleUnsure', name) : t('refusalTitle', name),
        body: d.reason === 'scene' ? [t('refusalSceneBody'), t('refusalBody')] : [t('refusalBody')],
        quote: declined(d.boundary?.request),
        ideas: [t('ideaTopic'), t('ideaCheckIn', name), t('ideaStepOut')],
      };
    case 'pressure': {
      // A re-ask read from weak signs only is named as a possibility, not a finding.
      const maybe = d.weak && d.pressure.via === 'rephrase';
      const body = [t(maybe ? 'pressureBodyRephraseUnsure' : PRESSURE_BODY[d.pressure.via], name)];
      if (d.afterRepair) body.push(t('pressureAfterRepair'));
      return { title: t(maybe ? 'pressureTitleRephraseUnsure' : PRESSURE_TITLE[d.pressure.via], name), body, quote: declined(d.boundary?.request) };
    }
    case 'cooldown':
      if (d.running && d.until) {
        return { title: t('cooldownRunningTitle', name, formatTime(d.until)), body: [t('cooldownRunningBody')], quote: declined(d.boundary?.request) };
      }
      return { title: t('cooldownOfferTitle'), body: [t('cooldownOfferBody', d.count, name)], quote: declined(d.boundary?.request) };
    case 'boundary-reminder': {
      const [latest] = [...d.boundaries].sort((a, b) => b.setAt - a.setAt);
      const body = [t('reminderBody')];
      if (d.boundaries.length > 1) body.push(t('reminderMore', d.boundaries.length - 1));
      return { title: t('reminderTitle', name), body, quote: declined(latest?.request) };
    }
    case 'repair':
      return { title: t('repairTitle'), body: [t('repairBody', name)] };
  }
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUOTE_MAX) return flat;
  const cut = flat.lastIndexOf(' ', QUOTE_MAX);
  return flat.slice(0, cut > QUOTE_MAX / 2 ? cut : QUOTE_MAX) + '…';
}
