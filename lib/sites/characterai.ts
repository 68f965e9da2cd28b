// Character.AI (character.ai, the Next.js site; old/beta.character.ai redirects since 2024-09).
// Notes, from shared/reference/sites.md §1 and §19:
// - URL /chat/<characterId>, with ?hist=<chatId> for a chosen chat; without it the site opens
//   the most recent chat, whose id only its API knows ("main" here; CAI-Tools content.js L1876,
//   ef2312e, 2024-02-26; framersai/universal-ai-chat-story-exporter index.ts L68-75, 52bfb13, 2026-04-29);
// - #chat-messages holds message groups NEWEST FIRST; a finished message is
//   [data-testid="completed-message"] with its text in .prose; swipes are a Swiper carousel
//   (.swiper-slide-active); .bg-secondary marks the character, .flex-row-reverse the user;
//   name in .text-sm (framersai index.ts L200-255, 52bfb13, 2026-04-29; one source, medium);
// - swipe, edit, delete and new-chat controls of the new site: not found in any DOM source.
//   .swiper-button-next is the old site's (mumawQAQ/14828 892.js, 2023-04-12), kept as a fallback;
// - the WebSocket commands (generate_turn_candidate, update_primary_candidate, edit_turn_candidate,
//   create_chat) and POST turns/<chat>/remove say what the DOM does not (lib/sites/net.ts).
import type { Site } from './types';

export const characterai: Site = {
  data: {
    id: 'characterai',
    name: 'Character.AI',
    matches: ['https://character.ai/*'],
    urls: { companion: '^/chat/([A-Za-z0-9_-]+)', chat: '[?&]hist=([A-Za-z0-9_-]+)' },
    order: 'newest-first',
    network: 'characterai',
    selectors: {
      chatRoot: ['#chat-messages'],
      message: [':scope > div'],
      userMessage: [':has(.flex-row-reverse)'],
      companionMessage: [':has(.bg-secondary)'],
      text: ['.swiper-slide-active [data-testid="completed-message"] .prose', '[data-testid="completed-message"] .prose', '.swiper-slide-active .prose', '.prose'],
      composer: ['textarea#user-input', 'form textarea', 'textarea'],
      swipe: ['#chat-messages > :first-child .swiper-button-next'],
      companionName: ['#chat-messages > div:has(.bg-secondary) .text-sm'],
      // The newest reply has no completed-message while it is written.
      generating: ['#chat-messages > :first-child .swiper-slide-active > :not([data-testid="completed-message"])', '#chat-messages > :first-child:not(:has([data-testid="completed-message"]))'],
    },
    notes: {
      reviewed: '2026-11-23',
      sources: ['shared/reference/sites.md §1 (framersai/universal-ai-chat-story-exporter 52bfb13, 2026-04-29; Xtr4F/PyCharacterAI a4dc0f4, 2025-06-21)'],
      notFound: ['regenerate', 'edit', 'delete', 'newChat'],
    },
  },
  hooks: {
    variantOf(message) {
      const slides = Array.from(message.querySelectorAll('.swiper-slide'));
      return slides.length ? String(slides.findIndex((s) => s.classList.contains('swiper-slide-active'))) : null;
    },
  },
};
