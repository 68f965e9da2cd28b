// Janitor AI (janitorai.com).
// Notes, from shared/reference/sites.md §6:
// - chat at /chats/<numeric id>; the character id is not in that URL but in the chat API's
//   payload (GET /hampter/chats/:id), which the main-world observer reads (lib/sites/net.ts;
//   framersai/universal-ai-chat-story-exporter janitor-monitor.js, 3673dc4, 2026-04-25);
//   a link to /characters/<id> on the page is the fallback (character pages, index ids 66472925516);
// - VIRTUALISED list: div:has(> div[data-index]); messages scrolled away unmount; the reply with
//   swipes has button[aria-label="Right"] (greasyfork 532300, ~2025-04) or "Next" (greasyfork
//   551458 v10.8, ~2025-10): both are kept; alternatives are li elements inside it;
// - edit: button[title="Edit Message"] / [aria-label="Edit"], editor textarea[class*="_autoResizeTextarea"];
// - CSS-module class names are hashed (_messageControls_<hash>): only prefixes are used;
// - no role attribute was found (the API's is_bot has it): role comes from the layout.
import type { Site } from './types';

export const janitor: Site = {
  data: {
    id: 'janitor',
    name: 'Janitor AI',
    matches: ['https://janitorai.com/*'],
    urls: { chat: '^/chats/(\\d+)' },
    virtualised: { keyAttribute: 'data-index' },
    network: 'janitor',
    roleFallback: 'layout',
    selectors: {
      chatRoot: ['div:has(> div[data-index])'],
      message: [':scope > div[data-index]'],
      text: ['li:not([hidden]):not([aria-hidden="true"])', 'p'],
      editor: ['textarea[class*="_autoResizeTextarea"]'],
      composer: ['textarea:not([class*="_autoResizeTextarea"])'],
      swipe: ['button[aria-label="Right"]', 'button[aria-label="Next"]'],
      edit: ['button[title="Edit Message"]', 'button[aria-label="Edit"]'],
    },
    notes: {
      reviewed: '2026-11-23',
      sources: ['shared/reference/sites.md §6 (greasyfork 532300 ~2025-04, 551458 ~2025-10; framersai janitor-monitor.js 3673dc4, 2026-04-25)'],
      notFound: ['regenerate', 'delete', 'newChat', 'role', 'companionId', 'generating'],
    },
  },
  hooks: {
    variantOf(message) {
      const alts = Array.from(message.querySelectorAll('li'));
      return alts.length > 1 ? String(alts.findIndex((li) => !li.hidden && li.getAttribute('aria-hidden') !== 'true')) : null;
    },
    identity(doc) {
      const link = doc.querySelector('a[href^="/characters/"]');
      const id = /^\/characters\/([0-9a-f-]{8,64})/.exec(link?.getAttribute('href') ?? '')?.[1];
      return { companionId: id, companionName: link?.textContent?.trim() || undefined };
    },
  },
};
