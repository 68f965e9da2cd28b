// Replika (my.replika.com; older my.replika.ai): one Replika, one continuous conversation.
// Reviewed 2026-11-23.
// Notes, from shared/reference/sites.md §2:
// - no companion or chat id in the URL; the Replika's name is in the bot label
//   span[aria-label="<Name> says:"] (derGrosseWirsing/replika Rep2Websocket.py, 2021, stale);
// - styled-components (hashed): rows div[role="row"][class*="MessageHover__MessageHoverRoot-sc-"];
//   a bot row holds span[aria-colindex="2"]; text span[aria-live="polite"] span; input
//   textarea[class*="TextArea-sc-"] (ReplikaAIRUMOD/ReplikaAI replika.py L148-166, bff54c6, 2025-05-23);
//   older: #send-message-textarea, [data-testid="replika-phrase"] (2021);
// - regenerate/swipe: not found (only up/down votes); edit, delete, new chat: not found.
import type { Site } from './types';

export const replika: Site = {
  data: {
    id: 'replika',
    name: 'Replika',
    matches: ['https://my.replika.com/*', 'https://my.replika.ai/*'],
    selectors: {
      chatRoot: ['[role="grid"]:has(div[role="row"])', 'div:has(> div[role="row"])'],
      message: ['div[role="row"][class*="MessageHover__MessageHoverRoot-sc-"]', 'div[role="row"]'],
      companionMessage: [':has(span[aria-colindex="2"])', ':has([data-testid="replika-phrase"])'],
      userMessage: [':not(:has(span[aria-colindex="2"], [data-testid="replika-phrase"]))'],
      text: ['span[aria-live="polite"] span', '[data-testid="replika-phrase"]', '[id^="message"][id$="text"]'],
      composer: ['textarea[class*="TextArea-sc-"]', '#send-message-textarea'],
    },
    notes: {
      reviewed: '2026-11-23',
      sources: ['shared/reference/sites.md §2 (ReplikaAIRUMOD/ReplikaAI bff54c6, 2025-05-23; derGrosseWirsing/replika, 2021)'],
      notFound: ['regenerate', 'swipe', 'edit', 'delete', 'newChat', 'chatId', 'companionId', 'generating'],
    },
  },
  hooks: {
    identity(doc) {
      const label = doc.querySelector('span[aria-label$=" says:"]')?.getAttribute('aria-label') ?? '';
      const name = label.slice(0, -' says:'.length).trim().slice(0, 128);
      // One Replika per account: the site is the companion.
      return { companionId: 'replika', companionName: name || undefined };
    },
  },
};
