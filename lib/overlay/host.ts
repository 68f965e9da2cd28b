// Our elements in a page: an open shadow root (so pages' styles neither reach in nor get
// touched, and tools find it by [data-standing-no]), whose keys never reach the page.
const ISOLATED = ['keydown', 'keyup', 'keypress', 'focusin', 'focusout'];

export function shadowHost(doc: Document, tag: string, marker: string, css: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(tag);
  host.setAttribute('data-standing-no', marker);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  for (const type of ISOLATED) host.addEventListener(type, (e) => e.stopPropagation());
  return { host, shadow };
}
