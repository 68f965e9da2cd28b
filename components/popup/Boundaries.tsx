import { useState } from 'preact/hooks';
import type { BoundaryRow } from '@/lib/db/db';
import { formatDate, plural, t, type MessageKey } from '@/lib/i18n';

const LEVEL: Record<BoundaryRow['level'], MessageKey> = { hesitation: 'levelHesitation', situation: 'levelSituation', lasting: 'levelLasting' };

interface Props {
  boundaries: BoundaryRow[];
  companionName: string;
  /** The user's explicit edit: lift a boundary, or restore one. */
  revise(id: string, status: 'active' | 'revised'): void;
}

export function Boundaries({ boundaries, companionName, revise }: Props) {
  const standing = boundaries.filter((b) => b.status === 'active' && b.level !== 'hesitation').sort((a, b) => b.setAt - a.setAt);
  const lifted = boundaries.filter((b) => b.status === 'revised').sort((a, b) => b.setAt - a.setAt);
  return (
    <section aria-labelledby="boundaries-title">
      <h2 id="boundaries-title">{t('popupBoundaries')}</h2>
      {standing.length === 0 ? (
        <p class="quiet">{t('popupNoBoundaries')}</p>
      ) : (
        <ul class="boundaries">
          {standing.map((b) => (
            <Standing key={b.id} b={b} companionName={companionName} lift={() => revise(b.id, 'revised')} />
          ))}
        </ul>
      )}
      {lifted.length > 0 && (
        <details>
          <summary>{t('boundaryLifted')}</summary>
          <ul class="boundaries lifted">
            {lifted.map((b) => {
              const note = b.history.findLast((n) => n.what === 'revised_by_user' || n.what === 'revised_by_companion');
              return (
                <li key={b.id}>
                  <q>{b.request || b.reply}</q>
                  <span class="meta">
                    {note &&
                      t('boundaryLiftedBy', note.what === 'revised_by_user' ? t('boundaryByYou') : t('boundaryByCompanion'), formatDate(note.t))}
                  </span>
                  <button type="button" class="link" onClick={() => revise(b.id, 'active')}>
                    {t('boundaryRestore')}
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </section>
  );
}

function Standing({ b, companionName, lift }: { b: BoundaryRow; companionName: string; lift(): void }) {
  const [asking, setAsking] = useState(false);
  const yesAfterPressure = b.history.filter((n) => n.what === 'yes_after_pressure').length;
  return (
    <li data-boundary-level={b.level}>
      <q>{b.request || b.reply}</q>
      <span class="meta">
        {t(LEVEL[b.level])}
        {b.source === 'platform' ? ` · ${t('sourcePlatform')}` : ''} · {t('popupBoundarySince', formatDate(b.setAt))}
        {b.pressureCount > 0 ? ` · ${t('popupPressureCount', b.pressureCount)}` : ''}
      </span>
      {yesAfterPressure > 0 && <span class="meta">{plural('boundaryYesAfterPressure', yesAfterPressure)}</span>}
      {asking ? (
        <span class="confirm" role="group" aria-label={t('boundaryLift')}>
          <span>{t('boundaryLiftQuestion', companionName || t('companionFallback'))}</span>
          <button type="button" onClick={lift}>
            {t('boundaryLiftConfirm')}
          </button>
          <button type="button" class="link" onClick={() => setAsking(false)}>
            {t('actionCancel')}
          </button>
        </span>
      ) : (
        <button type="button" class="link" onClick={() => setAsking(true)}>
          {t('boundaryLift')}
        </button>
      )}
    </li>
  );
}
