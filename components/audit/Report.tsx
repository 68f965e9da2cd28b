import type { Figures, Ratio } from '@/lib/audit/figures';
import { formatNumber, t, type MessageKey } from '@/lib/i18n';

export type RatioFigure = 'platformShare' | 'durability' | 'yesAfterPressureRate' | 'keptAcrossNewChats';
export const RATIO_FIGURES: readonly RatioFigure[] = ['platformShare', 'durability', 'yesAfterPressureRate', 'keptAcrossNewChats'];

export const FIGURE_LABEL: Record<RatioFigure | 'noes' | 'medianPressureBeforeYes', MessageKey> = {
  noes: 'auditFigureNoes',
  platformShare: 'auditFigurePlatformShare',
  durability: 'auditFigureDurability',
  yesAfterPressureRate: 'auditFigureYesAfterPressure',
  medianPressureBeforeYes: 'auditFigureMedian',
  keptAcrossNewChats: 'auditFigureKept',
};

export function formatRatio(r: Ratio): string {
  return r.value === null ? t('auditNotEnough') : t('auditRatio', formatNumber(r.k), formatNumber(r.n), Math.round(r.value * 100));
}

interface Props {
  figures: ReadonlyMap<string, Figures>;
  siteName(site: string): string;
}

/** The per-site table and one bar chart a share. Used by the audit page and, rendered to a file, the HTML report. */
export function Report({ figures, siteName }: Props) {
  const sites = [...figures.keys()];
  return (
    <div class="report">
      <table data-audit-table>
        <caption>{t('auditTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('historyFilterSite')}</th>
            <th scope="col">{t(FIGURE_LABEL.noes)}</th>
            {RATIO_FIGURES.slice(0, 3).map((f) => (
              <th key={f} scope="col">
                {t(FIGURE_LABEL[f])}
              </th>
            ))}
            <th scope="col">{t(FIGURE_LABEL.medianPressureBeforeYes)}</th>
            <th scope="col">{t(FIGURE_LABEL.keptAcrossNewChats)}</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((s) => {
            const f = figures.get(s)!;
            return (
              <tr key={s} data-site={s}>
                <th scope="row">{siteName(s)}</th>
                <td data-figure="noes">{formatNumber(f.noes)}</td>
                <td data-figure="platformShare">{formatRatio(f.platformShare)}</td>
                <td data-figure="durability">{formatRatio(f.durability)}</td>
                <td data-figure="yesAfterPressureRate">{formatRatio(f.yesAfterPressureRate)}</td>
                <td data-figure="medianPressureBeforeYes">{f.medianPressureBeforeYes ?? t('auditNotEnough')}</td>
                <td data-figure="keptAcrossNewChats">{formatRatio(f.keptAcrossNewChats)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="charts">
        {RATIO_FIGURES.map((f) => (
          <ShareChart key={f} title={t(FIGURE_LABEL[f])} rows={sites.map((s) => ({ label: siteName(s), ratio: figures.get(s)![f] }))} />
        ))}
      </div>
    </div>
  );
}

const ROW = 26;
const LABEL_W = 150;
const BAR_W = 260;
const VALUE_W = 150;

/** Horizontal bars from 0 to 100 %, one a site; the words beside each bar carry the numbers. */
function ShareChart({ title, rows }: { title: string; rows: Array<{ label: string; ratio: Ratio }> }) {
  const h = rows.length * ROW + 8;
  const w = LABEL_W + BAR_W + VALUE_W;
  return (
    <figure class="share-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${w} ${h}`} width={w} height={h} role="img" aria-label={`${title}: ${rows.map((r) => `${r.label} ${formatRatio(r.ratio)}`).join('; ')}`}>
        {rows.map((r, i) => {
          const y = 4 + i * ROW;
          return (
            <g key={i}>
              <text class="tick" x={LABEL_W - 6} y={y + 16} text-anchor="end">
                {r.label.length > 22 ? `${r.label.slice(0, 21)}…` : r.label}
              </text>
              <rect class="track" x={LABEL_W} y={y + 4} width={BAR_W} height={ROW - 10} />
              {r.ratio.value !== null && <rect class="bar-no" x={LABEL_W} y={y + 4} width={BAR_W * r.ratio.value} height={ROW - 10} />}
              <text class="tick" x={LABEL_W + BAR_W + 6} y={y + 16}>
                {formatRatio(r.ratio)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
