// Unit-test setup: IndexedDB for Dexie, and browser.i18n answered from the real English messages,
// so components render the words users see (and a missing key shows up as the key itself).
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { format, type Messages } from '../lib/i18n';
import messages from '../public/_locales/en/messages.json';

fakeBrowser.i18n.getMessage = ((name: string, subs?: string | string[]) => {
  const entry = (messages as Messages)[name];
  return entry ? format(entry, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]) : '';
}) as typeof fakeBrowser.i18n.getMessage;
// The language those words are in: plural forms are picked by its rules.
fakeBrowser.i18n.getUILanguage = () => 'en';
