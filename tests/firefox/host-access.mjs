// Firefox MV3 lets the person withhold the extension's host access (about:addons, "Permissions
// and data"). Then the extension may no longer script usps.com, and the popup must say so and how to grant it
// (utils/popup/status.ts) instead of calling a sign-in tab "not a USPS.com page".
import { strict as assert } from 'node:assert';
import { openExtensionPage, pollFor, SIDEBAR, serveFixtures } from './harness.mjs';

const ORIGINS = ['https://*.usps.com/*'];

export function hostAccessTests({ browser, fixtures, fixture, apiPage }) {
  return [
    [
      // Run last in the suite: it takes the access away (and gives it back through the popup).
      'withheld usps.com access: no help, the popup says so and how to allow it; its button gives it back',
      async () => {
        const api = await apiPage();
        const removed = await api.evaluate((origins) => globalThis.browser.permissions.remove({ origins }), ORIGINS);
        assert.equal(removed, true);
        assert.equal(
          await api.evaluate((origins) => globalThis.browser.permissions.contains({ origins }), ORIGINS),
          false,
        );
        const { url } = fixture('sign-in/classic-loginaction.html');
        const page = await browser.newPage();
        await serveFixtures(page, fixtures);
        await page.goto(url);
        // The tab's id, without access to its URL: the newest tab is this one.
        const tabId = await api.evaluate(async () => {
          const tabs = await globalThis.browser.tabs.query({});
          return tabs.sort((a, b) => b.id - a.id)[0].id;
        });
        const popup = await browser.newPage();
        const status = await openExtensionPage(popup, `popup.html?tab=${tabId}`, () => {
          const text = document.querySelector('[role="status"]')?.closest('section')?.textContent ?? '';
          return /not allowed/.test(text) ? text : undefined;
        });
        assert.match(status, /Restore Access is not allowed to run on usps\.com pages/);
        assert.match(status, /about:addons/);
        assert.doesNotMatch(status, /not a USPS\.com page/);

        // "Allow on usps.com": a real click, so Firefox lets the popup ask (no prompt in these tests).
        const button = await pollFor(() =>
          popup.$$eval('button', (buttons) => buttons.findIndex((b) => b.textContent === 'Allow on usps.com')),
        );
        assert.ok(button >= 0, 'no "Allow on usps.com" button');
        await (await popup.$$('button'))[button].click();
        assert.ok(
          await pollFor(() => api.evaluate((origins) => globalThis.browser.permissions.contains({ origins }), ORIGINS)),
          'the access was not granted back',
        );
        // Granted, the popup reads the tab again: the detector it injects recognises sign-in.
        const kind = await pollFor(() =>
          popup.evaluate(() => document.querySelector('[role="status"][data-kind]')?.getAttribute('data-kind')),
        );
        assert.equal(kind, 'sign-in');
        await page.reload();
        await page.waitForSelector(SIDEBAR, { timeout: 10_000 });
        await popup.close();
        await page.close();
      },
    ],
  ];
}
