import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { portless } from './lib/sites/registry';

/** Origins a user may teach (each granted one at a time, when taught). */
const TEACHABLE = ['http://*/*', 'https://*/*'];

export default defineConfig({
  // The design card's layout: entrypoints/, components/, lib/, public/ at the project root.
  // STANDING_NO_OUT lets parallel work build into its own folder (the e2e tests read the same variable).
  outDir: process.env.STANDING_NO_OUT ?? '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // IndexedDB and the badge need no permission; host access to the supported sites comes from
    // the content script's matches (generated from lib/sites/registry.ts). Teaching a site
    // (lib/teach) needs: activeTab, to read the current tab's address and run the picker there
    // when the user opens the popup; scripting, to register the content script for a taught
    // origin; and that origin's permission, asked for at the moment of teaching (optional).
    permissions: ['activeTab', 'scripting'],
    // MV2 (Firefox) lists optional origins among optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: TEACHABLE } : { optional_host_permissions: TEACHABLE }),
    action: { default_title: 'Standing No' },
    ...(browser === 'firefox'
      ? {
          // The built-in data consent ("none") needs Firefox 140 on desktop, the current ESR,
          // and 142 on Android.
          browser_specific_settings: {
            gecko: {
              id: 'standing-no@standing-no.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Firefox ignores a content-script pattern that names a port (SillyTavern's 127.0.0.1:8000):
    // there the pattern covers the host on every port, and the registry still picks the adapter
    // by the page's full address.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...new Set((script.matches ?? []).map(portless))];
    },
  },
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false }, devToolsEnabled: false, prefreshEnabled: false })],
  }),
});
