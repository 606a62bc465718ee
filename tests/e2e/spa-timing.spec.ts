import { fixtureById } from '../fixtures/pool';
import { SPA_SCREENS, spaScreenHtml } from '../fixtures/spa-screens';
import { expect, SIDEBAR, serveFixtures, test } from './extension';

/**
 * verified.usps.com's "Enter Code" screen rendered by script at three moments (in the page's
 * DOMContentLoaded handler, by an inline script, after a delay): help with the verify-identity
 * guide every time. The Firefox suite runs the same pages (tests/firefox/spa-timing.mjs), where
 * content scripts start at another moment (issue 28).
 */
const saved = fixtureById('verify-identity/verified-enter-code.html');

for (const screen of SPA_SCREENS) {
  test(`verified.usps.com "Enter Code" screen ${screen.name} gets Account help`, async ({ page, context }) => {
    await serveFixtures(context, [{ url: screen.url, html: spaScreenHtml(saved.html, screen) }]);
    await page.goto(screen.url);
    const aside = page.getByRole(SIDEBAR.role, { name: SIDEBAR.name });
    await expect(aside.getByRole('heading', { level: 3, name: 'Confirm it is you' })).toBeAttached();
  });
}
