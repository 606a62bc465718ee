import type { Page } from '@playwright/test';
import { isAccountHost } from '../../utils/core/account-hosts';
import { isGenuineUspsUrl } from '../../utils/core/usps-hosts';
import { cheapFilter, passesCheapFilter } from '../../utils/error-watch/filter';
import { ERROR_RULES } from '../../utils/recognition/error-rules';
import { fixtureById, loadFixturePool } from '../fixtures/pool';
import { detectorStatus, injectDetectorLikePopup } from './detector-status';
import { expect, SIDEBAR, test } from './extension';

/**
 * The whole fixture pool in the built extension: each page opened at its true URL must be
 * recognised by the detector as its kind (read from its channel, as the popup reads it),
 * and get the Account help sidebar exactly when it needs help. One page is reused for every goto.
 */
const pool = loadFixturePool();
const HOST_TAG = 'restore-access-sidebar';

/** What the error watch checks (utils/error-watch/error-watch.ts): it loads the detector on candidates only. */
const WATCH_FILTER = cheapFilter(ERROR_RULES);

let page: Page;
test.beforeAll(async ({ extensionContext }) => {
  page = await extensionContext.newPage();
});
test.afterAll(async () => {
  await page?.close();
});

test.describe('recognition of every pool page in the built extension', () => {
  for (const fixture of pool) {
    const expected = { kind: fixture.kind, reason: fixture.reason, reference: fixture.reference };
    test(`${fixture.id} is ${fixture.reason ? `${fixture.kind}:${fixture.reason}` : fixture.kind}`, async ({
      extensionContext,
    }) => {
      await page.goto(fixture.url);
      if (!isGenuineUspsUrl(fixture.url)) {
        // Lookalike hosts and plain http: the detector must not even run there.
        expect(await detectorStatus(extensionContext, page.url())).toBeNull();
      } else {
        const watchOnly = !isAccountHost(new URL(fixture.url).hostname);
        if (watchOnly && !passesCheapFilter(WATCH_FILTER, page.url(), await page.title())) {
          // Only the error watch runs here and it answers nothing (no message listener); the
          // popup then injects the detector itself, which answers.
          expect(await detectorStatus(extensionContext, page.url())).toBeNull();
          await injectDetectorLikePopup(extensionContext, page.url());
        }
        await expect
          .poll(async () => {
            const recognition = (await detectorStatus(extensionContext, page.url()))?.recognition;
            return (
              recognition && { kind: recognition.kind, reason: recognition.reason, reference: recognition.reference }
            );
          })
          .toEqual(expected);
      }
      if (fixture.kind === 'other') {
        await expect(page.locator(HOST_TAG)).toHaveCount(0);
      } else {
        await expect(page.locator(HOST_TAG)).toHaveCount(1);
        await expect(page.getByRole(SIDEBAR.role, { name: SIDEBAR.name })).toBeAttached();
      }
    });
  }
});

test("USPS's outage page gets the sidebar bundle from the manifest, before the detector starts", async () => {
  // Declared at USPS's error addresses (utils/delivery/help-pages.ts): help paints without the error watch
  // asking for the detector and the detector asking for the sidebar. Each bundle marks its start.
  await page.goto(fixtureById('error/outage-www.html').url);
  await expect(page.getByRole(SIDEBAR.role, { name: SIDEBAR.name })).toBeAttached();
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime])),
  );
  expect(marks['restore-access:detector-start']).toBeGreaterThan(0);
  expect(marks['restore-access:sidebar-start']).toBeLessThan(marks['restore-access:detector-start'] ?? 0);
});

test('follows a single-page sign-in to its code screen without a page load', async ({ extensionContext }) => {
  const fixture = fixtureById('sign-in/verified-spa-sign-in.html');
  await page.goto(fixture.url);
  const kind = async () => (await detectorStatus(extensionContext, page.url()))?.recognition.kind;
  await expect.poll(kind).toBe('sign-in');
  // Marks this document: a navigation would replace it and drop the mark.
  await page.evaluate(() => document.documentElement.setAttribute('data-same-document', 'yes'));
  await page.getByRole('button', { name: 'Sign In' }).click();
  await expect(page.getByRole('heading', { name: 'Enter the code we emailed you.' })).toBeVisible();
  await expect.poll(kind).toBe('verify-identity');
  await expect(page.locator('html')).toHaveAttribute('data-same-document', 'yes');
  await expect(page.getByRole(SIDEBAR.role, { name: SIDEBAR.name })).toBeAttached();
});

/**
 * Whether Range.toString reads the text between elements as the DOM standard says, tried with the
 * calls `joinedBodyText` makes (utils/recognition/page-text.ts), on a detached element.
 * Self-contained: it is run in the page as it is.
 */
function rangeTextWorks(doc: Document): boolean {
  const probe = doc.createElement('b');
  const inner = doc.createElement('u');
  const skipped = doc.createElement('i');
  inner.append('y');
  probe.append('x', inner, skipped, 'z');
  const range = doc.createRange();
  range.setStart(probe, 0);
  range.setEndBefore(skipped);
  const before = range.toString();
  range.setStartAfter(skipped);
  range.setEnd(probe, probe.childNodes.length);
  return before === 'xy' && range.toString() === 'z';
}

// The detector reads the body's text through Ranges (utils/recognition/page-text.ts,
// joinedBodyText) and falls back to reading it node by node when that gives no text, as in
// happy-dom, whose Range the unit tests replace with a stand-in. The recognition above would pass
// either way; this checks that the browser itself reads Ranges as the shortcut needs.
test("reads a Range's text the way the detector's shortcut needs", async () => {
  await page.goto(fixtureById('other/preferences-signed-in.html').url);
  expect(await page.evaluate(`(${rangeTextWorks.toString()})(document)`)).toBe(true);
});
