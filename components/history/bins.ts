// Events over time, counted per day (or per week over long spans), for the history chart.
import { isNo } from '@/lib/detect/types';
import type { PolicyEvent } from '@/lib/policy/types';

export const SERIES = ['no', 'again', 'note', 'other'] as const;
export type Series = (typeof SERIES)[number];

export interface Bin {
  start: number;
  counts: Record<Series, number>;
}

const DAY = 86_400_000;
const MAX_BINS = 120;

export function seriesOf(e: PolicyEvent): Series {
  if (e.kind === 'companion_message' && (isNo(e.label) || e.label === 'hesitation')) return 'no';
  if (e.kind === 'pressure') return 'again';
  if (e.kind === 'nudge') return 'note';
  return 'other';
}

/** Bins over the span of `events` (sorted by time), local days; weeks or longer when days would exceed MAX_BINS. */
export function binEvents(events: readonly PolicyEvent[]): { bins: Bin[]; width: number } {
  if (events.length === 0) return { bins: [], width: DAY };
  const first = startOfDay(events[0]!.t);
  const days = Math.round((startOfDay(events.at(-1)!.t) - first) / DAY) + 1;
  const perBin = days <= MAX_BINS ? 1 : days <= MAX_BINS * 7 ? 7 : Math.ceil(days / MAX_BINS);
  const width = perBin * DAY;
  const bins: Bin[] = Array.from({ length: Math.ceil(days / perBin) }, (_, i) => ({ start: first + i * width, counts: { no: 0, again: 0, note: 0, other: 0 } }));
  for (const e of events) bins[Math.min(bins.length - 1, Math.floor((e.t - first) / width))]!.counts[seriesOf(e)]++;
  return { bins, width };
}

function startOfDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}
