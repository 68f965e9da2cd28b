// Every nudge state on one page, each in its own shadow root styled exactly as in a chat page.
// For screenshots, accessibility checks and design review. The page's own headings are for
// developers and stay English; the notes follow the language chosen in the options, so that each
// translation can be reviewed in place. That choice is the only thing asked of the background.
import { h, render } from 'preact';
import { examples, EXAMPLE_COOLDOWN } from '@/components/overlay/examples';
import { Overlay, type OverlayState } from '@/components/overlay/Overlay';
import css from '@/components/overlay/overlay.css?inline';
import { applyChosenLanguage } from '@/lib/i18n';
import type { NudgeAnswers } from '@/lib/overlay/types';

// In the gallery each note sits in the flow instead of floating over a chat.
const INLINE = '.sn-root { position: relative; left: auto; right: auto; bottom: auto; width: min(34rem, 100%); }';
const quiet: NudgeAnswers = { choose: () => undefined, cooldown: () => undefined, endCooldown: () => undefined, feedback: () => undefined };

async function show(): Promise<void> {
  await applyChosenLanguage(document);

  const app = document.getElementById('app')!;
  const title = document.createElement('h1');
  title.textContent = 'Standing No: every note';
  app.append(title);

  const states: Array<{ name: string; state: OverlayState }> = [
    ...examples().map((e) => ({ name: e.name, state: { view: e.view, answers: quiet, cooldown: null, restore: null } })),
    { name: 'Cool-down banner over the composer', state: { view: null, answers: null, cooldown: { ...EXAMPLE_COOLDOWN, endCooldown: () => undefined }, restore: null } },
  ];

  for (const { name, state } of states) {
    const section = document.createElement('section');
    section.setAttribute('data-example', name);
    const heading = document.createElement('h2');
    heading.textContent = name;
    const host = document.createElement('div');
    host.setAttribute('data-standing-no', '');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css + INLINE;
    const container = document.createElement('div');
    shadow.append(style, container);
    section.append(heading, host);
    app.append(section);
    render(h(Overlay, { state, label: `Standing No: ${name}` }), container);
  }
}

void show();
