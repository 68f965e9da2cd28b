// The in-place delete question: "Keep it" hands focus back to the button that asked.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Confirm } from '@/components/history/Confirm';
import { until } from '../helpers/dom';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Confirm', () => {
  it('asks in place, and "Keep it" returns focus to the button that asked', async () => {
    root = document.body.appendChild(document.createElement('div'));
    const onConfirm = vi.fn();
    render(<Confirm label="Delete" question="Delete this event?" onConfirm={onConfirm} />, root);
    (root.querySelector('button') as HTMLButtonElement).click();
    await until(() => root.querySelector('[role="group"]') !== null, 'the question');
    const keep = [...root.querySelectorAll('button')].at(-1) as HTMLButtonElement;
    keep.click();
    await until(() => root.querySelector('[role="group"]') === null, 'the question gone');
    expect(document.activeElement).toBe(root.querySelector('button'));
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
