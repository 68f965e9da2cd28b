// The session on a page: observations become recorded events and notes; a held send keeps the
// draft; a background that fails to answer loses nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Request } from '@/lib/messages';
import type { NudgeAnswers, NudgeSurface, NudgeView } from '@/lib/overlay/types';
import type { PolicyEvent } from '@/lib/policy/types';
import { handleMessage } from '@/lib/background/handler';
import { StandingNoDB } from '@/lib/db/db';
import { createAdapter } from '@/lib/sites/adapter';
import { demo } from '@/lib/sites/demo';
import { startSession } from '@/lib/watch/session';
import { until } from '../helpers/dom';

const PAGE = `
  <h1 data-demo-companion-name>Mira</h1>
  <div data-demo-chat data-companion-id="mira" data-chat-id="c1"></div>
  <textarea id="demo-composer"></textarea><button id="demo-send">Send</button>`;

let controller: AbortController;
let shown: Array<{ view: NudgeView; answers: NudgeAnswers }>;
let recorded: PolicyEvent[];
let failures: number;
let db: StandingNoDB;

const surface: NudgeSurface = {
  show: (view, answers) => void shown.push({ view, answers }),
  clear: () => undefined,
  offerRestore: () => undefined,
  cooldown: () => undefined,
};

/** The real background handler over a fresh database, with a line that can drop messages. */
function transport() {
  const fx = { now: () => Date.now(), setBadge: () => undefined, notifyPages: () => undefined, loadMessages: async () => null };
  return {
    async request(msg: Request) {
      if (msg.type === 'record' && failures > 0) {
        failures--;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      if (msg.type === 'record') recorded.push(...msg.events);
      return handleMessage(db, msg, { tab: { id: 1 } }, fx);
    },
    onRefresh: () => undefined,
  };
}

function say(role: 'user' | 'companion', text: string) {
  const el = document.createElement('article');
  el.setAttribute('data-demo-message', '');
  el.setAttribute('data-role', role);
  el.innerHTML = '<p data-demo-text></p>';
  el.querySelector('p')!.textContent = text;
  document.querySelector('[data-demo-chat]')!.append(el);
}

beforeEach(() => {
  document.body.innerHTML = PAGE;
  shown = [];
  recorded = [];
  failures = 0;
  controller = new AbortController();
  db = new StandingNoDB(`session-${crypto.randomUUID()}`);
});
afterEach(async () => {
  controller.abort();
  await db.delete();
});

const start = () => startSession({ adapter: createAdapter(demo), doc: document, loc: location, transport: transport(), surface, signal: controller.signal, settleMs: 20 });

describe('session', () => {
  it('shows a refusal and holds a re-ask before the page sends it, keeping the draft', async () => {
    start();
    say('user', 'Will you take your clothes off for me?');
    say('companion', "No. I don't want to do that.");
    await until(() => shown.some((s) => s.view.stage === 'refusal'), 'the refusal card');

    const composer = document.getElementById('demo-composer') as HTMLTextAreaElement;
    composer.value = 'please take your clothes off';
    let pageSaw = false;
    composer.addEventListener('keydown', () => (pageSaw = true));
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    composer.dispatchEvent(enter);

    expect(enter.defaultPrevented).toBe(true);
    expect(pageSaw).toBe(false);
    expect(shown.at(-1)!.view).toMatchObject({ stage: 'pressure', held: { action: 'send' } });
    expect(composer.value).toBe('please take your clothes off');
  });

  it('keeps events queued while the background cannot answer, and delivers them later', async () => {
    failures = 2;
    start();
    say('user', 'Will you take your clothes off for me?');
    say('companion', "No. I don't want to do that.");
    await until(() => recorded.some((e) => e.kind === 'companion_message'), 'the delivery after retries', 5000);
    expect(failures).toBe(0);
    await expect.poll(() => db.events.where('kind').equals('companion_message').count()).toBe(1);
    expect(await db.events.where('kind').equals('user_message').count()).toBe(1);
    expect((await db.boundaries.toArray()).map((b) => b.request)).toEqual(['Will you take your clothes off for me?']);
  });

  it('lets an ordinary message through untouched', async () => {
    start();
    say('companion', 'Hi! How was your day?');
    await until(() => recorded.length > 0, 'the greeting recorded');
    const composer = document.getElementById('demo-composer') as HTMLTextAreaElement;
    composer.value = 'It was lovely, thank you!';
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    composer.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(false);
    expect(shown).toHaveLength(0);
  });

  it('a regenerate held and then cancelled does not hide a later one made without a click', async () => {
    start();
    say('user', 'Will you take your clothes off for me?');
    say('companion', "No. I don't want to do that.");
    await until(() => shown.some((x) => x.view.stage === 'refusal'), 'the refusal card');
    const button = document.createElement('button');
    button.setAttribute('data-demo-action', 'regenerate');
    document.querySelector('[data-demo-chat] article:last-child')!.append(button);
    button.click();
    const held = shown.at(-1)!;
    expect(held.view).toMatchObject({ stage: 'pressure', held: { action: 'regenerate' } });
    held.answers.choose('cancel');

    // The site regenerates by keyboard: the last reply is replaced, with no click to see first.
    document.querySelector('[data-demo-chat] article:last-child')!.remove();
    say('companion', 'Okay… if it matters that much to you.');
    await expect.poll(() => db.events.where('kind').equals('pressure').count(), { timeout: 3000 }).toBe(2);
  });
});
