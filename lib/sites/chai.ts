// Chai (web: www.chai-ai.com).
// Notes, from shared/reference/sites.md §5 (framersai/universal-ai-chat-story-exporter
// src/content/metadata.ts L820-1010, 52bfb13, 2026-04-29):
// - chat at /chat/<conversation id>, where the id is <firebase uid>__<bot uid>_<timestamp>:
//   the bot id is read from it;
// - the only DOM fact found is the avatar img[alt=<bot name>]; message selectors were NOT found.
//   The list is therefore found by ARIA (role=log/list) and role by layout, and every selector
//   below except the avatar is an assumption a drifted page will show as "degraded";
// - regenerate, edit, new chat: not found (a Reddit tip mentions rewriting the bot's message).
import type { Site } from './types';

export const chai: Site = {
  data: {
    id: 'chai',
    name: 'Chai',
    matches: ['https://www.chai-ai.com/*'],
    urls: { companion: '^/chat/[^/]*?__(.+)_\\d+$', chat: '^/chat/([^/?#]+)' },
    roleFallback: 'layout',
    selectors: {
      chatRoot: ['[role="log"]', '[role="list"]', '[aria-live="polite"]'],
      message: [':scope > [role="listitem"]', ':scope > div'],
      text: ['p'],
      composer: ['textarea', '[contenteditable="true"]'],
      companionName: ['main img[alt]:not([alt=""])'],
    },
    notes: {
      reviewed: '2026-11-23',
      sources: ['shared/reference/sites.md §5 (framersai/universal-ai-chat-story-exporter 52bfb13, 2026-04-29)'],
      notFound: ['regenerate', 'swipe', 'edit', 'delete', 'newChat', 'role', 'generating'],
    },
  },
  hooks: {
    identity(doc) {
      // The avatar's alt text is the bot's name; textContent of an img is empty.
      return { companionName: doc.querySelector('main img[alt]:not([alt=""])')?.getAttribute('alt')?.slice(0, 128) || undefined };
    },
  },
};
