// The in-page picker, run in the current tab after the user granted its origin from the popup
// (scripting.executeScript). lib/teach/picker.ts does the picking (mouse or keyboard); here it is
// started, a second "teach" replaces the first, and "Save" goes to the background, which stores
// the site and registers the content script for its origin.
import { browser } from 'wxt/browser';
import { applyChosenLanguage } from '@/lib/i18n';
import { startPicker } from '@/lib/teach/picker';

export default defineUnlistedScript(async () => {
  const flags = globalThis as { standingNoPicker?: () => void };
  // The picker speaks the language chosen in the options, like the rest of the extension (the
  // page's own lang is never touched).
  await applyChosenLanguage();
  try {
    flags.standingNoPicker?.(); // a second "teach" replaces the first picker
    const picker = startPicker(document, {
      save: (site) => browser.runtime.sendMessage({ type: 'teach-save', site }),
      onClose: () => {
        if (flags.standingNoPicker === picker.close) delete flags.standingNoPicker;
      },
    });
    flags.standingNoPicker = picker.close;
  } catch {
    // Never into the page: without a picker, the popup's "Teach this site" can simply be tried again.
  }
});
