// The recovery journey in Firefox, with the proofs tests/e2e/carry-over.spec.ts and
// tests/e2e/privacy.spec.ts give in Chromium: what was typed on sign-in fills forgot password
// exactly, the emailed page puts the spam reminder up, no password in any storage area or
// extension page, and no network request from the extension.
import { strict as assert } from 'node:assert';
import { openExtensionPage, pollFor, SIDEBAR, serveFixtures, tabIdOf } from './harness.mjs';

const USERNAME = 'Pat.Doe_Example';
const PASSWORD = 'Hunter2-Secret!';

/** Every request a tab makes, content scripts' included (they load through the tab). */
function recordRequests(page) {
  const seen = [];
  page.on('request', (request) => seen.push({ url: request.url(), navigation: request.isNavigationRequest() }));
  return seen;
}

export function journeyTests({ browser, fixtures, fixture, apiPage }) {
  return [
    [
      'journey: sign-in → forgot password carries the username exactly; the emailed page reminds about spam; no password kept; no extension request',
      async () => {
        const page = await browser.newPage();
        // As in Chromium's tests: the sidebar beside the page, not a sheet over its links.
        await page.setViewport({ width: 1280, height: 800 });
        await serveFixtures(page, fixtures);
        const requests = recordRequests(page);
        await page.goto(fixture('sign-in/classic-loginaction.html').url);
        await page.waitForSelector(SIDEBAR, { timeout: 10_000 });
        await page.type('#username', USERNAME);
        await page.type('#password', PASSWORD);
        // The person's own click on the page's link flushes the capture (utils/carry-over/capture.ts).
        await page.click('#forgot-password-link');
        assert.ok(await pollFor(() => /ForgotPasswordAction_input/.test(page.url())), `still at ${page.url()}`);
        const filled = await pollFor(() =>
          page.evaluate(() => document.querySelector('#fp-username')?.value).catch(() => null),
        );
        assert.equal(filled, USERNAME, 'the forgot-password field holds exactly what was typed');

        await page.goto(fixture('check-email/classic-username-sent.html').url);
        const spam = await page.waitForSelector('restore-access-sidebar >>> #ra-spam-heading', { timeout: 10_000 });
        assert.match(await spam.evaluate((element) => element.textContent), /spam folder/);

        const api = await apiPage();
        const storage = await api.evaluate(async () => {
          const areas = globalThis.browser.storage;
          return JSON.stringify([await areas.local.get(null), await areas.session.get(null)]);
        });
        assert.match(storage, /Pat\.Doe_Example/, 'the dump sees what is carried…');
        assert.doesNotMatch(storage, /Hunter2-Secret!/, '…and never the password');

        const tabId = await tabIdOf(api, page.url());
        for (const path of [`popup.html?tab=${tabId}`, 'options.html']) {
          const extensionPage = await browser.newPage();
          const text = await openExtensionPage(extensionPage, path, () =>
            document.querySelector('main *') ? document.documentElement.outerHTML : undefined,
          );
          assert.ok(!text.includes(PASSWORD), `${path} shows the password`);
          await extensionPage.close();
        }
        assert.ok(!(await page.content()).includes(PASSWORD));
        const sidebarText = await page.$eval('restore-access-sidebar', (host) => host.shadowRoot.textContent);
        assert.ok(!sidebarText.includes(PASSWORD));

        // The recorder does see a content script's request (a probe from the extension's isolated
        // world in this tab), so silence below means something.
        await api.evaluate(
          (id) =>
            globalThis.browser.scripting.executeScript({
              target: { tabId: id, frameIds: [0] },
              func: () => fetch('https://probe.invalid/').catch(() => undefined),
            }),
          tabId,
        );
        assert.ok(await pollFor(() => requests.some((r) => r.url === 'https://probe.invalid/')), 'probe not seen');
        const fixtureUrls = new Set([...fixtures.values()].map((each) => each.url));
        const offending = requests.filter(
          (r) =>
            // data: (a page's inline font) never leaves the browser.
            !r.url.startsWith('data:') &&
            r.url !== 'https://probe.invalid/' &&
            !(r.navigation && fixtureUrls.has(r.url)) &&
            // Firefox itself asks each site for its tab icon; no page or script of ours does.
            new URL(r.url).pathname !== '/favicon.ico',
        );
        assert.deepEqual(offending, [], 'the tab made requests besides the pages the test opened');

        // The background's own code names no network API (tests/build/built-scripts.test.ts);
        // Firefox gives a test no view of an event page's requests.
        await page.close();
      },
    ],
  ];
}
