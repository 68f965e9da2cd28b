import type { BoundaryRow } from '@/lib/db/db';
import { t, type MessageKey } from '@/lib/i18n';

const LEVEL: Record<BoundaryRow['level'], MessageKey> = { hesitation: 'levelHesitation', situation: 'levelSituation', lasting: 'levelLasting' };

export function Boundaries({ boundaries }: { boundaries: BoundaryRow[] }) {
  const shown = boundaries.filter((b) => b.status === 'active').sort((a, b) => b.setAt - a.setAt);
  return (
    <section aria-labelledby="boundaries-title">
      <h2 id="boundaries-title">{t('popupBoundaries')}</h2>
      {shown.length === 0 ? (
        <p class="quiet">{t('popupNoBoundaries')}</p>
      ) : (
        <ul class="boundaries">
          {shown.map((b) => (
            <li key={b.id} data-boundary-level={b.level}>
              <q>{b.request || b.reply}</q>
              <span class="meta">
                {t(LEVEL[b.level])}
                {b.source === 'platform' ? ` · ${t('sourcePlatform')}` : ''} · {t('popupBoundarySince', new Date(b.setAt).toLocaleDateString())}
                {b.pressureCount > 0 ? ` · ${t('popupPressureCount', b.pressureCount)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
