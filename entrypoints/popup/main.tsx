import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupState } from '@/components/popup/Popup';
import type { BoundaryRow, TabRow } from '@/lib/db/db';
import { disclosureFor } from '@/lib/disclosure/registry';
import './popup.css';

// ?tab=N shows another tab's state: the popup opened as a page (tests, keyboard users) is its own tab.
async function load(): Promise<PopupState> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = Number.isInteger(asked) && asked > 0 ? asked : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const demoUrl = browser.runtime.getURL('/demo.html');
  if (tabId === undefined) return { tab: null, boundaries: [], disclosure: null, demoUrl };
  const reply = (await browser.runtime.sendMessage({ type: 'popup-state', tabId })) as { ok: boolean; tab: TabRow | null; boundaries: BoundaryRow[] };
  const tab = reply?.ok ? reply.tab : null;
  return { tab, boundaries: reply?.ok ? reply.boundaries : [], disclosure: tab ? disclosureFor(tab.site) : null, demoUrl };
}

load().then(
  (state) => render(<Popup state={state} />, document.getElementById('app')!),
  () => render(<Popup state={{ tab: null, boundaries: [], disclosure: null, demoUrl: browser.runtime.getURL('/demo.html') }} />, document.getElementById('app')!),
);
