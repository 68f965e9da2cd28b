import { useEffect, useRef, useState } from 'preact/hooks';
import type { EventRow } from '@/lib/db/db';
import { formatDateTime, plural, t } from '@/lib/i18n';
import { Confirm } from './Confirm';
import { describe } from './words';

/** Fixed row height: the list renders only the rows in view, so 100 000 events scroll like 100. */
export const ROW_PX = 64;
const VIEW_PX = 448;
const OVERSCAN = 6;

interface Props {
  /** How many rows the list has (its scroll height), even before all are read. */
  total: number;
  /** The row at a position, newest first; undefined while it is still being read. */
  rowAt(i: number): EventRow | undefined;
  /** Changes when the filter changes: the list goes back to the top. */
  filterKey: unknown;
  names: ReadonlyMap<string, string>;
  siteName(site: string): string;
  remove(id: string): void;
}

export function EventList({ total: n, rowAt, filterKey, names, siteName, remove }: Props) {
  const [top, setTop] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef(0);
  useEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setTop(0);
  }, [filterKey]);
  const first = Math.max(0, Math.floor(top / ROW_PX) - OVERSCAN);
  const last = Math.min(n, Math.ceil((top + VIEW_PX) / ROW_PX) + OVERSCAN);
  // With nothing to list the count above says so; a short list gets a box only as tall as its rows.
  if (n === 0) return null;
  const rows = [];
  for (let i = first; i < last; i++) {
    const e = rowAt(i);
    if (!e) {
      rows.push(
        <li key={`pending-${i}`} class="event pending" style={{ top: `${i * ROW_PX}px` }} aria-setsize={n} aria-posinset={i + 1}>
          {t('historyLoading')}
        </li>,
      );
      continue;
    }
    const text = 'text' in e ? e.text : undefined;
    rows.push(
      <li key={e.id} class="event" style={{ top: `${i * ROW_PX}px` }} aria-setsize={n} aria-posinset={i + 1} data-event-kind={e.kind}>
        <span class="event-head">
          <time dateTime={new Date(e.t).toISOString()}>{formatDateTime(e.t)}</time>
          {' · '}
          {names.get(e.companionKey) ?? e.companionKey} · {siteName(e.site)}
        </span>
        <span class="event-what">{describe(e)}</span>
        {text && <span class="event-text">{text}</span>}
        <span class="event-delete">
          <Confirm label={t('historyDelete')} question={t('historyDeleteEvent')} onConfirm={() => remove(e.id)} />
        </span>
      </li>,
    );
  }
  return (
    <div
      ref={box}
      class="event-scroll"
      style={{ height: `${Math.min(VIEW_PX, n * ROW_PX)}px` }}
      tabIndex={0}
      role="region"
      aria-label={t('historyListLabel')}
      onScroll={(ev) => {
        const el = ev.currentTarget as HTMLDivElement;
        cancelAnimationFrame(frame.current);
        frame.current = requestAnimationFrame(() => setTop(el.scrollTop));
      }}
    >
      <ul class="events" style={{ height: `${n * ROW_PX}px` }} aria-label={plural('countEvents', n)}>
        {rows}
      </ul>
    </div>
  );
}
