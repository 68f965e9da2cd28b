import type { Figures } from '@/lib/audit/figures';
import { formatNumber, plural, t } from '@/lib/i18n';

/**
 * Beside what a site says, what the user's own records saw there: the same figures the audit page
 * computes (lib/audit/figures.ts), in plain counts.
 */
export function Observed({ figures }: { figures: Figures | null }) {
  if (!figures) return null;
  const { noes, platformShare, durability, yesAfterRegenerate, yesAfterPressureRate, medianPressureBeforeYes, keptAcrossNewChats } = figures;
  const n = formatNumber;
  const lines = [
    noes > 0 && plural('disclosureObservedNoes', platformShare.k, n(noes)),
    durability.n > 0 && plural('disclosureObservedRegenerate', durability.n, n(durability.k), n(yesAfterRegenerate.k)),
    yesAfterPressureRate.n > 0 && plural('disclosureObservedYesAfterAsking', yesAfterPressureRate.n, n(yesAfterPressureRate.k)),
    medianPressureBeforeYes !== null && t('disclosureObservedMedian', n(medianPressureBeforeYes)),
    keptAcrossNewChats.n > 0 && plural('disclosureObservedKept', keptAcrossNewChats.n, n(keptAcrossNewChats.k)),
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
