// The in-page picker, run in the current tab after the user granted its origin from the popup
// (scripting.executeScript). lib/teach/picker.ts does the picking (mouse or keyboard); here it is
// started, a second "teach" replaces the first, and "Save" goes to the background, which stores
// the site and registers the content script for its origin.
import { browser } from 'wxt/browser';
import { startPicker } from '@/lib/teach/picker';

export default defineUnlistedScript(() => {
  const flags = globalThis as { standingNoPicker?: () => void };
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
