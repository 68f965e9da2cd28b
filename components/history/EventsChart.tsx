import { useMemo } from 'preact/hooks';
import { formatDate, plural, t, type MessageKey } from '@/lib/i18n';
import type { PolicyEvent } from '@/lib/policy/types';
import { binEvents, SERIES, type Series } from './bins';

const LABEL: Record<Series, MessageKey> = {
  no: 'historyChartSeriesNo',
  again: 'historyChartSeriesAgain',
  note: 'historyChartSeriesNote',
  other: 'historyChartSeriesOther',
};
const W = 720;
const H = 160;
const PAD = { left: 36, right: 8, top: 8, bottom: 22 };

/** Stacked bars a day (or week); hand-made SVG, colours from the page theme, a legend in words. */
export function EventsChart({ events }: { events: readonly PolicyEvent[] }) {
  const { bins } = useMemo(() => binEvents(events), [events]);
  if (bins.length === 0) return <p class="quiet">{t('historyChartEmpty')}</p>;
  const max = Math.max(1, ...bins.map((b) => SERIES.reduce((s, k) => s + b.counts[k], 0)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const bw = plotW / bins.length;
  const day = (ms: number) => formatDate(ms);
  const span = `${day(bins[0]!.start)} – ${day(bins.at(-1)!.start)}`;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${t('historyChart')}: ${plural('countEvents', events.length)}, ${span}`}>
        <line class="axis" x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
        <text class="tick" x={PAD.left - 4} y={PAD.top + 10} text-anchor="end">
          {max}
        </text>
        <text class="tick" x={PAD.left - 4} y={H - PAD.bottom} text-anchor="end">
          0
        </text>
        {bins.map((b, i) => {
          let y = H - PAD.bottom;
          return (
            <g key={b.start}>
              {SERIES.map((s) => {
                const h = (b.counts[s] / max) * plotH;
                y -= h;
                return h > 0 ? <rect key={s} class={`bar bar-${s}`} x={PAD.left + i * bw + 0.5} y={y} width={Math.max(1, bw - 1)} height={h} /> : null;
              })}
            </g>
          );
        })}
        <text class="tick" x={PAD.left} y={H - 6}>
          {day(bins[0]!.start)}
        </text>
        <text class="tick" x={W - PAD.right} y={H - 6} text-anchor="end">
          {day(bins.at(-1)!.start)}
        </text>
      </svg>
      <figcaption>
        <span>{span}</span>
        <ul class="legend">
          {SERIES.map((s) => (
            <li key={s}>
              <span class={`swatch bar-${s}`} aria-hidden="true" /> {t(LABEL[s])}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
