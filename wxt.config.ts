import { defineConfig } from 'wxt';
import { asciiOnly } from './scripts/build/ascii-only';
import { compileHints } from './scripts/build/compile-hints';
import { ACCOUNT_HOSTS } from './utils/core/account-hosts';
import { USPS_HOST_PERMISSION } from './utils/core/usps-hosts';
import { ERROR_PAGE_MATCHES, HELP_PAGE_MATCHES } from './utils/delivery/help-pages';
import { cheapFilter } from './utils/error-watch/filter';
import { ERROR_RULES } from './utils/recognition/error-rules';

const ACCOUNT_HOST_MATCHES = ACCOUNT_HOSTS.map((host) => `https://${host}/*`);
// Where the manifest runs the full detector: the account hosts, and USPS's error pages at their
// fixed addresses, which need help on every visit (utils/delivery/help-pages.ts).
const DETECTOR_MATCHES = [...ACCOUNT_HOST_MATCHES, ...ERROR_PAGE_MATCHES];
const ERROR_WATCH_FILTER = cheapFilter(ERROR_RULES);

// Everything the browser is told about the extension lives here. Permissions are deliberately
// minimal; the README explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  // Separate output folders let parallel builds (tests, demo, benchmark) not trip over each other.
  outDir: process.env.RA_OUT_DIR ?? '.output',
  // The sources zip AMO reviewers rebuild from: WXT already leaves out node_modules, dot folders
  // (.tools, .output*) and test files; also leave out the test fixtures and harnesses (tests/**),
  // local run output, and the docs with their screenshots (npm run release checks the listing).
  zip: {
    excludeSources: [
      'tests/**',
      'demo-screenshots/**',
      'bench-results/**',
      'test-results/**',
      'playwright-report/**',
      'docs/**',
    ],
  },
  // The error watch's pre-check, derived from the error rules when building, so the watch ships
  // a few patterns instead of the rules (entrypoints/error-watch.ts).
  // RA_NO_MINIFY=1 keeps names readable in CPU profiles (for profiling only; sizes are budgeted minified).
  vite: () => ({
    define: {
      __ERROR_WATCH_FILTER__: JSON.stringify(ERROR_WATCH_FILTER),
      __ERROR_WATCH_URL_SIGNALS__: JSON.stringify(ERROR_WATCH_FILTER.url.length > 0),
    },
    // One-byte script sources in the page's memory (scripts/build/ascii-only.ts); the scripts injected
    // into USPS pages compiled in one pass (scripts/build/compile-hints.ts).
    plugins: [asciiOnly(), compileHints()],
    build: {
      // Every browser the extension supports (Chrome MV3, Firefox 153+) preloads modules natively,
      // so Vite's module-preload polyfill (a fetch() of each <link rel="modulepreload"> target,
      // for browsers without) would never run: left out (tests/build/built-scripts.test.ts).
      modulePreload: { polyfill: false },
      ...(process.env.RA_NO_MINIFY ? { minify: false } : {}),
    },
  }),
  hooks: {
    // The detector and the error watch are unlisted scripts (no WXT content-script runtime, no
    // polyfill: see entrypoints/detector.ts), so they are registered as content scripts here. The
    // full detector runs on the account hosts and on USPS's error pages at their fixed addresses;
    // every other USPS page can only be an error page (or where a journey ends), so it gets the
    // tiny error watch, which loads the detector through the background only when the page may
    // need help (utils/error-watch/error-watch.ts).
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        // Pages that nearly always need help also get the sidebar bundle, at
        // document_start: it is evaluated and has read the settings before the detector
        // recognises the page at document_end, so help renders in a task right after the
        // detector's, with no round trip through the background (utils/delivery/help-pages.ts). Same
        // isolated world.
        { matches: [...HELP_PAGE_MATCHES], js: ['sidebar.js'], run_at: 'document_start', all_frames: false },
        { matches: DETECTOR_MATCHES, js: ['detector.js'], run_at: 'document_end', all_frames: false },
        {
          matches: [USPS_HOST_PERMISSION],
          exclude_matches: DETECTOR_MATCHES,
          js: ['error-watch.js'],
          run_at: 'document_end',
          all_frames: false,
        },
      ];
    },
  },
  manifest: ({ browser }) => ({
    // In the browser's language where there is one (public/_locales/<lang>/messages.json), so the
    // stores and the browser's extension pages show them in Spanish too; English otherwise.
    default_locale: 'en',
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    // storage: settings (local) and the per-tab journey (session, memory only).
    // scripting: inject the sidebar bundle only into pages that need help.
    // activeTab: the popup reads the address of the tab it was opened on, only then, to say
    // whether it is really USPS (utils/lookalike/); no install warning, no other tab.
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: [USPS_HOST_PERMISSION],
    commands: {
      'open-account-help': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandOpenAccountHelp__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'restore-access-usps@unofficial.invalid',
              // The Firefox the tests run (Debian's firefox-esr 153): no older version is claimed
              // untested (scripts/release/policy.ts checks it).
              strict_min_version: '153.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android understands data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
