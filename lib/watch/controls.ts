// Sees the user's actions before the site does (capture phase on window), so a nudge can ask
// first. A held action is replayed untouched when the user chooses to go ahead.
import type { Adapter } from '../sites/adapter';
import type { ControlKind } from '../sites/types';

export type Intent =
  | { kind: 'send'; text: string; via: 'enter' | 'button'; el: Element }
  | { kind: Exclude<ControlKind, 'send'>; el: Element };

export interface ControlsOptions {
  adapter: Adapter;
  doc: Document;
  signal: AbortSignal;
  /** Returns true to hold the action (the nudge decides what happens next). */
  onIntent(intent: Intent): boolean;
}

export interface Controls {
  /** Lets a held action through, exactly once. */
  proceed(intent: Intent): void;
  composerText(): string;
  setComposerText(text: string): void;
  focusComposer(): void;
}

export function interceptControls(o: ControlsOptions): Controls {
  let bypass = false;
  const win = o.doc.defaultView!;

  const hold = (e: Event, intent: Intent) => {
    if (bypass) return;
    let held = false;
    try {
      held = o.onIntent(intent);
    } catch {
      held = false; // never block the page because of our own error
    }
    if (held) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  };

  win.addEventListener(
    'click',
    (e) => {
      const target = e.target;
      if (!(target instanceof Element)) return;
      const control = o.adapter.controlOf(target);
      if (!control) return;
      if (control.kind === 'send') hold(e, { kind: 'send', text: composerText(), via: 'button', el: control.el });
      else hold(e, { kind: control.kind, el: control.el });
    },
    { capture: true, signal: o.signal },
  );

  win.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.altKey) return;
      const composer = o.adapter.composer(o.doc);
      if (!composer || !(e.target instanceof Node) || !composer.contains(e.target)) return;
      hold(e, { kind: 'send', text: composerText(), via: 'enter', el: composer });
    },
    { capture: true, signal: o.signal },
  );

  function composerText(): string {
    const c = o.adapter.composer(o.doc);
    if (!c) return '';
    return (c instanceof HTMLTextAreaElement || c instanceof HTMLInputElement ? c.value : c.innerText ?? c.textContent ?? '').trim();
  }

  return {
    proceed(intent) {
      bypass = true;
      try {
        if (intent.kind === 'send' && intent.via === 'enter') {
          const button = o.adapter.sendButton(o.doc);
          if (button) button.click();
          else intent.el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
        } else (intent.el as HTMLElement).click();
      } finally {
        bypass = false;
      }
    },
    composerText,
    setComposerText(text) {
      const c = o.adapter.composer(o.doc);
      if (!c) return;
      if (c instanceof HTMLTextAreaElement || c instanceof HTMLInputElement) {
        // Frameworks track the value through the native setter; assigning .value alone goes unseen.
        const proto = c instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
        Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(c, text);
      } else c.textContent = text;
      c.dispatchEvent(new Event('input', { bubbles: true }));
    },
    focusComposer() {
      o.adapter.composer(o.doc)?.focus();
    },
  };
}
