import { defineConfig } from 'wxt';

// Everything the browser is told about the extension lives here. Permissions are deliberately
// minimal; the README explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  // Separate output folders let parallel builds (tests, demo, benchmark) not trip over each other.
  outDir: process.env.RA_OUT_DIR ?? '.output',
  // The sources zip AMO reviewers rebuild from: WXT already leaves out node_modules, dot folders
  // (.tools, .output*) and tests; also leave out local run output and the README's screenshots.
  zip: {
    excludeSources: ['demo-screenshots/**', 'bench-results/**', 'test-results/**', 'playwright-report/**', 'docs/**'],
  },
  hooks: {
    // The detector is an unlisted script (no WXT content-script runtime, no polyfill: see
    // entrypoints/detector.ts), so it is registered as a content script here.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        { matches: ['https://*.usps.com/*'], js: ['detector.js'], run_at: 'document_end', all_frames: false },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Restore Access for USPS.com',
    short_name: 'Restore Access',
    description:
      'Unofficial step-by-step help for getting back into a USPS.com account. Not affiliated with or endorsed by the United States Postal Service.',
    // storage: settings (local) and the per-tab journey (session, memory only).
    // scripting: inject the sidebar bundle only into pages that need help.
    permissions: ['storage', 'scripting'],
    host_permissions: ['https://*.usps.com/*'],
    commands: {
      'open-account-help': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Open the Account help sidebar and move focus into it',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'restore-access-usps@unofficial.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
