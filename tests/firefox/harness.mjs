// Firefox end-to-end harness: the built Firefox MV3 extension in Debian's firefox-esr, driven by
// puppeteer-core over WebDriver BiDi (Playwright's Firefox does not run Debian's Firefox, and
// there is no geckodriver here). Plain JavaScript so it runs with bare `node`, no build step.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { tsImport } from 'tsx/esm/api';

export const EXTENSION_DIR = resolve(process.env.RA_OUT_DIR ?? '.output', 'firefox-mv3');
/** A fixed moz-extension:// host, so tests can open the extension's own pages by URL. */
export const EXTENSION_UUID = '3f0c2b9e-5d4a-4c47-9a55-7d1e1c2a9b10';

/**
 * Imports one of the project's TypeScript modules (tsx), so these tests use the same pool loader,
 * guides and URL checks as the Chromium ones instead of copies.
 */
export function importTs(path) {
  return tsImport(resolve(path), import.meta.url);
}

/**
 * Every fixture page at its true URL, by id, through the pool's own loader
 * (tests/fixtures/pool.ts: every tests/fixtures/pages/<kind>/fixtures.json, checked).
 */
export async function loadFixtures() {
  const { loadFixturePool } = await importTs('tests/fixtures/pool.ts');
  return new Map(loadFixturePool().map((fixture) => [fixture.id, fixture]));
}

export async function launchFirefox() {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // permissions.request (the popup's "Allow on usps.com") grants without a prompt nobody could
      // answer in a headless browser; it still needs the click's user gesture.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  // A temporary add-on, as a developer loads it from about:debugging.
  await browser.installExtension(EXTENSION_DIR);
  return browser;
}

/**
 * Serves fixture pages at their true URLs; everything else gets a 404, so nothing reaches the
 * network. Returns a map of pages served first (a test's own pages, a real page at a fixture's
 * URL), which a test may change between navigations.
 */
export async function serveFixtures(page, fixtures) {
  const byUrl = new Map([...fixtures.values()].map((fixture) => [fixture.url, fixture.html]));
  const pinned = new Map();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('moz-extension://')) return request.continue();
    const own = pinned.get(url.split('#')[0]);
    // A test's own resource: { body, contentType, delayMs } (a stylesheet that arrives late, say).
    if (typeof own === 'object') {
      const respond = () => request.respond({ status: 200, contentType: own.contentType, body: own.body });
      return own.delayMs ? setTimeout(respond, own.delayMs) : respond();
    }
    const html = own ?? byUrl.get(url.split('#')[0]);
    if (html !== undefined)
      return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    return request.respond({ status: 404, contentType: 'text/plain', body: 'not in the fixture pool' });
  });
  return pinned;
}

/**
 * Opens one of the extension's pages. Under BiDi, `goto` on a moz-extension:// URL never
 * resolves, so navigation is started without waiting and the page is polled until `ready` holds.
 */
export async function openExtensionPage(page, path, ready, timeoutMs = 15_000) {
  page.goto(`moz-extension://${EXTENSION_UUID}/${path}`).catch(() => {});
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await page.evaluate(ready).catch(() => undefined);
    if (value) return value;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${path} did not become ready within ${timeoutMs} ms`);
}

/** A minimal runner: runs every test, prints one line per test, returns the counts. */
export async function runTests(tests) {
  const results = { passed: 0, failed: 0, tests: [] };
  // RA_FIREFOX_GREP=<regex>: only the tests whose names match (while working on some).
  const grep = process.env.RA_FIREFOX_GREP ? new RegExp(process.env.RA_FIREFOX_GREP) : null;
  for (const [name, body] of tests) {
    if (grep && !grep.test(name)) continue;
    const started = Date.now();
    try {
      await body();
      results.passed += 1;
      results.tests.push({ name, ok: true });
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      results.failed += 1;
      results.tests.push({ name, ok: false, error: String(error?.stack ?? error) });
      console.log(`  ✘ ${name} (${Date.now() - started} ms)\n    ${String(error?.message ?? error)}`);
    }
  }
  return results;
}

/**
 * A complementary landmark inside the sidebar's shadow root: an explicit role or a plain <aside>
 * (puppeteer's ARIA selectors do not work over WebDriver BiDi in Firefox).
 */
export const SIDEBAR = 'restore-access-sidebar >>> :is([role="complementary"], aside:not([role]))';
/** The guide's heading (components/guides/GuidePanel.tsx). */
export const GUIDE_HEADING = 'restore-access-sidebar >>> #ra-situation-heading';

export async function pollFor(read, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value || Date.now() > deadline) return value;
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** An extension page (options.html) to drive the extension's APIs from, as the popup would. */
export async function openApiPage(browser) {
  const page = await browser.newPage();
  await openExtensionPage(
    page,
    'options.html',
    () => location.protocol === 'moz-extension:' && document.readyState === 'complete',
  );
  return page;
}

/**
 * What the detector in the tab's top frame says (utils/recognition/detector-channel.ts,
 * readDetectorStatus, written out here: the popup's reader runs in the extension page), or null
 * where no detector runs or the extension may not script the page.
 */
export function detectorStatus(apiPage, tabId) {
  return apiPage.evaluate(async (id) => {
    try {
      const [result] = await globalThis.browser.scripting.executeScript({
        target: { tabId: id, frameIds: [0] },
        func: (name) => {
          const channel = globalThis[Symbol.for(name)];
          return channel ? { recognition: channel.current(), sidebarShown: channel.helpRequested() } : null;
        },
        args: ['restore-access.detector-channel'],
      });
      return result?.result ?? null;
    } catch {
      return null;
    }
  }, tabId);
}

/** The id of the tab showing `url` (match pattern semantics, as tabs.query has them). */
export function tabIdOf(apiPage, url) {
  return apiPage.evaluate(async (pageUrl) => (await globalThis.browser.tabs.query({ url: pageUrl }))[0]?.id, url);
}
