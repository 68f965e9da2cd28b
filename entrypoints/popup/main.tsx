import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupActions, type PopupState } from '@/components/popup/Popup';
import type { Observed } from '@/lib/background/history';
import type { BoundaryRow, TabRow } from '@/lib/db/db';
import { disclosureFor } from '@/lib/disclosure/registry';
import { applyLanguage } from '@/lib/i18n';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/defaults';
import './popup.css';

const app = document.getElementById('app')!;
const demoUrl = browser.runtime.getURL('/demo.html');
const historyUrl = browser.runtime.getURL('/records.html');

// ?tab=N shows another tab's state: the popup opened as a page (tests, keyboard users) is its own tab.
async function tabId(): Promise<number | undefined> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(asked) && asked > 0 ? asked : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

async function load(): Promise<PopupState> {
  const id = await tabId();
  const empty: PopupState = { tab: null, boundaries: [], disclosure: null, demoUrl, historyUrl, observed: null, settings: DEFAULT_SETTINGS, now: Date.now() };
  if (id === undefined) return empty;
  const reply = (await browser.runtime.sendMessage({ type: 'popup-state', tabId: id })) as { ok: boolean; tab: TabRow | null; boundaries: BoundaryRow[]; settings: Settings };
  if (!reply?.ok) return empty;
  await applyLanguage(reply.settings.language, undefined, document);
  const observed = reply.tab ? ((await browser.runtime.sendMessage({ type: 'observed', site: reply.tab.site })) as Observed | { ok: false }) : null;
  return {
    ...empty,
    tab: reply.tab,
    boundaries: reply.boundaries,
    settings: reply.settings,
    disclosure: reply.tab ? disclosureFor(reply.tab.site) : null,
    observed: observed?.ok ? observed.figures : null,
  };
}

const actions: PopupActions = {
  async revise(boundaryId, status) {
    await browser.runtime.sendMessage({ type: 'revise-boundary', boundaryId, status });
    await show();
  },
  async saveSettings(settings) {
    await browser.runtime.sendMessage({ type: 'set-settings', settings });
    await show();
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
};

async function show() {
  const state = await load().catch(() => ({ tab: null, boundaries: [], disclosure: null, demoUrl, historyUrl, observed: null, settings: DEFAULT_SETTINGS, now: Date.now() }));
  render(<Popup state={state} actions={actions} />, app);
}

void show();
