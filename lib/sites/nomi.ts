// Nomi (beta.nomi.ai).
// Notes, from shared/reference/sites.md §3 (Ghezzo/meganomi meganomi.user.js L433-445 and
// L534-560, ab6a056, 2026-05-24):
// - chat at /nomis/<numeric nomiId>; one ongoing conversation per Nomi (no chat id);
// - CSS modules, matched by class-name prefix: companion bubbles [class*="MessageBubble_nomiRoot__"],
//   user bubbles [class*="MessageBubble_userRoot__"]; text in span.text;
// - regenerate, edit, delete, new chat: not found. Replies may arrive over Socket.IO (unverified).
import type { Site } from './types';

const BUBBLE = '[class*="MessageBubble_nomiRoot__"], [class*="MessageBubble_userRoot__"]';

export const nomi: Site = {
  data: {
    id: 'nomi',
    name: 'Nomi',
    matches: ['https://beta.nomi.ai/*'],
    urls: { companion: '^/nomis/(\\d+)' },
    selectors: {
      chatRoot: [`div:has(> :is(${BUBBLE}))`, 'main'],
      message: [BUBBLE],
      userMessage: ['[class*="MessageBubble_userRoot__"]'],
      companionMessage: ['[class*="MessageBubble_nomiRoot__"]'],
      text: ['span.text'],
      composer: ['textarea'],
    },
    notes: {
      reviewed: '2026-11-23',
      sources: ['shared/reference/sites.md §3 (Ghezzo/meganomi ab6a056, 2026-05-24)'],
      notFound: ['regenerate', 'swipe', 'edit', 'delete', 'newChat', 'chatId', 'generating'],
    },
  },
};
