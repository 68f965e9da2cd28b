// Who wrote a message, read from where the page puts it: chat layouts push the user's messages
// to the right. Used where a site marks no role (Janitor, RisuAI, the generic adapter).
import type { Role } from '../core/step';

// Utility classes that say "right-aligned" even before any style sheet has loaded.
const RIGHT_CLASSES = /(^|\s)(justify-end|ml-auto|flex-row-reverse|self-end|items-end|text-right)(\s|$)/;

/** 'user' when the message (or its bubble, one level down) sits on the right; 'companion' otherwise. */
export function layoutRole(el: Element): Role | null {
  const view = el.ownerDocument.defaultView;
  if (!view) return null;
  // The bubble may be the message, alone in a row that does the aligning.
  const row = el.parentElement?.childElementCount === 1 ? [el.parentElement] : [];
  const nodes = [...row, el, ...Array.from(el.children).slice(0, 3)];
  for (const n of nodes) {
    if (RIGHT_CLASSES.test(n.getAttribute('class') ?? '')) return 'user';
    if (rightAligned(view.getComputedStyle(n))) return 'user';
  }
  return leansRight(el) ? 'user' : 'companion';
}

function rightAligned(s: CSSStyleDeclaration): boolean {
  const flex = /flex|grid/.test(s.display);
  return (
    (flex && /^(flex-end|end|right)$/.test(s.justifyContent)) ||
    (flex && s.flexDirection === 'row-reverse') ||
    /^(flex-end|end)$/.test(s.alignSelf) ||
    s.textAlign === 'right' ||
    (s.marginLeft === 'auto' && s.marginRight !== 'auto')
  );
}

/** Geometry, where the page is laid out: a bubble narrower than its row and hugging its right edge. */
function leansRight(el: Element): boolean {
  const bubble = el.firstElementChild ?? el;
  const row = el.getBoundingClientRect();
  const box = bubble.getBoundingClientRect();
  if (row.width <= 0 || box.width <= 0 || box.width > row.width * 0.85) return false;
  return box.left - row.left > row.right - box.right + 8;
}
