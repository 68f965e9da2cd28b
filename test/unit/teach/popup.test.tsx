// The popup's "Other chat sites": the permission asked for is exactly the page's origin, asked
// first thing in the click (browsers require a user gesture), and nothing starts without it; a
// degraded site links to teaching.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Popup } from '@/components/popup/Popup';
import { TeachSite } from '@/components/popup/TeachSite';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { until } from '../helpers/dom';

const URL_ = 'http://teach.test:8123/talk/moon';
let calls: string[];
let root: HTMLElement;

beforeEach(() => {
  calls = [];
  root = document.createElement('div');
  document.body.replaceChildren(root);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url: URL_, title: 'Moonbeam' } as never]);
  fakeBrowser.runtime.sendMessage = vi.fn(async (msg: { type: string }) => {
    calls.push(msg.type);
    return msg.type === 'teach-list' ? { ok: true, sites: [] } : { ok: true };
  }) as never;
});
afterEach(() => render(null, root));

function grant(answer: boolean) {
  const request = vi.fn((p: { origins: string[] }) => {
    calls.push(`request ${p.origins.join(' ')}`);
    return Promise.resolve(answer);
  });
  (fakeBrowser as unknown as { permissions: { request: typeof request } }).permissions = { request };
  return request;
}

describe('teaching from the popup', () => {
  it('asks for this origin only, synchronously in the click, then starts the picker', async () => {
    const request = grant(true);
    render(<TeachSite />, root);
    await until(() => !!root.querySelector('[data-teach-start]'), 'the teach button');
    calls = [];
    (root.querySelector('[data-teach-start]') as HTMLButtonElement).click();
    // Before any await has run: the request is part of the click itself.
    expect(request).toHaveBeenCalledWith({ origins: ['http://teach.test:8123/*'] });
    await until(() => calls.includes('teach-start'), 'the picker to start');
    expect(calls.slice(0, 2)).toEqual(['request http://teach.test:8123/*', 'teach-start']);
  });

  it('does nothing but say so when the user declines', async () => {
    grant(false);
    render(<TeachSite />, root);
    await until(() => !!root.querySelector('[data-teach-start]'), 'the teach button');
    calls = [];
    (root.querySelector('[data-teach-start]') as HTMLButtonElement).click();
    await until(() => root.textContent!.includes('Permission was not given'), 'the note');
    expect(calls).toEqual(['request http://teach.test:8123/*']);
  });

  it('links a degraded site to teaching', () => {
    const tab = { tabId: 7, site: 'janitor', siteName: 'Janitor AI', companionKey: null, companionName: null, chatKey: null, state: 'degraded' as const, problem: 'not found: chat root (div:has(> div[data-index]))', t: 0 };
    render(<Popup state={{ tab, boundaries: [], disclosure: null, demoUrl: '', historyUrl: '', observed: null, settings: DEFAULT_SETTINGS, now: 0 }} actions={{ revise: () => undefined, saveSettings: () => undefined, openOptions: () => undefined }} />, root);
    const link = root.querySelector('a[href="#teach-site"]');
    expect(link?.textContent).toContain('Teach this site');
    expect(root.querySelector('#teach-site')).toBeTruthy();
  });
});
