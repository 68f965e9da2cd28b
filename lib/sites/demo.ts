// The built-in demo companion (entrypoints/demo): an extension page whose markup is ours, so
// its facts are exact. It runs through the same adapter, watcher and overlay as any site.
import type { Site } from './types';

export const demo: Site = {
  data: {
    id: 'demo',
    name: 'Demo companion',
    // Never injected: the demo page starts the session itself. The pattern only satisfies the schema.
    matches: ['*://standing-no.invalid/*'],
    selectors: {
      chatRoot: ['[data-demo-chat]'],
      message: ['[data-demo-message]'],
      userMessage: ['[data-role="user"]'],
      text: ['[data-demo-text]'],
      composer: ['#demo-composer'],
      send: ['#demo-send'],
      regenerate: ['[data-demo-action="regenerate"]'],
      swipe: ['[data-demo-action="swipe"]'],
      edit: ['[data-demo-action="edit"]'],
      delete: ['[data-demo-action="delete"]'],
      newChat: ['[data-demo-action="new-chat"]'],
      companionName: ['[data-demo-companion-name]'],
      generating: ['[data-demo-message][data-streaming="true"]'],
    },
    notes: { reviewed: '2026-11-23', sources: ['entrypoints/demo (this repository)'] },
  },
  hooks: {
    variantOf: (message) => message.getAttribute('data-variant'),
    identity(doc) {
      const root = doc.querySelector('[data-demo-chat]');
      return {
        companionId: root?.getAttribute('data-companion-id') ?? undefined,
        chatId: root?.getAttribute('data-chat-id') ?? undefined,
      };
    },
  },
};
