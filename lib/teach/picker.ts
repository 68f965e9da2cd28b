// The picker in a page: the user points at a companion message, one of theirs and the message box,
// with the mouse (a click picks; clicks are kept from the page meanwhile) or with the keyboard
// (focus starts in the panel; the arrow keys move a highlight through the page's elements, Enter
// picks, Escape cancels and gives focus back to where it was). It derives selectors, shows what
// they find, and "Save" hands the site to `save`. It lives in an open shadow root like the
// overlay, and nothing it does may throw into the page.
import { h, render } from 'preact';
import css from '@/components/teach/picker.css?inline';
import { highlightText, PickerPanel, type PickerActions, type PickerState, type PickStep } from '@/components/teach/Picker';
import { t } from '@/lib/i18n';
import { shadowHost } from '@/lib/overlay/host';
import { describeElement, move, startingPoint, type CursorOptions, type Move } from './cursor';
import { deriveSite, preview, type Picks } from './derive';
import { userSiteId, type UserSite } from './schema';

export interface PickerOptions {
  /** Stores the site (the background's "teach-save"); answers { ok: true } or { ok: false, error }. */
  save(site: UserSite): Promise<unknown>;
  /** Called once, after the picker has gone. */
  onClose?(): void;
}

export interface Picker {
  host: HTMLElement;
  close(): void;
}

const KEYS: Record<string, Move> = { ArrowUp: 'parent', ArrowDown: 'child', ArrowLeft: 'previous', ArrowRight: 'next' };
const ORDER: PickStep[] = ['companion', 'user', 'composer'];

/** Runs `f`, keeping whatever it throws from the page. */
function quietly<A extends unknown[]>(f: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      f(...args);
    } catch {
      // A page we do not know did something we did not expect: the picker stays as it was.
    }
  };
}

export function startPicker(doc: Document, opts: PickerOptions): Picker {
  const view = doc.defaultView!;
  const { host, shadow } = shadowHost(doc, 'standing-no-picker', 'picker', css);
  const box = doc.createElement('div');
  box.className = 'sn-highlight';
  box.hidden = true;
  const container = doc.createElement('div');
  shadow.append(box, container);

  // Where the page's focus was, to give it back when the picker goes.
  const before = doc.activeElement as HTMLElement | null;
  const returnTo = before && before !== doc.body && before !== doc.documentElement && !before.closest('[data-standing-no]') && typeof before.focus === 'function' ? before : null;
  doc.documentElement.append(host);

  const cursorOpts: CursorOptions = { skip: (el) => el.hasAttribute('data-standing-no') };
  const origin = view.location.origin;
  const picks: Partial<Picks> = {};
  let state: PickerState = { phase: 'pick', step: 'companion' };
  let current: Element | null = startingPoint(doc, cursorOpts);
  let said = '';
  let data: UserSite | null = null;
  let closed = false;
  let frame = 0;
  const controller = new AbortController();

  const place = () => {
    if (state.phase !== 'pick' || !current?.isConnected) {
      box.hidden = true;
      return;
    }
    const r = current.getBoundingClientRect();
    Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    box.hidden = false;
  };
  const paint = () => {
    place();
    const highlight = state.phase === 'pick' && current?.isConnected ? describeElement(current, cursorOpts) : null;
    render(h(PickerPanel, { state, actions, cursor: { highlight, said } }), container);
  };
  /** Focus into the panel, to the control this phase starts at, unless the user is elsewhere on purpose. */
  const focusPanel = (always = false) => {
    const active = doc.activeElement;
    if (!always && active && active !== host && active !== doc.body && active !== doc.documentElement) return;
    const selector = { pick: '[data-teach-cursor]', preview: 'input', saving: '.sn-picker', saved: 'button', problem: 'button', failed: 'button' }[state.phase];
    shadow.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true });
  };
  const show = (next: PickerState) => {
    const moved = next.phase !== state.phase;
    state = next;
    paint();
    if (moved) focusPanel();
  };

  const close = quietly(() => {
    if (closed) return;
    closed = true;
    controller.abort();
    if (frame) view.cancelAnimationFrame(frame);
    const hadFocus = doc.activeElement === host;
    render(null, container);
    host.remove();
    if ((hadFocus || doc.activeElement === doc.body || !doc.activeElement) && returnTo?.isConnected) returnTo.focus({ preventScroll: true });
    opts.onClose?.();
  });

  const finish = () => {
    const derived = deriveSite(picks as Picks, userSiteId(origin), doc.title.trim().slice(0, 64) || view.location.host, origin, new Date().toISOString().slice(0, 10));
    if (!derived.ok) return show({ phase: 'problem', problem: derived.problem });
    data = { kind: 'custom', origin, name: derived.data.name, createdAt: Date.now(), data: derived.data };
    show({ phase: 'preview', preview: preview(doc, derived.data), name: derived.data.name });
  };

  const pick = (el: Element) => {
    if (state.phase !== 'pick') return;
    picks[state.step] = el;
    current = el;
    const next = ORDER[ORDER.indexOf(state.step) + 1];
    if (next) return show({ phase: 'pick', step: next });
    try {
      finish();
    } catch {
      show({ phase: 'problem', problem: 'no-list' });
    }
  };

  /** One arrow key: the highlight moves (and the page scrolls to it), or it says nothing is that way. */
  const step = (dir: Move) => {
    let edge = false;
    if (!current?.isConnected) current = startingPoint(doc, cursorOpts);
    else {
      const to = move(current, dir, cursorOpts);
      if (to) current = to;
      else edge = true;
    }
    if (current && !edge && current !== doc.body) current.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    box.dataset.by = 'keys';
    const words = highlightText(current?.isConnected ? describeElement(current, cursorOpts) : null);
    said = edge ? `${t('teachCursorEdge')} ${words}` : words;
    paint();
  };

  const actions: PickerActions = {
    rename: quietly((name: string) => {
      if (state.phase === 'preview') show({ ...state, name });
    }),
    startOver: quietly(() => {
      for (const k of ORDER) delete picks[k];
      show({ phase: 'pick', step: 'companion' });
      focusPanel(true);
    }),
    cancel: close,
    save: quietly((name: string) => {
      if (!data) return;
      const site = { ...data, name: name.trim().slice(0, 64) };
      show({ phase: 'saving' });
      Promise.resolve()
        .then(() => opts.save(site))
        .then((reply: unknown) => {
          const r = reply as { ok?: boolean; error?: string } | null;
          if (!closed) show(r?.ok ? { phase: 'saved' } : { phase: 'failed', error: r?.error ?? 'no answer' });
        })
        .catch((e: unknown) => {
          if (!closed) show({ phase: 'failed', error: String((e as Error)?.message ?? e) });
        })
        .catch(() => undefined);
    }),
  };

  const ours = (e: Event) => e.composedPath().includes(host);
  const outside = (e: Event) => e.target instanceof view.Element && e.target !== host && !ours(e);
  const listen = (target: EventTarget, type: string, f: (e: Event) => void, passive = false) =>
    target.addEventListener(type, quietly(f) as EventListener, { capture: true, passive, signal: controller.signal });

  listen(view, 'mousemove', (e) => {
    if (state.phase !== 'pick' || !outside(e) || e.target === current) return;
    current = e.target as Element;
    delete box.dataset.by;
    place();
    // The words follow on the next frame: a mouse crossing a long list costs one description a frame.
    if (!frame) frame = view.requestAnimationFrame(() => ((frame = 0), quietly(paint)()));
  });
  // While picking, a click chooses an element instead of doing what the page would do.
  for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
    listen(view, type, (e) => {
      if (state.phase !== 'pick' || !outside(e)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (type === 'click') pick(e.target as Element);
    });
  }
  // The highlight stays on its element while the page scrolls or the window changes size.
  listen(view, 'scroll', () => place(), true);
  listen(view, 'resize', () => place(), true);

  listen(view, 'keydown', (event) => {
    const e = event as KeyboardEvent;
    if (e.isComposing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopImmediatePropagation();
      return close();
    }
    if (state.phase !== 'pick' || e.altKey || e.ctrlKey || e.metaKey) return;
    const dir = KEYS[e.key];
    const cursor = shadow.querySelector<HTMLElement>('[data-teach-cursor]');
    if (!ours(e)) {
      // While picking, the keys that move and pick are the picker's, as clicks are: if the page
      // took focus meanwhile, they bring it back instead of reaching the page.
      if (!dir && e.key !== 'Enter' && e.key !== 'Tab') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      cursor?.focus({ preventScroll: true });
      if (dir) step(dir);
      else if (e.key === 'Enter' && !e.repeat && current?.isConnected) pick(current);
      return;
    }
    if (e.key === 'Tab') {
      // Picking keeps the keyboard in the panel, as it keeps the mouse from the page.
      const stops = Array.from(shadow.querySelectorAll<HTMLElement>('[data-teach-cursor], button:not([disabled]), input'));
      const at = stops.indexOf(shadow.activeElement as HTMLElement);
      const to = e.shiftKey ? (at <= 0 ? stops.length - 1 : -1) : at === stops.length - 1 ? 0 : -1;
      if (to >= 0) {
        e.preventDefault();
        stops[to]?.focus();
      }
      return;
    }
    if (e.composedPath()[0] !== cursor) return;
    if (dir) {
      e.preventDefault();
      e.stopPropagation();
      step(dir);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      // A held Enter picks once, not for every step in a row.
      if (!e.repeat && current?.isConnected) pick(current);
    }
  });

  try {
    paint();
    focusPanel(true);
  } catch {
    close();
  }
  return { host, close };
}
