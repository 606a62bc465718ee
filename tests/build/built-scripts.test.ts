import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMPILE_HINT, EAGER_SCRIPTS } from '../../scripts/build/compile-hints';

// What the build writes after bundling (scripts/build/built-chunks.ts), read from what the test command
// built, like the size budget (tests/build/size-budget.test.ts).
const OUTPUT_DIR = resolve(process.env.RA_OUT_DIR ?? '.output');

function script(target: string, file: string): string {
  const path = resolve(OUTPUT_DIR, target, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: build first (npm run build)`);
  return readFileSync(path, 'utf8');
}

describe("V8's compile hint on the scripts injected into USPS pages (scripts/build/compile-hints.ts)", () => {
  test.each(['chrome-mv3', 'firefox-mv3'])(
    '%s: the sidebar bundle, the detector and the error watch start with it',
    (target) => {
      expect(EAGER_SCRIPTS).toEqual(['sidebar.js', 'detector.js', 'error-watch.js']);
      for (const file of EAGER_SCRIPTS) {
        expect(script(target, file).split('\n', 1)[0], file).toBe(COMPILE_HINT);
      }
    },
  );

  test('the background, which runs in the extension, goes without', () => {
    expect(script('chrome-mv3', 'background.js')).not.toContain(COMPILE_HINT);
  });
});

describe('the scripts injected into USPS pages are ASCII only (scripts/build/ascii-only.ts)', () => {
  test.each(['chrome-mv3', 'firefox-mv3'])('%s: every character is ASCII, the Spanish guides escaped', (target) => {
    for (const file of EAGER_SCRIPTS) {
      const code = script(target, file);
      expect(code.match(/[^\0-\x7f]/g) ?? [], file).toEqual([]);
    }
    // The Spanish words are there, written as escapes.
    expect(script(target, 'sidebar.js')).toContain('contrase\\u00f1a');
  });
});

const TARGETS = ['chrome-mv3', 'firefox-mv3'] as const;

/** Every .js file the build ships for `target`, relative to its folder. */
function shippedScripts(target: string): string[] {
  const dir = resolve(OUTPUT_DIR, target);
  if (!existsSync(dir)) throw new Error(`${dir} is missing: build first (npm run build)`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** The files utils/delivery/script-injection.ts hands to `scripting.executeScript({ files })`. */
const INJECTION_SOURCE = readFileSync(resolve('utils/delivery/script-injection.ts'), 'utf8');
const SOURCE_INJECTED_FILES = [...INJECTION_SOURCE.matchAll(/'\/([\w-]+\.js)'/g)].map((match) => match[1] as string);

/**
 * Every script that runs in a USPS page's isolated world, as built: the manifest's content
 * scripts, and the files the background and the popup inject, found as '/name.js' literals in
 * their built code, with any chunk those import. The page shares the DOM and `window` with them.
 */
function pageScripts(target: string): string[] {
  const manifest = JSON.parse(script(target, 'manifest.json')) as { content_scripts?: Array<{ js?: string[] }> };
  const declared = (manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []);
  const shipped = shippedScripts(target);
  const injected = shipped
    .filter((file) => !declared.includes(file))
    .flatMap((file) =>
      [...script(target, file).matchAll(/["'`]\/([\w-]+\.js)["'`]/g)].map((match) => match[1] as string),
    )
    .filter((file) => shipped.includes(file));
  // The build injects what the source says it injects: the literals were found, not missed.
  expect(injected).toEqual(expect.arrayContaining(SOURCE_INJECTED_FILES));
  const files = new Set([...declared, ...injected]);
  for (const file of files) {
    // A Set iterates over what is added while it does: chunks of chunks too.
    for (const match of script(target, file).matchAll(/["'`](?:\.?\/)?(chunks\/[\w.-]+\.js)["'`]/g)) {
      files.add(match[1] as string);
    }
  }
  return [...files].sort();
}

/**
 * What must not run next to a USPS page. `window.postMessage` reaches the page's own listeners,
 * which can read it and post the same: WXT's ContentScriptContext posts
 * `<extension id>:<script>:wxt:content-script-started` that way (wxt-dev/wxt#1752), telling the
 * page the extension's id and letting it forge the event. The other strings are
 * ContentScriptContext's own (wxt/dist/utils/content-script-context.mjs) and its location
 * watcher's (wxt/dist/utils/internal/custom-events.mjs): unlisted scripts registered in
 * wxt.config.ts leave it out.
 */
const PAGE_VISIBLE = [
  'postMessage',
  'wxt:content-script-started',
  'wxt:locationchange',
  'noScriptStartedPostMessage',
  'Content script context invalidated',
];

/** webextension-polyfill's own strings (webextension-polyfill/dist/browser-polyfill.js). */
const WEBEXTENSION_POLYFILL = [
  'webextension-polyfill',
  'The message port closed before a response was received',
  'This script should only be loaded in a browser extension',
];

describe('the scripts that run in USPS pages talk to no one but the extension', () => {
  test.each(TARGETS)('%s: the content scripts and the injected bundles are all checked', (target) => {
    expect([...SOURCE_INJECTED_FILES].sort()).toEqual([
      'detector.js',
      'page-report-builder.js',
      'password-check.js',
      'sidebar.js',
    ]);
    expect(pageScripts(target)).toEqual(
      expect.arrayContaining([
        'detector.js',
        'error-watch.js',
        'page-report-builder.js',
        'password-check.js',
        'sidebar.js',
      ]),
    );
  });

  test.each(TARGETS)("%s: none posts to the page's window or carries WXT's content-script context", (target) => {
    for (const file of pageScripts(target)) {
      const code = script(target, file);
      for (const marker of PAGE_VISIBLE) expect(code, `${file} contains ${marker}`).not.toContain(marker);
    }
  });

  test('neither do the functions utils/delivery/script-injection.ts injects (func:)', async () => {
    const { deliverSidebarPreload } = await import('../../utils/delivery/sidebar-preload');
    const { readDetectorStatus } = await import('../../utils/recognition/detector-channel');
    const { buildReportInPage } = await import('../../utils/page-report/in-page');
    const injected: Record<string, (...args: never[]) => unknown> = {
      deliverSidebarPreload,
      readDetectorStatus,
      buildReportInPage,
    };
    // A new injected function (or one written inline) fails here until it is listed, and so checked.
    const names = [...INJECTION_SOURCE.matchAll(/\bfunc:\s*([^\s,}]+)/g)].map((match) => match[1] as string);
    expect(names.sort()).toEqual(Object.keys(injected).sort());
    for (const [name, func] of Object.entries(injected)) {
      for (const marker of PAGE_VISIBLE) expect(String(func), `${name} contains ${marker}`).not.toContain(marker);
    }
  });
});

describe('webextension-polyfill only where its promise-based API is used (utils/core/native-browser.ts)', () => {
  test.each(TARGETS)('%s: no script that runs in USPS pages carries it', (target) => {
    for (const file of pageScripts(target)) {
      const code = script(target, file);
      for (const marker of WEBEXTENSION_POLYFILL) expect(code, `${file} contains ${marker}`).not.toContain(marker);
    }
  });

  test.each(TARGETS)('%s: the background and the popup do', (target) => {
    const popupEntry = /<script type="module"[^>]* src="\/(chunks\/[\w.-]+\.js)"/.exec(
      script(target, 'popup.html'),
    )?.[1];
    expect(script(target, 'background.js'), 'background.js').toContain('webextension-polyfill');
    // The popup's entry, or a chunk it imports: the bundler decides which chunk the polyfill,
    // shared with the options page, lands in.
    const entry = popupEntry ?? 'popup entry';
    const imported = [...script(target, entry).matchAll(/from\s*["']\.\/([\w.-]+\.js)["']/g)].map(
      (match) => `chunks/${match[1]}`,
    );
    expect(
      [entry, ...imported].some((file) => script(target, file).includes('webextension-polyfill')),
      entry,
    ).toBe(true);
  });
});

describe('the build makes no network requests', () => {
  // Vite's module-preload polyfill: it fetch()es every <link rel="modulepreload"> target where a
  // browser cannot preload modules itself. Chrome MV3 and Firefox 140+ can (wxt.config.ts).
  test.each(TARGETS)("%s: no script carries Vite's module-preload polyfill", (target) => {
    for (const file of shippedScripts(target)) {
      expect(script(target, file), file).not.toContain('link[rel="modulepreload"]');
    }
  });

  test.each(TARGETS)('%s: no script names fetch, XMLHttpRequest, sendBeacon, WebSocket or EventSource', (target) => {
    for (const file of shippedScripts(target)) {
      const code = script(target, file);
      expect(code.match(/\b(?:fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource)\b/g) ?? [], file).toEqual([]);
    }
  });
});

/**
 * The one place a password field is read: the live check's field finder and reader
 * (utils/password-check/fields.ts, start.ts) go into password-check.js and no other script, and
 * that script is never declared by the manifest: only the background injects it, on request
 * (utils/delivery/script-injection.ts). What this cannot see (another module reading some
 * password field's `.value` its own way) is what the e2e privacy tests trap in the browser.
 */
describe('only the live password check reads a password field', () => {
  const READERS = ['utils/password-check/start', 'utils/password-check/fields'];
  const SOURCE_DIRS = ['entrypoints', 'utils', 'components'];

  test('its reader is imported by entrypoints/password-check.ts alone', () => {
    const importers: string[] = [];
    for (const dir of SOURCE_DIRS) {
      for (const file of readdirSync(resolve(dir), { recursive: true, encoding: 'utf8' })) {
        if (!/\.tsx?$/.test(file)) continue;
        const path = `${dir}/${file.split(sep).join('/')}`;
        const source = readFileSync(resolve(path), 'utf8');
        const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1] as string);
        // '@/utils/x' and './x' alike, as a path from the repository's root.
        const fromRoot = (spec: string) =>
          spec.startsWith('.')
            ? relative(resolve('.'), resolve(dir, file, '..', spec))
                .split(sep)
                .join('/')
            : spec;
        const resolved = imports.map((spec) => (spec.startsWith('@/') ? spec.slice(2) : fromRoot(spec)));
        if (resolved.some((spec) => READERS.includes(spec.replace(/\.tsx?$/, '')))) importers.push(path);
      }
    }
    expect(importers.sort()).toEqual(['entrypoints/password-check.ts', 'utils/password-check/start.ts']);
  });

  test.each(TARGETS)(
    '%s: its field finder is in password-check.js only, which the manifest never declares',
    (target) => {
      // `current-password` is the finder's own refusal; no other script names it.
      const holders = pageScripts(target).filter((file) => script(target, file).includes('current-password'));
      expect(holders).toEqual(['password-check.js']);
      const manifest = JSON.parse(script(target, 'manifest.json')) as { content_scripts?: Array<{ js?: string[] }> };
      expect((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? [])).not.toContain('password-check.js');
    },
  );
});
