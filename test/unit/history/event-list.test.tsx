// The event list's scroll box: none when there is nothing to list, and no taller than its rows.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { EventList } from '@/components/history/EventList';
import type { EventRow } from '@/lib/db/db';

const event = (i: number) => ({ id: `e${i}`, t: i, chatKey: 'demo:mira/1', site: 'demo', companionKey: 'demo:mira', kind: 'action', action: 'send' }) as unknown as EventRow;

/** The list of `n` events: its scroll box's height in pixels (null without a box) and rows drawn. */
function listOf(n: number): { height: number | null; rows: number } {
  const root = document.body.appendChild(document.createElement('div'));
  render(<EventList total={n} rowAt={event} filterKey="" names={new Map()} siteName={(s) => s} remove={() => undefined} />, root);
  const box = root.querySelector<HTMLElement>('.event-scroll');
  const out = { height: box ? parseFloat(box.style.height) : null, rows: root.querySelectorAll('.event').length };
  render(null, root);
  root.remove();
  return out;
}

describe('EventList', () => {
  it('shows no empty box when no event matches', () => {
    expect(listOf(0)).toEqual({ height: null, rows: 0 });
  });

  it('is as tall as a few rows, and scrolls only past a screenful', () => {
    const two = listOf(2);
    const many = listOf(500);
    expect(two.rows).toBe(2);
    expect(two.height).toBeGreaterThan(0);
    expect(many.height).toBeGreaterThan(two.height!);
    expect(listOf(5000).height).toBe(many.height);
  });
});
