// The picker from the keyboard: focus goes into it, the arrow keys walk the page's elements (Up the
// one around, Down the first inside, Left and Right the neighbours, never onto hidden ones or our
// own), the highlighted one is said in words (as text), Enter picks it for the step, Escape
// cancels and gives focus back; the mouse works as before; nothing reaches or breaks the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { candidateChildren, describeElement, move, snippet, startingPoint, type CursorOptions } from '@/lib/teach/cursor';
import { startPicker, type Picker } from '@/lib/teach/picker';
import { until } from '../helpers/dom';

// happy-dom lays nothing out: every element gets a box, except those marked as having none.
function boxes() {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const size = this.hasAttribute('data-nobox') ? 0 : 40;
    return { x: 10, y: 10, left: 10, top: 10, right: 10 + size, bottom: 10 + size, width: size, height: size, toJSON: () => ({}) } as DOMRect;
  });
}

const PAGE = `
  <header><span>Moonbeam</span></header>
  <main>
    <div class="list">
      <div class="row" data-author="bot"><div class="bubble"><p>Hello, I am the moon. I shine on every one of your nights, and I listen.</p></div></div>
      <div class="row" data-author="user"><div class="bubble"><p>hello there</p></div></div>
      <div class="row" data-author="bot"><div class="bubble"><p id="sly"></p></div></div>
      <div class="row" data-author="user" style="display:none"><p>hidden</p></div>
      <script>void 0</script>
    </div>
  </main>
  <footer><div data-nobox><div class="input" contenteditable="true" role="textbox" aria-label="Message"></div></div><button id="send">Send</button></footer>
  <div data-standing-no=""><p>our overlay</p></div>`;

const $ = <E extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as unknown as E;

beforeEach(() => {
  boxes();
  document.body.innerHTML = PAGE;
  // Page text that looks like markup: shown as text, never made into elements.
  $('#sly').textContent = '<img src=x onerror="alert(1)"> look';
});

describe('the cursor', () => {
  const opts: CursorOptions = { skip: (el) => el.hasAttribute('data-standing-no') };

  it('goes up to the element around, down to the first inside, left and right to the neighbours', () => {
    const rows = Array.from(document.querySelectorAll('.row'));
    expect(move(rows[0]!, 'next', opts)).toBe(rows[1]);
    expect(move(rows[1]!, 'previous', opts)).toBe(rows[0]);
    expect(move(rows[1]!, 'parent', opts)).toBe($('.list'));
    expect(move($('.list'), 'child', opts)).toBe(rows[0]);
    expect(move(rows[0]!, 'child', opts)).toBe(rows[0]!.firstElementChild);
  });

  it('stops at the ends: nothing above the body, before the first or after the last, inside an empty one', () => {
    const rows = Array.from(document.querySelectorAll('.row'));
    expect(move(document.body, 'parent', opts)).toBeNull();
    expect(move(rows[0]!, 'previous', opts)).toBeNull();
    expect(move(rows[2]!, 'next', opts), 'the hidden row and the script are no neighbours').toBeNull();
    expect(move($('#sly'), 'child', opts)).toBeNull();
  });

  it('never rests on hidden things, scripts or our own elements, and looks through a wrapper without a box', () => {
    expect(candidateChildren(document.body, opts)).toEqual([$('header'), $('main'), $('footer')]);
    expect(candidateChildren($('footer'), opts), 'through the zero-size wrapper').toEqual([$('.input'), $('#send')]);
    expect(move($('.input'), 'parent', opts)).toBe($('footer'));
    expect(move($('#send'), 'previous', opts)).toBe($('.input'));
  });

  it('starts at the first thing on the page when nothing is known to be in the middle', () => {
    expect(startingPoint(document, opts)).toBe($('header'));
  });

  it('describes an element by its tag, role, place and a short snippet of its text', () => {
    expect(describeElement($('.row p'), opts)).toEqual({ tag: 'p', position: 1, count: 1, text: 'Hello, I am the moon. I shine on every one of your nights,…', editable: false });
    expect(describeElement(document.querySelectorAll('.row')[1]!, opts)).toMatchObject({ tag: 'div', position: 2, count: 3, text: 'hello there' });
    expect(describeElement($('.input'), opts)).toEqual({ tag: 'div textbox', position: 1, count: 2, text: 'Message', editable: true });
  });

  it('names a form field by its label, never by what is typed in it', () => {
    document.body.innerHTML = '<textarea placeholder="Say something">my secret draft</textarea><input aria-label="Search" value="typed">';
    expect(snippet($('textarea'))).toBe('Say something');
    expect(snippet($('input'))).toBe('Search');
  });
});

describe('the picker from the keyboard', () => {
  let picker: Picker | null = null;
  let saved: unknown[];
  let closed: number;
  afterEach(() => {
    picker?.close();
    picker = null;
  });

  const open = () => {
    saved = [];
    closed = 0;
    picker = startPicker(document, {
      save: async (site) => {
        saved.push(site);
        return { ok: true };
      },
      onClose: () => closed++,
    });
    return picker;
  };
  const shadow = () => picker!.host.shadowRoot!;
  const q = (sel: string) => shadow().querySelector(sel) as HTMLElement | null;
  const cursor = () => q('[data-teach-cursor]')!;
  const current = () => q('[data-teach-current]')?.textContent ?? '';
  const said = () => q('[data-teach-said]')?.textContent ?? '';
  const step = () => q('[data-teach-step]')?.getAttribute('data-teach-step');
  const key = (k: string, target: Element = cursor(), init: KeyboardEventInit = {}) => {
    const e = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init });
    target.dispatchEvent(e);
    return e;
  };
  const keys = (...ks: string[]) => ks.forEach((k) => key(k));

  it('takes focus into its panel, with its instructions in a live region', () => {
    open();
    expect(document.activeElement).toBe(picker!.host);
    expect(shadow().activeElement).toBe(cursor());
    const status = q('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('Pick one of your companion');
    expect(status.textContent).toContain('the arrow keys move the highlight');
    expect(cursor().getAttribute('role')).toBe('application');
    expect(cursor().getAttribute('aria-label')).toBe('Pick with the keyboard');
    for (const id of cursor().getAttribute('aria-describedby')!.split(' ')) expect(shadow().getElementById(id), id).toBeTruthy();
    expect(q('[data-teach-said]')!.getAttribute('aria-live')).toBe('polite');
  });

  it('highlights where it starts, and says what it is', () => {
    open();
    expect(current()).toBe('Highlighted: header, 1 of 3, “Moonbeam”');
    expect(q('.sn-highlight')!.hidden).toBe(false);
  });

  it('moves the highlight with the arrow keys and says each element in words', () => {
    open();
    keys('ArrowRight');
    expect(said()).toMatch(/^Highlighted: main, 2 of 3, “Hello, I am the moon/);
    keys('ArrowDown', 'ArrowDown');
    expect(current()).toMatch(/^Highlighted: div, 1 of 3, “Hello/);
    keys('ArrowRight');
    expect(current()).toBe('Highlighted: div, 2 of 3, “hello there”');
    keys('ArrowLeft', 'ArrowDown', 'ArrowDown');
    expect(current()).toBe('Highlighted: p, 1 of 1, “Hello, I am the moon. I shine on every one of your nights,…”');
    keys('ArrowUp');
    expect(current()).toMatch(/^Highlighted: div, 1 of 1, “Hello/);
    expect(said()).toBe(current());
  });

  it('says so when nothing is that way, and stays put', () => {
    open();
    keys('ArrowUp');
    expect(current()).toMatch(/^Highlighted: body/);
    keys('ArrowUp');
    expect(said()).toMatch(/^Nothing further that way\. Highlighted: body/);
    keys('ArrowDown');
    expect(current()).toMatch(/^Highlighted: header/);
  });

  it('shows page text as text, never as markup', () => {
    open();
    keys('ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown');
    expect(current()).toBe('Highlighted: p, 1 of 1, “<img src=x onerror="alert(1)"> look”');
    expect(shadow().querySelector('img')).toBeNull();
  });

  it('does a whole teach with the keyboard: Enter picks for each step, then the preview and save', async () => {
    open();
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView');
    keys('ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown');
    expect(scrolled).toHaveBeenCalled();
    expect(current()).toMatch(/^Highlighted: p, 1 of 1, “Hello/);
    keys('Enter');
    expect(step()).toBe('user');
    expect(shadow().activeElement, 'focus stays on the cursor').toBe(cursor());
    keys('ArrowUp', 'ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'Enter');
    expect(step()).toBe('composer');
    keys('ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowRight', 'ArrowDown');
    expect(current()).toBe('Highlighted: div textbox, 1 of 2, “Message”, you can type in it');
    keys('Enter');
    expect(q('[data-teach-phase]')!.getAttribute('data-teach-phase')).toBe('preview');
    // Two from the companion, two of the user's (the hidden one is still a message in the list).
    expect(q('[data-teach-counts]')!.getAttribute('data-teach-counts')).toBe('2/2');
    expect(q('.sn-highlight')!.hidden).toBe(true);
    // The cursor is gone; focus went to the first thing to do there (the name), not to the page.
    expect(shadow().activeElement).toBe(q('input'));
    (Array.from(shadow().querySelectorAll('button')).find((b) => b.textContent === 'Save') as HTMLButtonElement).click();
    await until(() => q('[data-teach-phase]')?.getAttribute('data-teach-phase') === 'saved', 'saved');
    expect(saved).toEqual([expect.objectContaining({ kind: 'custom', origin: location.origin, name: expect.any(String) })]);
    expect(shadow().activeElement?.textContent).toBe('Close');
  });

  it('picks once for a held Enter', () => {
    open();
    keys('Enter');
    key('Enter', cursor(), { repeat: true });
    key('Enter', cursor(), { repeat: true });
    expect(step()).toBe('user');
  });

  it('Escape cancels and gives the page its focus back', () => {
    $('#send').focus();
    open();
    expect(shadow().activeElement).toBe(cursor());
    const e = key('Escape');
    expect(e.defaultPrevented).toBe(true);
    expect(picker!.host.isConnected).toBe(false);
    expect(document.querySelector('standing-no-picker')).toBeNull();
    expect(document.activeElement).toBe($('#send'));
    expect(closed).toBe(1);
  });

  it('Escape cancels from the page too, and mid-way', () => {
    open();
    keys('Enter');
    expect(step()).toBe('user');
    key('Escape', document.body);
    expect(picker!.host.isConnected).toBe(false);
    expect(closed).toBe(1);
  });

  it('keeps the keys it uses from the page, and takes them back if the page took focus', () => {
    const page = vi.fn();
    document.addEventListener('keydown', page);
    document.addEventListener('keydown', page, { capture: true });
    open();
    keys('ArrowDown', 'Enter');
    expect(page).not.toHaveBeenCalled();
    // The page moves focus to its own box meanwhile: Enter picks rather than sends.
    $('#send').focus();
    const e = key('Enter', $('#send'));
    expect(e.defaultPrevented).toBe(true);
    expect(page).not.toHaveBeenCalled();
    expect(step()).toBe('composer');
    expect(shadow().activeElement).toBe(cursor());
    document.removeEventListener('keydown', page);
    document.removeEventListener('keydown', page, { capture: true });
  });

  it('keeps Tab in the panel while picking', () => {
    open();
    const buttons = Array.from(shadow().querySelectorAll('button'));
    expect(key('Tab', cursor(), { shiftKey: true }).defaultPrevented).toBe(true);
    expect(shadow().activeElement).toBe(buttons.at(-1));
    expect(key('Tab', buttons.at(-1)!).defaultPrevented).toBe(true);
    expect(shadow().activeElement).toBe(cursor());
    expect(key('Tab', cursor()).defaultPrevented, 'in between, Tab is the browser’s').toBe(false);
  });

  it('"Start over" after a problem puts focus back on the cursor', () => {
    open();
    // The same message three times: a problem, said in the live region, focus on "Start over".
    keys('Enter', 'Enter', 'Enter');
    expect(q('[data-teach-phase]')!.getAttribute('data-teach-phase')).toBe('problem');
    const again = shadow().activeElement as HTMLButtonElement;
    expect(again.textContent).toBe('Start over');
    again.click();
    expect(step()).toBe('companion');
    expect(shadow().activeElement).toBe(cursor());
  });

  it('still works with the mouse, and the keys go on from where the mouse was', () => {
    const page = vi.fn();
    document.addEventListener('click', page);
    open();
    const p = $('.row p');
    p.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, composed: true }));
    p.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    expect(page).not.toHaveBeenCalled();
    expect(step()).toBe('user');
    keys('ArrowUp');
    expect(current()).toMatch(/^Highlighted: div, 1 of 1, “Hello/);
    document.removeEventListener('click', page);
  });

  it('lets nothing it hits escape into the page', () => {
    const errors = vi.fn();
    window.addEventListener('error', errors);
    open();
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {
      throw new Error('a page that breaks scrolling');
    });
    expect(() => keys('ArrowRight')).not.toThrow();
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => {
      throw new Error('a page that breaks layout');
    });
    expect(() => keys('ArrowDown', 'Enter')).not.toThrow();
    expect(() => $('main').dispatchEvent(new MouseEvent('mousemove', { bubbles: true }))).not.toThrow();
    expect(errors).not.toHaveBeenCalled();
    window.removeEventListener('error', errors);
    key('Escape');
    expect(picker!.host.isConnected).toBe(false);
  });

  it('a second picker replaces nothing of the page, and one close is enough', () => {
    open();
    picker!.close();
    picker!.close();
    expect(closed).toBe(1);
    expect(document.querySelectorAll('standing-no-picker')).toHaveLength(0);
  });
});
