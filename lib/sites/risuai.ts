// RisuAI (hosted risuai.xyz; also self-hosted, which is taught as a known front end).
// Notes, from shared/reference/sites.md §15 (kwaroran/RisuAI src/lib/ChatScreens/Chat.svelte,
// ec82bc1e, 2025-12-29; an older Chat.svelte, 03e45042, for the name span):
// - no routing at all: character and chat are in-memory state; the URL never changes;
// - message root .risu-chat[data-chat-index][data-chat-id] inside .chat-message-container;
//   text .chattext.prose; buttons .button-icon-reroll / -unreroll / -edit / -remove;
//   the edit box .message-edit-area;
// - role is NOT an attribute (a component prop): reroll buttons appear only on the character's
//   messages, and the mobile theme puts the user's on the right (justify-end); otherwise a
//   message whose speaker name (span.chat.text-xl) is the character's is the character's;
// - a reroll replaces the last message (a new data-chat-id in Svelte's keyed list; assumed).
import type { Site } from './types';

const NAME = 'span.chat.text-xl';

export const risuai: Site = {
  data: {
    id: 'risuai',
    name: 'RisuAI',
    matches: ['https://risuai.xyz/*'],
    selectors: {
      chatRoot: ['div:has(> .chat-message-container)', 'div:has(> .risu-chat)'],
      message: ['.risu-chat[data-chat-id]', '.risu-chat'],
      text: ['.chattext.prose', '.chattext'],
      editor: ['.message-edit-area'],
      composer: ['textarea.text-input-area', 'textarea'],
      regenerate: ['.button-icon-reroll'],
      edit: ['.button-icon-edit'],
      delete: ['.button-icon-remove'],
      companionName: [`.risu-chat:has(.button-icon-reroll) ${NAME}`],
    },
    notes: {
      reviewed: '2026-11-23',
      sources: ['shared/reference/sites.md §15 (kwaroran/RisuAI ec82bc1e, 2025-12-29)', 'kwaroran/RisuAI Chat.svelte 03e45042 (name span)'],
      notFound: ['newChat', 'chatId', 'role', 'generating'],
    },
  },
  hooks: {
    roleOf(message) {
      if (message.querySelector('.button-icon-reroll, .button-icon-unreroll')) return 'companion';
      if (message.querySelector('.justify-end .chattext')) return 'user';
      const root = message.parentElement?.parentElement;
      const character = root?.querySelector(`.risu-chat:has(.button-icon-reroll) ${NAME}`)?.textContent?.trim();
      const speaker = message.querySelector(NAME)?.textContent?.trim();
      return !character || speaker === character ? 'companion' : 'user';
    },
  },
};
