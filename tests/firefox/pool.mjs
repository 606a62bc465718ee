// The whole fixture pool in Firefox, as tests/e2e/recognition.spec.ts runs it in Chromium: each
// saved page at its true URL, recognised as its fixtures.json entry says, with help (and that
// kind's guide) exactly when it needs help. Then the real pages in ../shared/real-pages when that
// folder is there. One tab serves every page, so the suite stays fast.
import { strict as assert } from 'node:assert';
import { detectorStatus, GUIDE_HEADING, importTs, pollFor, SIDEBAR } from './harness.mjs';

const HOST_TAG = 'restore-access-sidebar';

/** The project's own checks and guides (TypeScript, imported through tsx). */
async function project() {
  const [hosts, usps, filter, errorRules, guides] = await Promise.all([
    importTs('utils/core/account-hosts.ts'),
    importTs('utils/core/usps-hosts.ts'),
    importTs('utils/error-watch/filter.ts'),
    importTs('utils/recognition/error-rules.ts'),
    importTs('utils/guides/index.ts'),
  ]);
  return {
    isAccountHost: hosts.isAccountHost,
    isGenuineUspsUrl: usps.isGenuineUspsUrl,
    watchFilter: filter.cheapFilter(errorRules.ERROR_RULES),
    passesCheapFilter: filter.passesCheapFilter,
    guideFor: guides.guideFor,
  };
}

/** Injects the detector into the tab's top frame, as the popup does where none runs (utils/popup/status.ts). */
function injectDetector(apiPage, tabId) {
  return apiPage.evaluate(
    (id) =>
      globalThis.browser.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['/detector.js'] }),
    tabId,
  );
}

const sameRecognition = (status, expected) =>
  status?.recognition.kind === expected.kind &&
  (expected.reason === undefined || status.recognition.reason === expected.reason) &&
  (expected.reference === undefined || status.recognition.reference === expected.reference);

/**
 * Opens `url` (served `html`) in the shared tab and checks it: recognised as `expected`, help and
 * its guide shown exactly when needed; no detector at all off genuine USPS pages (lookalikes).
 */
async function checkPage(shared, p, { url, html, expected }) {
  const { page, pinned, apiPage, tabId } = await shared();
  pinned.clear();
  pinned.set(url, html);
  await page.goto(url);
  if (!p.isGenuineUspsUrl(url)) {
    assert.equal(await detectorStatus(apiPage, tabId), null, 'a detector runs off genuine USPS pages');
  } else {
    const watchOnly = !p.isAccountHost(new URL(url).hostname);
    if (watchOnly && !p.passesCheapFilter(p.watchFilter, url, await page.title())) {
      // Only the error watch runs here and it publishes nothing; the popup injects the detector.
      assert.equal(await detectorStatus(apiPage, tabId), null, 'the error watch published a channel');
      await injectDetector(apiPage, tabId);
    }
    const status = await pollFor(async () => {
      const now = await detectorStatus(apiPage, tabId);
      return sameRecognition(now, expected) ? now : null;
    }, 5_000);
    if (!status) {
      const seen = (await detectorStatus(apiPage, tabId))?.recognition;
      assert.fail(`recognised as ${JSON.stringify(seen && { kind: seen.kind, reason: seen.reason })}`);
    }
  }
  if (expected.kind === 'other') {
    // Settled: the detector has answered; a sidebar asked for would be injected by now.
    await new Promise((done) => setTimeout(done, 100));
    assert.equal(await page.$(HOST_TAG), null, 'help shown on a page that needs none');
    return;
  }
  await page.waitForSelector(SIDEBAR, { timeout: 5_000 });
  const guide = p.guideFor(expected);
  const titles = [guide.text.en.title, guide.text.es.title];
  const heading = await pollFor(async () => {
    const text = await page.$eval(GUIDE_HEADING, (element) => element.textContent).catch(() => null);
    return titles.includes(text) ? text : null;
  }, 5_000);
  assert.ok(heading, `guide heading is not ${titles.join(' / ')}`);
}

/** One test per pool page, then one per real page (or a printed note that there are none). */
export async function poolTests({ fixtures, shared }) {
  const p = await project();
  const tests = [...fixtures.values()].map((fixture) => [
    `pool: ${fixture.id} is ${fixture.reason ? `${fixture.kind}:${fixture.reason}` : fixture.kind}`,
    () =>
      checkPage(shared, p, {
        url: fixture.url,
        html: fixture.html,
        expected: { kind: fixture.kind, reason: fixture.reason, reference: fixture.reference },
      }),
  ]);
  // The same loader as the Chromium suite (tests/fixtures/real-pages.ts): ../shared/real-pages, never copied in.
  const { loadRealPages, REAL_PAGES_MISSING } = await importTs('tests/fixtures/real-pages.ts');
  if (REAL_PAGES_MISSING) {
    console.log(`  ${REAL_PAGES_MISSING}`);
    return tests;
  }
  for (const entry of loadRealPages()) {
    const expected = entry.lookalike ? { kind: 'other' } : { kind: entry.kind, reason: entry.reason };
    tests.push([
      `real page: ${entry.label} is ${entry.lookalike ? 'a lookalike (no help at all)' : entry.reason ? `${entry.kind}:${entry.reason}` : entry.kind}`,
      () => checkPage(shared, p, { url: entry.url, html: entry.html, expected }),
    ]);
  }
  return tests;
}
