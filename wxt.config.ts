import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  // The design card's layout: entrypoints/, components/, lib/, public/ at the project root.
  // STANDING_NO_OUT lets parallel work build into its own folder (the e2e tests read the same variable).
  outDir: process.env.STANDING_NO_OUT ?? '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No permissions: IndexedDB needs none, the badge needs none, and host access comes
    // from the content script's matches (generated from lib/sites/registry.ts).
    permissions: [],
    action: { default_title: 'Standing No' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'standing-no@standing-no.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false }, devToolsEnabled: false, prefreshEnabled: false })],
  }),
});
