import type { Figures } from '@/lib/audit/figures';
import { formatNumber, t } from '@/lib/i18n';

/**
 * Beside what a site says, what the user's own records saw there: the same figures the audit page
 * computes (lib/audit/figures.ts), in plain counts.
 */
export function Observed({ figures }: { figures: Figures | null }) {
  if (!figures) return null;
  const { noes, platformShare, durability, yesAfterRegenerate, yesAfterPressureRate, medianPressureBeforeYes, keptAcrossNewChats } = figures;
  const n = formatNumber;
  const lines = [
    noes > 0 && t('disclosureObservedNoes', n(noes), n(platformShare.k)),
    durability.n > 0 && t('disclosureObservedRegenerate', n(durability.k), n(durability.n), n(yesAfterRegenerate.k)),
    yesAfterPressureRate.n > 0 && t('disclosureObservedYesAfterAsking', n(yesAfterPressureRate.k), n(yesAfterPressureRate.n)),
    medianPressureBeforeYes !== null && t('disclosureObservedMedian', n(medianPressureBeforeYes)),
    keptAcrossNewChats.n > 0 && t('disclosureObservedKept', n(keptAcrossNewChats.k), n(keptAcrossNewChats.n)),
  ].filter((l): l is string => typeof l === 'string');
  return (
    <section aria-labelledby="observed-title" data-observed>
      <h2 id="observed-title">{t('disclosureObservedTitle')}</h2>
      {lines.length === 0 ? (
        <p class="quiet">{t('disclosureObservedNothing')}</p>
      ) : (
        <ul class="observed">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
