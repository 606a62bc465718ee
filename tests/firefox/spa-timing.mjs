// verified.usps.com's "Enter Code" screen rendered by script at three moments
// (tests/fixtures/spa-screens.ts): Firefox runs document_end content scripts from its own
// DOMContentLoaded listener, before the page's, so the screen rendered in the page's handler is
// the one the detector first sees empty (issue 28).
import { strict as assert } from 'node:assert';
import { detectorStatus, GUIDE_HEADING, importTs, pollFor, SIDEBAR, tabIdOf } from './harness.mjs';

/** One test per moment: help appears with the verify-identity guide, and the detector agrees. */
export async function spaTimingTests({ fixture, openPage, apiPage }) {
  const { SPA_SCREENS, SPA_STYLESHEET_URL, spaScreenHtml } = await importTs('tests/fixtures/spa-screens.ts');
  const saved = fixture('verify-identity/verified-enter-code.html');
  return SPA_SCREENS.map((screen) => [
    `verified.usps.com "Enter Code" screen ${screen.name} gets Account help`,
    async () => {
      const { page, pinned } = await openPage();
      pinned.set(screen.url, spaScreenHtml(saved.html, screen));
      // Still loading when the page's DOMContentLoaded work runs, as a real page's CSS may be.
      pinned.set(SPA_STYLESHEET_URL, { body: '.fr-card { margin: 0 auto; }', contentType: 'text/css', delayMs: 600 });
      await page.goto(screen.url);
      await page.waitForSelector(SIDEBAR, { timeout: 5_000 });
      const heading = await pollFor(() =>
        page.$eval(GUIDE_HEADING, (element) => element.textContent).catch(() => null),
      );
      assert.equal(heading, 'Confirm it is you');
      const api = await apiPage();
      const status = await detectorStatus(api, await tabIdOf(api, screen.url));
      assert.equal(status?.recognition.kind, 'verify-identity');
      await page.close();
    },
  ]);
}
