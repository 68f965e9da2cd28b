// Agnai (agnai.chat; open source, also self-hosted).
// Notes, from shared/reference/agnai-dom.md (Agnai 1.0.27, observed on a local install) and
// sites.md §14 (agnaistic/agnai web/pages/Chat/components/Message.tsx a81d190f, 2024-10-07):
// - rows are #chat-messages > [data-sender="bot"|"user"], oldest first; the chat id is only in
//   /chat/<uuid>; the character id only in the sidebar link /character/<id>/chats;
// - while a reply streams, its row is #outer-partial-response and is removed and re-added for
//   every chunk; it carries .dot-flashing and p.streaming-markdown until it is done;
// - regenerate (.refresh-btn) streams into the same row, then shows .swipe with "1 / 2";
//   swiping only browses stored retries (no generation); edit swaps the text for
//   div.msg-edit-text-box[contenteditable] until saved.
import type { Site } from './types';

export const agnai: Site = {
  data: {
    id: 'agnai',
    name: 'Agnai',
    matches: ['https://agnai.chat/*'],
    urls: { chat: '^/chat/([0-9a-f-]{8,64})' },
    selectors: {
      chatRoot: ['#chat-messages', 'section[data-messages]'],
      message: [':scope > [data-sender]', '[data-sender]'],
      userMessage: ['[data-sender="user"]'],
      companionMessage: ['[data-sender="bot"]'],
      skipMessage: ['.bg-chat-ooc'],
      text: ['p.rendered-markdown[data-bot-message="true"]', 'p.rendered-markdown[data-user-message="true"]', '.rendered-markdown'],
      editor: ['.msg-edit-text-box'],
      composer: ['textarea#chatInput', 'textarea[name="chatInput"]'],
      send: ['button:has(svg.lucide-send)'],
      regenerate: ['.refresh-btn'],
      edit: ['.edit-btn'],
      delete: ['.delete-btn'],
      newChat: ['a[href^="/chats/create"]'],
      companionName: ['b.chat-name[data-bot-name]'],
      generating: ['#outer-partial-response', '#chat-messages .dot-flashing', '#chat-messages p.streaming-markdown'],
    },
    notes: { reviewed: '2026-11-23', sources: ['shared/reference/agnai-dom.md (Agnai 1.0.27)', 'shared/reference/sites.md §14 (agnaistic/agnai a81d190f, 2024-10-07)'] },
  },
  hooks: {
    // The counter reads "1 / 2"; newest retry first. It appears only after a regenerate.
    variantOf: (message) => message.querySelector('.swipe .swipe__content > div')?.textContent?.trim() ?? null,
    identity(doc) {
      const link = doc.querySelector('a[href^="/character/"][href$="/chats"]')?.getAttribute('href') ?? '';
      const title = /^Chat with (.+) - Agnaistic$/.exec(doc.title)?.[1];
      return { companionId: /^\/character\/([^/]+)\/chats$/.exec(link)?.[1], companionName: title };
    },
  },
};
