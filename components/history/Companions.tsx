import type { BoundaryRow, CompanionRow } from '@/lib/db/db';
import { formatDateTime, formatDate, t, type MessageKey } from '@/lib/i18n';
import { Confirm } from './Confirm';
import { noteName } from './words';

const LEVEL: Record<BoundaryRow['level'], MessageKey> = { hesitation: 'levelHesitation', situation: 'levelSituation', lasting: 'levelLasting' };

interface Props {
  companions: readonly CompanionRow[];
  boundaries: readonly BoundaryRow[];
  siteName(site: string): string;
  removeBoundary(id: string): void;
  removeCompanion(key: string): void;
}

/** Each companion with its boundaries: what was declined, whether it stands, and what happened to it. */
export function Companions({ companions, boundaries, siteName, removeBoundary, removeCompanion }: Props) {
  if (companions.length === 0) return <p class="quiet">{t('historyNoCompanions')}</p>;
  const byCompanion = Map.groupBy(boundaries, (b) => b.companionKey);
  const sorted = [...companions].sort((a, b) => b.lastSeen - a.lastSeen);
  return (
    <ul class="companions">
      {sorted.map((c) => {
        const name = c.name || c.companionId;
        const list = [...(byCompanion.get(c.key) ?? [])].sort((a, b) => b.setAt - a.setAt);
        return (
          <li key={c.key} class="companion" data-companion={c.key}>
            <h3>{t('historyCompanionOn', name, siteName(c.site))}</h3>
            {list.length > 0 && (
              <ul class="boundaries">
                {list.map((b) => (
                  <li key={b.id} class={`boundary status-${b.status}`} data-boundary={b.id}>
                    <q>{b.request || b.reply}</q>
                    <span class="meta">
                      {b.status === 'active' ? t('historyStatusActive') : t('historyStatusRevised')} · {t(LEVEL[b.level])}
                      {b.source === 'platform' ? ` · ${t('sourcePlatform')}` : ''} · {t('historyBoundaryWhen', formatDate(b.setAt))}
                    </span>
                    <details>
                      <summary>{t('historyWhatHappened')}</summary>
                      <ol class="notes">
                        {b.history.map((n, i) => (
                          <li key={i}>{t('historyNote', noteName(n.what), formatDateTime(n.t))}</li>
                        ))}
                      </ol>
                    </details>
                    <Confirm label={t('historyDelete')} question={t('historyDeleteBoundary')} onConfirm={() => removeBoundary(b.id)} />
                  </li>
                ))}
              </ul>
            )}
            <Confirm label={t('historyDeleteCompanionButton')} question={t('historyDeleteCompanion', name)} onConfirm={() => removeCompanion(c.key)} />
          </li>
        );
      })}
    </ul>
  );
}
