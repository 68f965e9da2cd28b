// CrushOn.AI (crushon.ai).
// Notes, from shared/reference/sites.md §8 (Sleepsong/crushon.ai-userscripts
// crushonai_chat_scraper.user.js L22-45, L130-195, L233, a8114f4, 2025-06-25):
// - chat at /character/<characterId>/chat; the script polls location.href (single-page app);
// - container #chat-container or div[class*="ChatRoom_chatPanel"]; message blocks div[data-id];
//   text in .MarkdownText_CustomMarkdownText__<hash> (matched by prefix, the hash changes);
// - role: a speaker-name span (div.flex.items-center.gap-[5px] span) says "user"/"you" for the
//   user; a block with a model-name button (button span) is the AI's;
// - regenerate, edit, new chat: not found.
import type { Site } from './types';

export const crushon: Site = {
  data: {
    id: 'crushon',
    name: 'CrushOn.AI',
    matches: ['https://crushon.ai/*'],
    urls: { companion: '^/character/([^/]+)/chat' },
    selectors: {
      chatRoot: ['#chat-container', 'div[class*="ChatRoom_chatPanel"]'],
      message: ['div[data-id]'],
      companionMessage: [':has(button span)'],
      text: ['[class*="MarkdownText_CustomMarkdownText__"]'],
      composer: ['#chat-container ~ * textarea', 'textarea'],
      companionName: ['#chat-container div[data-id]:has(button span) .flex > span:first-child'],
    },
    notes: {
      reviewed: '2026-11-23',
      sources: ['shared/reference/sites.md §8 (Sleepsong/crushon.ai-userscripts a8114f4, 2025-06-25)'],
      notFound: ['regenerate', 'swipe', 'edit', 'delete', 'newChat', 'chatId', 'generating'],
    },
  },
  hooks: {
    roleOf(message) {
      const speaker = message.querySelector('div.flex.items-center.gap-\\[5px\\] span')?.textContent?.trim().toLowerCase();
      if (speaker === 'user' || speaker === 'you') return 'user';
      return 'companion';
    },
  },
};
