// The in-page picker, run in the current tab after the user granted its origin from the popup
// (scripting.executeScript). The user clicks a companion message, one of theirs and the message
// box; their clicks are kept from the page meanwhile. It derives selectors, shows what they find,
// and on "Save" the background stores the site and registers the content script for its origin.
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import css from '@/components/teach/picker.css?inline';
import { PickerPanel, type PickerState, type PickStep } from '@/components/teach/Picker';
import { shadowHost } from '@/lib/overlay/host';
import { deriveSite, preview, type Picks } from '@/lib/teach/derive';
import { userSiteId, type UserSite } from '@/lib/teach/schema';

export default defineUnlistedScript(() => {
  const flags = globalThis as { standingNoPicker?: () => void };
  flags.standingNoPicker?.(); // a second "teach" replaces the first picker
  const { host, shadow } = shadowHost(document, 'standing-no-picker', 'picker', css);
  const box = document.createElement('div');
  box.className = 'sn-highlight';
  box.hidden = true;
  const container = document.createElement('div');
  shadow.append(box, container);
  document.documentElement.append(host);

  const origin = location.origin;
  const picks: Partial<Picks> = {};
  const order: PickStep[] = ['companion', 'user', 'composer'];
  let state: PickerState = { phase: 'pick', step: 'companion' };
  let data: UserSite | null = null;
  const controller = new AbortController();

  const show = (next: PickerState) => {
    state = next;
    box.hidden = state.phase !== 'pick';
    render(h(PickerPanel, { state, actions }), container);
  };
  const close = () => {
    controller.abort();
    render(null, container);
    host.remove();
    delete flags.standingNoPicker;
  };
  flags.standingNoPicker = close;

  const finish = () => {
    const derived = deriveSite(picks as Picks, userSiteId(origin), document.title.trim().slice(0, 64) || location.host, origin, new Date().toISOString().slice(0, 10));
    if (!derived.ok) return show({ phase: 'problem', problem: derived.problem });
    data = { kind: 'custom', origin, name: derived.data.name, createdAt: Date.now(), data: derived.data };
    show({ phase: 'preview', preview: preview(document, derived.data), name: derived.data.name });
  };

  const actions = {
    rename(name: string) {
      if (state.phase === 'preview') show({ ...state, name });
    },
    startOver() {
      for (const k of order) delete picks[k];
      show({ phase: 'pick', step: 'companion' });
    },
    cancel: close,
    save(name: string) {
      if (!data) return;
      const site = { ...data, name: name.trim().slice(0, 64) };
      show({ phase: 'saving' });
      browser.runtime
        .sendMessage({ type: 'teach-save', site })
        .then((reply: unknown) => {
          const r = reply as { ok?: boolean; error?: string } | null;
          show(r?.ok ? { phase: 'saved' } : { phase: 'failed', error: r?.error ?? 'no answer' });
        })
        .catch((e: unknown) => show({ phase: 'failed', error: String((e as Error)?.message ?? e) }));
    },
  };

  const outside = (e: Event) => e.target instanceof Element && e.target !== host && !host.contains(e.target);
  const opts = { capture: true, signal: controller.signal };

  window.addEventListener(
    'mousemove',
    (e) => {
      if (state.phase !== 'pick' || !outside(e)) return;
      const r = (e.target as Element).getBoundingClientRect();
      Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
      box.hidden = false;
    },
    opts,
  );
  // While picking, a click chooses an element instead of doing what the page would do.
  for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click'] as const) {
    window.addEventListener(
      type,
      (e) => {
        if (state.phase !== 'pick' || !outside(e)) return;
        e.preventDefault();
        e.stopImmediatePropagation();
        if (type !== 'click') return;
        picks[state.step] = e.target as Element;
        const next = order[order.indexOf(state.step) + 1];
        if (next) show({ phase: 'pick', step: next });
        else finish();
      },
      opts,
    );
  }
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') close();
    },
    opts,
  );
  show(state);
});
