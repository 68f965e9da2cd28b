// Talkie (www.talkie-ai.com). Reviewed 2026-11-23; every source below is undated.
// Notes, from shared/reference/sites.md §9 (index ids 52456507751, 55819951360, 1378008211,
// 35285829168; undated, assumed stale):
// - chat at /chat/<name-slug>-<npc_id>: the npc id ends the path;
// - hashed CSS modules only, matched by the part before the hash: the input
//   .ChatBox_inputContainer__<hash> textarea, send .ChatBox_sendBtn__<hash>; the user's message
//   div._user_<hash>_<n>, text div._text_<hash>_<n> (Vite-style module names);
// - no stable role signal besides _user_; no container found (ARIA first, then the parent of
//   the messages); regenerate, edit, new chat: not found.
import type { Site } from './types';

const TEXT = '[class^="_text_"], [class*=" _text_"]';
const USER = '[class^="_user_"], [class*=" _user_"]';

export const talkie: Site = {
  data: {
    id: 'talkie',
    name: 'Talkie',
    matches: ['https://www.talkie-ai.com/*'],
    urls: { companion: '^/chat/[^/?#]*-(\\d+)' },
    selectors: {
      chatRoot: ['[role="log"]', `div:has(> div :is(${TEXT}))`],
      message: [`:scope > div:has(:is(${TEXT}))`],
      userMessage: [`:is(${USER})`, `:has(> :is(${USER}))`],
      text: [TEXT],
      composer: ['[class*="ChatBox_inputContainer__"] textarea'],
      send: ['[class*="ChatBox_sendBtn__"]'],
    },
    notes: {
      reviewed: '2026-11-23',
      sources: ['shared/reference/sites.md §9 (index ids 1378008211, 35285829168; undated)'],
      notFound: ['regenerate', 'swipe', 'edit', 'delete', 'newChat', 'chatId', 'generating'],
    },
  },
};
