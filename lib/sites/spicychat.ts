// SpicyChat (spicychat.ai).
// Notes, from shared/reference/sites.md §7 (RomanovaSpicy/Spicy_CustomUI Dictionary4.json,
// 2d8f7d6, 2025-06-23; greasyfork 555755 v1.2, ~2025-11, shows the markup shifted since):
// - chat at /chat/<bot uuid>; a conversation id in the URL: not found;
// - Tailwind: message wrapper div.py-lg; bot .py-lg > .gap-md:not(.bg-gray-4); the user's has
//   .bg-gray-4 (the grey background is the only role signal); text .break-words span.leading-6;
// - swipes: button[aria-label='previous'|'next'] with an "X/Y" counter; regenerate
//   button[aria-label='RefreshCcw-button']; add a variant 'MessageSquarePlus-button';
//   per-message menu 'MoreVertical-button' (edit/delete presumably inside: not confirmed);
// - character name: div.sticky a[href*='/chatbot/'] > p; input textarea[placeholder^='Message '].
import type { Site } from './types';

export const spicychat: Site = {
  data: {
    id: 'spicychat',
    name: 'SpicyChat',
    matches: ['https://spicychat.ai/*'],
    urls: { companion: '^/chat/([0-9a-f-]{8,64})' },
    selectors: {
      chatRoot: ['div.grow.flex.flex-col.w-full.left-0.items-center.absolute.h-full.overflow-auto', 'div:has(> div.py-lg)'],
      message: ['.py-lg > .gap-md', 'div.flex.flex-col.gap-md.w-full.py-md'],
      userMessage: ['.bg-gray-4'],
      text: ['.break-words span.leading-6', 'span.leading-6'],
      composer: ["textarea[placeholder^='Message ']"],
      regenerate: ["button[aria-label='RefreshCcw-button']", "button[aria-label='MessageSquarePlus-button']"],
      swipe: ["button[aria-label='next']"],
      companionName: ["div.sticky a[href*='/chatbot/'] > p"],
    },
    notes: {
      reviewed: '2026-11-23',
      sources: ['shared/reference/sites.md §7 (RomanovaSpicy/Spicy_CustomUI 2d8f7d6, 2025-06-23; greasyfork 555755 ~2025-11)'],
      notFound: ['edit', 'delete', 'newChat', 'chatId', 'generating'],
    },
  },
  hooks: {
    variantOf: (message) => message.querySelector("div.flex.items-center:has(button[aria-label='next']) > p")?.textContent?.trim() ?? null,
  },
};
