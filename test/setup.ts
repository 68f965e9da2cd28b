// Unit-test setup: IndexedDB for Dexie, and browser.i18n answered from the real English messages,
// so components render the words users see (and a missing key shows up as the key itself).
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import messages from '../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

fakeBrowser.i18n.getMessage = ((name: string, subs?: string | string[]) => {
  const entry = (messages as Record<string, Entry>)[name];
  if (!entry) return '';
  const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, ph: string) => {
    const content = entry.placeholders?.[ph.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => args[Number(n) - 1] ?? '');
  });
}) as typeof fakeBrowser.i18n.getMessage;
