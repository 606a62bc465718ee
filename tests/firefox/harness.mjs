// Firefox end-to-end harness: the built Firefox MV3 extension in Debian's firefox-esr, driven by
// puppeteer-core over WebDriver BiDi (Playwright's Firefox does not run Debian's Firefox, and
// there is no geckodriver here). Plain JavaScript so it runs with bare `node`, no build step.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const EXTENSION_DIR = resolve(process.env.RA_OUT_DIR ?? '.output', 'firefox-mv3');
const PAGES_DIR = resolve('tests/fixtures/pages');

/** A fixed moz-extension:// host, so tests can open the extension's own pages by URL. */
export const EXTENSION_UUID = '3f0c2b9e-5d4a-4c47-9a55-7d1e1c2a9b10';

/** Every fixture page at its true URL (read from the pool's fixtures.json files). */
export function loadFixtures() {
  const byId = new Map();
  for (const folder of readdirSync(PAGES_DIR).sort()) {
    const entries = JSON.parse(readFileSync(join(PAGES_DIR, folder, 'fixtures.json'), 'utf8'));
    for (const entry of entries) {
      const html = readFileSync(join(PAGES_DIR, folder, entry.file), 'utf8');
      byId.set(`${folder}/${entry.file}`, { ...entry, html });
    }
  }
  return byId;
}

export async function launchFirefox() {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }) },
  });
  // A temporary add-on, as a developer loads it from about:debugging.
  await browser.installExtension(EXTENSION_DIR);
  return browser;
}

/** Serves fixture pages at their true URLs; everything else gets a 404, so nothing reaches the network. */
export async function serveFixtures(page, fixtures) {
  const byUrl = new Map([...fixtures.values()].map((fixture) => [fixture.url, fixture.html]));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('moz-extension://')) return request.continue();
    const html = byUrl.get(url.split('#')[0]);
    if (html !== undefined)
      return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    return request.respond({ status: 404, contentType: 'text/plain', body: 'not in the fixture pool' });
  });
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
  for (const [name, body] of tests) {
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
