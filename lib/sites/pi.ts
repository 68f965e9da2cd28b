// Pi (pi.ai): one companion, many threads.
// Notes, from shared/reference/sites.md §10 (Pedal-Intelligence/saypi-userscript
// src/chatbots/Pi.ts L125-170, 3cc91b26, 2026-07-30; piRouteUtils.ts, b3d0ee4f, 2026-06-19):
// - /talk is a new conversation, /talk/<threadId> an existing one; /talk → /talk/<id> means the
//   thread just got its id, not that the user left: the watcher sees a chat-id change with the
//   messages still there, which the session does not take for a new chat;
// - history div.t-body-chat; assistant div.break-anywhere:not(.justify-end) with content
//   div.w-full; user div.flex.justify-end.break-anywhere with content div.max-w-full;
// - the history container re-renders ("re-render churn"): the chat root is swapped out often;
// - regenerate, edit: not found.
import type { Site } from './types';

export const pi: Site = {
  data: {
    id: 'pi',
    name: 'Pi',
    matches: ['https://pi.ai/*'],
    urls: { chat: '^/talk/([^/?#]+)' },
    selectors: {
      chatRoot: ['div.t-body-chat'],
      message: ['div.break-anywhere'],
      userMessage: ['.justify-end'],
      text: ['div.max-w-full', 'div.w-full'],
      composer: ['textarea', '[contenteditable="true"]'],
      newChat: ['a[href="/talk"]'],
    },
    notes: {
      reviewed: '2026-11-23',
      sources: ['shared/reference/sites.md §10 (saypi-userscript 3cc91b26, 2026-07-30; b3d0ee4f, 2026-06-19)'],
      notFound: ['regenerate', 'swipe', 'edit', 'delete', 'generating'],
    },
  },
  hooks: {
    identity: () => ({ companionId: 'pi', companionName: 'Pi' }),
  },
};
