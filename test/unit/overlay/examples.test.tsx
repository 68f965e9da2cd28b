// Every example state renders in the real overlay component with its stage and its words.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { examples } from '@/components/overlay/examples';
import { Overlay } from '@/components/overlay/Overlay';
import type { NudgeAnswers } from '@/lib/overlay/types';
import messages from '@/public/_locales/en/messages.json';

const quiet: NudgeAnswers = { choose: () => undefined, cooldown: () => undefined, endCooldown: () => undefined, feedback: () => undefined };

describe('examples', () => {
  it.each(examples().map((e) => [e.name, e] as const))('%s', (_name, e) => {
    const root = document.createElement('div');
    render(<Overlay state={{ view: e.view, answers: quiet, cooldown: null, restore: null }} />, root);
    const note = root.querySelector(`[data-nudge-stage="${e.view.stage}"]`)!;
    expect(note).toBeTruthy();
    expect(note.textContent).toContain(e.view.copy.title);
    // Every word comes from the messages file: no message key shows up in place of its words.
    const texts = [...root.querySelectorAll('*')].flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent!.trim()));
    expect(texts.filter((text) => text in messages)).toEqual([]);
    expect(Boolean(note.getAttribute('role') === 'dialog')).toBe(e.view.held !== null);
    render(null, root);
  });
});
