// Chub (chub.ai; formerly venus.chub.ai). Reviewed 2026-11-23; the script below is undated.
// Notes, from shared/reference/sites.md §13 (greasyfork 551663 v7.0, archive 494afb66; an older
// script for venus.chub.ai, index id 47264588075):
// - chat at /chats/<chatId>; characters at /characters/<creator>/<slug> (linked from the chat,
//   which gives the companion id);
// - Ant Design: icons carry aria-label with the antd icon name: edit is
//   button:has(span[aria-label="edit"]), confirm button:has(span[aria-label="check"]); the edit
//   box is textarea.ant-input-borderless; the input textarea[placeholder*="Send a message"];
// - message containers, role and swipe: NOT found. A message is taken to be a row of the list
//   that holds an edit button (a list is two such rows side by side); role by layout.
//   Regenerate, delete, new chat: not found.
import type { Site } from './types';

export const chub: Site = {
  data: {
    id: 'chub',
    name: 'Chub',
    matches: ['https://chub.ai/*', 'https://venus.chub.ai/*'],
    urls: { chat: '^/chats/([^/?#]+)' },
    roleFallback: 'layout',
    selectors: {
      // The list: two sibling rows with an edit button each; before there are two, the page's main.
      chatRoot: ['[role="log"]', 'div:has(> div:has(span[aria-label="edit"]) ~ div:has(span[aria-label="edit"]))', 'main'],
      // The block whose own button is the edit button: the same element under either root.
      message: ['div:has(> button span[aria-label="edit"])'],
      text: ['p'],
      editor: ['textarea.ant-input-borderless'],
      composer: ['textarea[placeholder*="Send a message"]'],
      edit: ['button:has(span[aria-label="edit"])'],
    },
    notes: {
      reviewed: '2026-11-23',
      sources: ['shared/reference/sites.md §13 (greasyfork 551663 v7.0)'],
      notFound: ['regenerate', 'swipe', 'delete', 'newChat', 'role', 'generating'],
    },
  },
  hooks: {
    identity(doc) {
      const link = doc.querySelector('a[href^="/characters/"]');
      const id = /^\/characters\/([^/?#]+\/[^/?#]+)/.exec(link?.getAttribute('href') ?? '')?.[1];
      return { companionId: id, companionName: link?.textContent?.trim() || undefined };
    },
  },
};
