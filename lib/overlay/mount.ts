// The overlay's host in a page, placed just above the composer.
import { h, render } from 'preact';
import css from '@/components/overlay/overlay.css?inline';
import { Overlay, type OverlayState } from '@/components/overlay/Overlay';
import { shadowHost } from './host';
import type { NudgeSurface } from './types';

export interface Mounted extends NudgeSurface {
  host: HTMLElement;
  destroy(): void;
}

export function mountOverlay(doc: Document, anchor: () => Element | null): Mounted {
  const { host, shadow } = shadowHost(doc, 'standing-no-overlay', '', css);
  const container = doc.createElement('div');
  shadow.append(container);
  doc.documentElement.append(host);

  let state: OverlayState = {
    view: null,
    answers: null,
    cooldown: null,
    restore: null,
  };
  const set = (patch: Partial<OverlayState>) => {
    state = { ...state, ...patch };
    place();
    render(h(Overlay, { state }), container);
  };

  // Sit just above the composer, never over it or the send button.
  const place = () => {
    const box = anchor()?.getBoundingClientRect();
    const root = container.firstElementChild as HTMLElement | null;
    if (!root) return;
    const view = doc.defaultView!;
    if (box && box.width > 0) {
      root.style.setProperty('--sn-left', `${Math.max(8, box.left)}px`);
      root.style.setProperty('--sn-right', 'auto');
      root.style.setProperty('--sn-bottom', `${Math.max(8, view.innerHeight - box.top + 8)}px`);
    } else {
      root.style.removeProperty('--sn-left');
      root.style.removeProperty('--sn-right');
      root.style.removeProperty('--sn-bottom');
    }
  };
  const onResize = () => place();
  doc.defaultView?.addEventListener('resize', onResize);
  set({});

  return {
    host,
    show: (view, answers) => set({ view, answers, restore: null }),
    clear: () => set({ view: null, answers: null }),
    offerRestore: (draft, restore) =>
      set({
        restore: draft
          ? {
              restore: () => {
                restore();
                set({ restore: null });
              },
            }
          : null,
      }),
    cooldown: (c, answers) => set({ cooldown: c ? { ...c, endCooldown: answers.endCooldown } : null }),
    destroy() {
      doc.defaultView?.removeEventListener('resize', onResize);
      render(null, container);
      host.remove();
    },
  };
}
