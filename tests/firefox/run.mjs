// Firefox end-to-end tests, run by scripts/test.sh (`node tests/firefox/run.mjs`). Writes the
// results to $FIREFOX_REPORT (default test-results/firefox.json) for the test command's summary.
// One browser for every test; the fixture pool shares one tab (tests/firefox/pool.mjs).
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  launchFirefox,
  loadFixtures,
  openApiPage,
  openExtensionPage,
  pollFor,
  runTests,
  SIDEBAR,
  serveFixtures,
  tabIdOf,
} from './harness.mjs';
import { hostAccessTests } from './host-access.mjs';
import { journeyTests } from './journey.mjs';
import { lookalikeTests } from './lookalike.mjs';
import { pageReportTests } from './page-report.mjs';
import { passwordCheckTests } from './password-check.mjs';
import { poolTests } from './pool.mjs';
import { spaTimingTests } from './spa-timing.mjs';

const fixtures = await loadFixtures();
const fixture = (id) => {
  const found = fixtures.get(id);
  if (!found) throw new Error(`No fixture ${id}`);
  return found;
};

/** The landmark's accessible name, from aria-label or the elements aria-labelledby points at. */
function landmarkName(element) {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const root = element.getRootNode();
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => root.getElementById?.(id)?.textContent?.trim() ?? '').join(' ');
}

/**
 * Whether a detector has published its channel in the top frame of the tab showing `url`
 * (utils/recognition/detector-channel.ts), looked at in the extension's isolated world as the popup does.
 */
function detectorPublished(extensionPage, url) {
  return extensionPage.evaluate(async (pageUrl) => {
    const api = globalThis.browser;
    const [tab] = await api.tabs.query({ url: pageUrl });
    const [result] = await api.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [0] },
      func: () => Symbol.for('restore-access.detector-channel') in globalThis,
    });
    return result?.result;
  }, url);
}

/**
 * What the real popup says about the tab showing `url`, opened as `popup.html?tab=<id>` in
 * `extensionPage`: it reads the tab's detector with scripting.executeScript, injecting one where
 * none runs (utils/popup/status.ts). The kind is on the status line's data-kind.
 */
async function popupStatus(extensionPage, url) {
  const tabId = await tabIdOf(extensionPage, url);
  const kind = await openExtensionPage(extensionPage, `popup.html?tab=${tabId}`, () =>
    document.querySelector('[role="status"][data-kind]')?.getAttribute('data-kind'),
  );
  const text = await extensionPage.evaluate(
    () => document.querySelector('[role="status"]')?.closest('section')?.textContent,
  );
  return { kind, text };
}

const browser = await launchFirefox();

/** One extension page, opened once, to drive the extension's APIs from. */
let api;
const apiPage = async () => {
  if (!api || api.isClosed()) api = await openApiPage(browser);
  return api;
};

/** The pool's one tab, served every fixture, and its id. */
let pool;
const shared = async () => {
  if (!pool || pool.page.isClosed()) {
    const page = await browser.newPage();
    const pinned = await serveFixtures(page, fixtures);
    // An address no other tab shows, so the tab's id is this tab's.
    const url = 'https://www.usps.com/restore-access-test-pool-tab';
    pinned.set(url, '<!DOCTYPE html><title>pool tab</title>');
    await page.goto(url);
    pool = { page, pinned, apiPage: await apiPage(), tabId: await tabIdOf(await apiPage(), url) };
  }
  return pool;
};

/** A fresh tab served every fixture, and the map of pages a test serves first. */
const openPage = async () => {
  const page = await browser.newPage();
  return { page, pinned: await serveFixtures(page, fixtures) };
};

const context = { browser, fixtures, fixture, apiPage, shared, openPage };
let results;
try {
  results = await runTests([
    ...(await spaTimingTests(context)),
    [
      'shows the Account help landmark on the classic sign-in page',
      async () => {
        const page = await browser.newPage();
        await serveFixtures(page, fixtures);
        await page.goto(fixture('sign-in/classic-loginaction.html').url);
        const landmark = await page.waitForSelector(SIDEBAR, { timeout: 10_000 });
        assert.match(await landmark.evaluate(landmarkName), /^(Account help|Ayuda con la cuenta)$/);
        await page.close();
      },
    ],
    [
      // Off the account hosts the error watch publishes nothing (every call there is script time
      // on every USPS page); the popup then injects the detector, as utils/popup/status.ts does.
      'stays silent on a tracking page; the detector the popup injects there says other',
      async () => {
        const { url } = fixture('other/tracking-result.html');
        const page = await browser.newPage();
        await serveFixtures(page, fixtures);
        await page.goto(url, { waitUntil: 'load' });
        const extensionPage = await browser.newPage();
        await openExtensionPage(
          extensionPage,
          'options.html',
          () => location.protocol === 'moz-extension:' && document.readyState === 'complete',
        );
        assert.equal(await detectorPublished(extensionPage, url), false, 'no detector before the popup asks');
        const status = await popupStatus(extensionPage, url);
        assert.equal(status.kind, 'other');
        assert.doesNotMatch(status.text, /Account help has been added/);
        assert.equal(await detectorPublished(extensionPage, url), true, 'the popup injected the detector');
        assert.equal(await page.$('restore-access-sidebar'), null);
        await extensionPage.close();
        await page.close();
      },
    ],
    [
      // Off the account hosts only the error watch runs; on an error page it has the background
      // inject the full detector (scripting.executeScript), which recognises the page and brings
      // the sidebar.
      'loads the detector on an Akamai error page off the account hosts and shows Account help',
      async () => {
        const { url } = fixture('error/access-denied-tools.html');
        const page = await browser.newPage();
        await serveFixtures(page, fixtures);
        await page.goto(url);
        await page.waitForSelector(SIDEBAR, { timeout: 10_000 });
        const extensionPage = await browser.newPage();
        await openExtensionPage(
          extensionPage,
          'options.html',
          () => location.protocol === 'moz-extension:' && document.readyState === 'complete',
        );
        const status = await popupStatus(extensionPage, url);
        assert.equal(status.kind, 'error');
        assert.match(status.text, /a USPS\.com error page \(access denied\)/);
        assert.match(status.text, /Account help has been added to this page\./);
        await extensionPage.close();
        await page.close();
      },
    ],
    [
      // Where the background injects the sidebar it hands over the settings and the journey
      // (utils/delivery/sidebar-preload.ts); a sidebar that did not take them would ask for the journey
      // itself (session-peek). An extension page hears what content scripts send, as the
      // background does.
      'the injected sidebar takes its preload: it asks the background for neither settings nor journey',
      async () => {
        const extensionPage = await browser.newPage();
        await openExtensionPage(
          extensionPage,
          'options.html',
          () => location.protocol === 'moz-extension:' && document.readyState === 'complete',
        );
        await extensionPage.evaluate(() => {
          globalThis.raSeenMessages = [];
          browser.runtime.onMessage.addListener((message) => {
            globalThis.raSeenMessages.push(String(message?.type));
          });
        });
        const page = await browser.newPage();
        await serveFixtures(page, fixtures);
        await page.goto(fixture('error/access-denied-tools.html').url);
        await page.waitForSelector(SIDEBAR, { timeout: 10_000 });
        const seen = await extensionPage.evaluate(() => globalThis.raSeenMessages);
        assert.ok(seen.includes('show-help'), `the detector asked for help: ${seen.join(', ')}`);
        assert.ok(!seen.includes('settings:get'), `no settings request: ${seen.join(', ')}`);
        assert.ok(!seen.includes('session-peek'), `no journey request: ${seen.join(', ')}`);
        await page.close();
        await extensionPage.close();
      },
    ],
    [
      // Firefox treats MV3 host permissions as optional; since Firefox 127 it grants them at
      // install (MDN, host_permissions). Without this grant the detector would never run.
      'holds its usps.com host permission right after install',
      async () => {
        const page = await browser.newPage();
        await openExtensionPage(page, 'popup.html', () => location.protocol === 'moz-extension:');
        const granted = await page.evaluate(() =>
          globalThis.browser.permissions.contains({ origins: ['https://*.usps.com/*'] }),
        );
        assert.equal(granted, true);
        await page.close();
      },
    ],
    [
      // The bottom sheet (below 1024 px) must leave room under the page: every element of the
      // page, the sign-in page's Forgot link included, can be scrolled above the open sheet.
      'at 800×600 the open sheet leaves room to scroll the whole page above it',
      async () => {
        const page = await browser.newPage();
        await page.setViewport({ width: 800, height: 600 });
        await serveFixtures(page, fixtures);
        await page.goto(fixture('sign-in/classic-loginaction.html').url);
        await page.waitForSelector(`${SIDEBAR} h2`, { timeout: 10_000 });
        assert.ok(await pollFor(() => page.evaluate(() => document.body.style.paddingBottom !== '')), 'no room made');
        const layout = await page.evaluate(() => {
          const host = document.querySelector('restore-access-sidebar');
          const sheetTop = host.shadowRoot.querySelector('aside').getBoundingClientRect().top;
          window.scrollTo(0, document.documentElement.scrollHeight);
          const content = [...document.body.querySelectorAll('*')].filter(
            (each) => !host.contains(each) && each !== host,
          );
          const pageEnd = Math.max(...content.map((each) => each.getBoundingClientRect().bottom));
          const forgot = document.querySelector('#forgot-password-link');
          window.scrollBy(0, forgot.getBoundingClientRect().bottom - sheetTop + 16);
          const link = forgot.getBoundingClientRect();
          const hit = document.elementFromPoint(link.left + 4, link.top + link.height / 2);
          return { sheetTop, pageEnd, linkTop: link.top, linkBottom: link.bottom, hitsLink: hit === forgot };
        });
        assert.ok(layout.sheetTop > 200, JSON.stringify(layout));
        assert.ok(layout.pageEnd <= layout.sheetTop + 1, `the page ends under the sheet: ${JSON.stringify(layout)}`);
        assert.ok(layout.linkTop >= 0 && layout.linkBottom <= layout.sheetTop, JSON.stringify(layout));
        assert.ok(layout.hitsLink, `something covers the Forgot link: ${JSON.stringify(layout)}`);
        await page.close();
      },
    ],
    [
      'opens the popup page',
      async () => {
        const page = await browser.newPage();
        const heading = await openExtensionPage(page, 'popup.html', () => document.querySelector('h1')?.textContent);
        assert.match(heading, /Restore Access/);
        await page.close();
      },
    ],
    ...journeyTests(context),
    ...pageReportTests(context),
    ...(await passwordCheckTests(context)),
    ...(await poolTests(context)),
    ...(await lookalikeTests(context)),
    // Last: it withholds the host access, then gives it back.
    ...hostAccessTests(context),
  ]);
} finally {
  await browser.close();
}

const reportFile = process.env.FIREFOX_REPORT ?? 'test-results/firefox.json';
mkdirSync(dirname(reportFile), { recursive: true });
writeFileSync(reportFile, JSON.stringify(results, null, 2));
console.log(`firefox: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
