import type { Page } from '@playwright/test';
import { isAccountHost } from '../../utils/core/account-hosts';
import { isGenuineUspsUrl } from '../../utils/core/usps-hosts';
import { cheapFilter, passesCheapFilter } from '../../utils/error-watch/filter';
import { guideFor } from '../../utils/guides';
import { ERROR_RULES } from '../../utils/recognition/error-rules';
import { loadRealPages, REAL_PAGES_DIR, REAL_PAGES_MISSING, type RealPage } from '../fixtures/real-pages';
import { detectorStatus, injectDetectorLikePopup } from './detector-status';
import { expect, SIDEBAR, test } from './extension';

/**
 * Every page of ../shared/real-pages/pages.json (real USPS markup, real phishing copies) served at
 * its address in the built extension: the detector must give it its kind, and the Account help
 * sidebar must be there exactly when it needs help, with its kind's guide; a copy on a lookalike
 * host gets nothing at all. The files are read from beside the repository, never copied into it.
 * A file may be listed at several addresses, and an address under several files, so each test
 * serves its own entry from the page's own route; everything else still gets the shared browser's
 * 404 (tests/e2e/extension.ts), so a phishing copy reaches nothing.
 */
const realPages = loadRealPages();
if (REAL_PAGES_MISSING) console.warn(REAL_PAGES_MISSING);
const HOST_TAG = 'restore-access-sidebar';
const WATCH_FILTER = cheapFilter(ERROR_RULES);

let page: Page;
let serving: RealPage | undefined;

test.describe(REAL_PAGES_MISSING ?? `real USPS markup in the built extension (${REAL_PAGES_DIR})`, () => {
  test.skip(REAL_PAGES_MISSING !== null, REAL_PAGES_MISSING ?? '');

  test.beforeAll(async ({ extensionContext }) => {
    page = await extensionContext.newPage();
    // Page routes come before the context's: this entry's file at its address, the rest falls through.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (serving && route.request().isNavigationRequest() && url === new URL(serving.url).href) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: serving.html });
      }
      return route.fallback();
    });
  });
  test.afterAll(async () => {
    await page?.close();
  });

  test('lists pages to check', () => {
    expect(realPages.length).toBeGreaterThan(0);
  });

  for (const entry of realPages) {
    const expected = { kind: entry.kind, reason: entry.reason };
    test(`${entry.label} is ${entry.reason ? `${entry.kind}:${entry.reason}` : entry.kind}`, async ({
      extensionContext,
    }) => {
      serving = entry;
      await page.goto(entry.url);
      if (entry.lookalike || !isGenuineUspsUrl(entry.url)) {
        expect(entry.kind, 'a lookalike entry must expect other').toBe('other');
        // Not USPS: the detector must not even run, so no help can appear.
        expect(await detectorStatus(extensionContext, page.url())).toBeNull();
      } else {
        const watchOnly = !isAccountHost(new URL(entry.url).hostname);
        if (watchOnly && !passesCheapFilter(WATCH_FILTER, page.url(), await page.title())) {
          // Only the error watch runs here and it loads nothing: ask the detector as the popup would.
          await injectDetectorLikePopup(extensionContext, page.url());
        }
        await expect
          .poll(async () => {
            const recognition = (await detectorStatus(extensionContext, page.url()))?.recognition;
            return recognition && { kind: recognition.kind, reason: recognition.reason };
          })
          .toEqual(expected);
      }
      if (entry.kind === 'other') {
        await expect(page.locator(HOST_TAG)).toHaveCount(0);
      } else {
        await expect(page.locator(HOST_TAG)).toHaveCount(1);
        const aside = page.getByRole(SIDEBAR.role, { name: SIDEBAR.name });
        await expect(aside.getByRole('heading', { level: 3, name: guideFor(entry).text.en.title })).toBeVisible();
      }
    });
  }
});
