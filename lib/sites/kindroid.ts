// Kindroid (kindroid.ai).
// Notes, from shared/reference/sites.md §4:
// - the 1:1 chat lives at /home with no kin id in the URL (breatfr/Kindroid css L202, 5f3d58d,
//   2024-06-01); group chats at /groupchat/<id>; the kin's name is the alt of its avatar in the
//   switcher, div[data-rfd-draggable-id] img[alt] (QuarkZ26/Kindroid CloneKinButtons.js,
//   e96e7306, 2026-02-14). Which avatar is the open kin is not documented: the first is taken;
// - Chakra UI (unstable .css-xxxx classes); controls by aria-label (QuarkZ26/Kindroid
//   AutoContinue.js, 4ff3b14, 2026-02-14): "Regenerate", "Continue cut-off message",
//   "Send message textarea", "Send message" (a .chakra-spinner inside it while generating);
// - message bubbles and role: NOT found; the list is found by ARIA and role by layout;
// - "chat break" resets the short-term memory only (docs.kindroid.ai/memory): one ongoing chat.
import type { Site } from './types';

export const kindroid: Site = {
  data: {
    id: 'kindroid',
    name: 'Kindroid',
    matches: ['https://kindroid.ai/*'],
    urls: { chat: '^/groupchat/([^/?#]+)' },
    roleFallback: 'layout',
    selectors: {
      chatRoot: ['[role="log"]', '[role="list"]', '[aria-live="polite"]'],
      message: [':scope > [role="listitem"]', ':scope > div'],
      text: ['p'],
      composer: ['textarea[aria-label="Send message textarea"]'],
      send: ['button[aria-label="Send message"]'],
      regenerate: ['button[aria-label="Regenerate"]', 'button:has(img[alt="regenerate"])'],
      companionName: ['div[data-rfd-draggable-id] img[alt]'],
      generating: ['button[aria-label="Send message"] .chakra-spinner'],
    },
    notes: {
      reviewed: '2026-11-23',
      sources: ['shared/reference/sites.md §4 (QuarkZ26/Kindroid 4ff3b14 and e96e7306, 2026-02-14; docs.kindroid.ai)'],
      notFound: ['swipe', 'edit', 'delete', 'newChat', 'role', 'chatId', 'companionId'],
    },
  },
  hooks: {
    identity(doc) {
      const name = doc.querySelector('div[data-rfd-draggable-id] img[alt]')?.getAttribute('alt')?.slice(0, 128);
      return { companionName: name || undefined, companionId: name || undefined };
    },
  },
};
