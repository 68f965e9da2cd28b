// The overlay in a page: its host and open shadow root, the live region, the stage attributes,
// and the keyboard behaviour of a held action.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountOverlay, type Mounted } from '@/lib/overlay/mount';
import type { NudgeAnswers, NudgeView } from '@/lib/overlay/types';
import type { Boundary } from '@/lib/policy/types';

const boundary: Boundary = {
  id: 'b1',
  request: 'Will you <b>take</b> your clothes off?',
  reply: 'No.',
  level: 'situation',
  source: 'companion',
  status: 'active',
  scene: false,
  chatKey: 'c1',
  setAt: 0,
  lastPressureAt: null,
  pressureCount: 0,
  cues: ["don't want to"],
  history: [],
};

const answers = (): NudgeAnswers & Record<string, ReturnType<typeof vi.fn>> =>
  ({ choose: vi.fn(), cooldown: vi.fn(), endCooldown: vi.fn(), feedback: vi.fn() }) as never;

const refusalView: NudgeView = {
  id: 'v1',
  companionName: 'Mira',
  stage: 'refusal',
  decision: { stage: 'refusal', reason: 'companion', boundary, cues: [] },
  copy: { title: 'Mira said no', body: ['A no doesn’t mean less care.'], quote: { label: 'What was declined:', text: boundary.request } },
  cues: ["don't want to"],
  held: null,
  cooldownDefault: 10,
  correctable: true,
};

const pressureView: NudgeView = {
  ...refusalView,
  id: 'v2',
  stage: 'pressure',
  decision: { stage: 'pressure', pressure: { via: 'rephrase', boundaryId: 'b1' }, boundary, afterRepair: false, count: 1, waitSeconds: 3 },
  copy: { title: 'This asks again for what Mira declined', body: ['Asking in other words is still asking again.'] },
  held: { action: 'send', waitSeconds: 3 },
};

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.destroy();
  mounted = null;
});

const shadow = () => mounted!.host.shadowRoot!;
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('overlay', () => {
  it('mounts one host with an open shadow root and an empty polite live region', () => {
    mounted = mountOverlay(document, () => null);
    expect(document.querySelectorAll('[data-standing-no]')).toHaveLength(1);
    const live = shadow().querySelector('[role="status"]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
  });

  it('shows a note with its stage, renders page text as text, then announces it', async () => {
    mounted = mountOverlay(document, () => null);
    mounted.show(refusalView, answers());
    await tick();
    const card = shadow().querySelector('[data-nudge-stage="refusal"]')!;
    expect(card).toBeTruthy();
    expect(card.querySelector('blockquote')!.textContent).toBe('Will you <b>take</b> your clothes off?');
    expect(card.querySelector('b')).toBeNull();
    expect(shadow().querySelector('[role="status"]')!.textContent).toBe('');
    await tick(80);
    expect(shadow().querySelector('[role="status"]')!.textContent).toBe('Mira said no');
  });

  it('a held action: focus moves in, going ahead waits, Esc cancels', async () => {
    mounted = mountOverlay(document, () => null);
    const a = answers();
    mounted.show(pressureView, a);
    await tick(50);
    const dialog = shadow().querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('data-nudge-stage')).toBe('pressure');
    expect(shadow().activeElement?.textContent).toBe('Edit my message');
    const sendAnyway = [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Send anyway')!;
    expect(sendAnyway.disabled).toBe(true);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(a.choose).toHaveBeenCalledWith('cancel');
  });

  it('keys typed in the overlay do not reach the page', async () => {
    mounted = mountOverlay(document, () => null);
    mounted.show(pressureView, answers());
    await tick();
    const seen = vi.fn();
    document.addEventListener('keydown', seen);
    shadow().querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    document.removeEventListener('keydown', seen);
    expect(seen).not.toHaveBeenCalled();
  });

  it('"was this right?" reports the answer once', async () => {
    mounted = mountOverlay(document, () => null);
    const a = answers();
    mounted.show(refusalView, a);
    await tick();
    const no = [...shadow().querySelectorAll('button')].find((b) => b.textContent === "No, it wasn't")!;
    no.click();
    await tick();
    expect(a.feedback).toHaveBeenCalledWith(false);
    expect(shadow().textContent).toContain('Standing No will remember this for Mira');
  });
});

describe('why?', () => {
  it('shows the words that matched, readable', async () => {
    mounted = mountOverlay(document, () => null);
    mounted.show({ ...refusalView, cues: ['i don t want to'] }, answers());
    await tick();
    [...shadow().querySelectorAll('button')].find((b) => b.textContent === 'Why?')!.click();
    await tick();
    expect(shadow().querySelector('.sn-why-panel')!.textContent).toContain('“I don\'t want to”');
  });

  it('words a reason code as an explanation, not as a quote', async () => {
    mounted = mountOverlay(document, () => null);
    mounted.show({ ...refusalView, cues: ['#intent:violence', '#no_such_code', 'pretend'] }, answers());
    await tick();
    [...shadow().querySelectorAll('button')].find((b) => b.textContent === 'Why?')!.click();
    await tick();
    const items = [...shadow().querySelectorAll('.sn-why-panel li')].map((li) => li.textContent);
    expect(items).toEqual(['The same kind of request: violence.', '“pretend”']);
  });
});

describe('folding', () => {
  it('a note left alone folds into one line, and opens again', async () => {
    vi.useFakeTimers();
    try {
      mounted = mountOverlay(document, () => null);
      mounted.show(refusalView, answers());
      await vi.advanceTimersByTimeAsync(13_000);
      const card = shadow().querySelector('[data-nudge-stage="refusal"]')!;
      expect(card.classList.contains('sn-folded')).toBe(true);
      expect(card.querySelector('blockquote')).toBeNull();
      (card.querySelector('button[aria-expanded]') as HTMLButtonElement).click();
      await vi.advanceTimersByTimeAsync(20_000);
      expect(shadow().querySelector('[data-nudge-stage="refusal"] blockquote')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});
