// "Is this really USPS?" in Firefox. The popup is opened the way Firefox grants activeTab: a
// person's click in one of the extension's pages calls action.openPopup(), which, run while
// handling that input, grants activeTab on the window's active tab as a toolbar click does
// (Firefox's own test, toolkit/components/extensions/test/mochitest/test_ext_browserAction_openPopup.html).
// The click is a real WebDriver BiDi click on a button this test adds to the options page (the
// product has no such button). The real popup is then read through extension.getViews().
import { strict as assert } from 'node:assert';
import { importTs, openExtensionPage, pollFor, tabIdOf } from './harness.mjs';

/** Clicks "open the popup" in the extension page `api` while `tab` is the active tab; returns the popup's answer. */
async function openPopupOn(api, tab) {
  await tab.bringToFront();
  await api.evaluate(() => {
    if (document.getElementById('test-open-popup')) return;
    const button = document.createElement('button');
    button.id = 'test-open-popup';
    button.textContent = 'Open the popup';
    button.style.cssText = 'position:fixed;top:0;left:0;width:12rem;height:4rem;z-index:2147483647';
    button.addEventListener('click', () => {
      globalThis.browser.action.openPopup().catch((error) => {
        window.testPopupError = String(error);
      });
    });
    document.body.append(button);
  });
  await api.click('#test-open-popup');
  const answer = await pollFor(
    () =>
      api.evaluate(() => {
        if (window.testPopupError) return { error: window.testPopupError };
        const [view] = globalThis.browser.extension.getViews({ type: 'popup' });
        const status = view?.document.querySelector('[role="status"]')?.textContent;
        if (!status || /Checking this tab|Revisando esta pestaña/.test(status)) return undefined;
        return {
          status,
          realDomain: view.document.querySelector('[data-testid="real-domain"]')?.textContent ?? null,
          signs: [...view.document.querySelectorAll('[data-sign]')].map((item) => item.getAttribute('data-sign')),
          text: view.document.querySelector('main')?.textContent ?? '',
          guideLink: view.document.querySelector('a[href$="/fake-site-help.html"]')?.getAttribute('href') ?? null,
        };
      }),
    15_000,
  );
  await api.evaluate(() => {
    for (const view of globalThis.browser.extension.getViews({ type: 'popup' })) view.close();
  });
  assert.ok(answer, 'the popup did not answer');
  assert.equal(answer.error, undefined, `action.openPopup failed: ${answer.error}`);
  return answer;
}

export async function lookalikeTests({ browser, fixture, apiPage, openPage }) {
  const [{ LOOKALIKE_MESSAGES }, { POPUP_OPTIONS_MESSAGES }, { registrableDomain }, realPages] = await Promise.all([
    importTs('utils/lookalike/strings.ts'),
    importTs('utils/popup/strings.ts'),
    importTs('utils/lookalike/address.ts'),
    importTs('tests/fixtures/real-pages.ts'),
  ]);
  const EN = LOOKALIKE_MESSAGES.en;

  /** Opens `url` in a fresh tab (served `html` when given), asks the popup, closes the tab. */
  const ask = async (url, html) => {
    const { page, pinned } = await openPage();
    if (html) pinned.set(url, html);
    await page.goto(url);
    try {
      return await openPopupOn(await apiPage(), page);
    } finally {
      await page.close();
    }
  };

  const tests = [
    [
      'popup: a lookalike host of our pool gets its real domain, why, and the guide',
      async () => {
        const answer = await ask(fixture('other/phishing-lookalike.html').url);
        assert.equal(answer.status, EN.lookalikeStatus);
        assert.equal(answer.realDomain, 'com-track.top');
        assert.deepEqual(answer.signs, ['usps-com-start']);
        assert.match(answer.guideLink ?? '', /^moz-extension:\/\/.+\/fake-site-help\.html$/);
      },
    ],
    [
      'popup: a usps.com page over plain http is named as not USPS’s sign-in',
      async () => {
        const answer = await ask(fixture('other/http-sign-in.html').url);
        assert.equal(answer.status, EN.lookalikeStatus);
        assert.deepEqual(answer.signs, ['not-https']);
      },
    ],
    [
      'popup: a genuine USPS sign-in page is confirmed, with what the popup always showed',
      async () => {
        const answer = await ask(fixture('sign-in/classic-loginaction.html').url);
        assert.equal(answer.status, 'Recognised here: the USPS.com sign-in page.');
        assert.match(answer.text, /The address is USPS’s own: usps\.com, on https\./);
        assert.match(answer.text, /Open account help in this tab/);
        assert.equal(answer.realDomain, null);
      },
    ],
    [
      'popup: an ordinary site gets a calm answer with its domain',
      async () => {
        const answer = await ask('https://example.org/', '<!DOCTYPE html><title>Example</title><p>Example');
        assert.equal(answer.status, POPUP_OPTIONS_MESSAGES.en.notUsps);
        assert.match(answer.text, /This site’s domain: example\.org/);
        assert.deepEqual(answer.signs, []);
      },
    ],
    [
      'popup: opened without the grant, it says it cannot see the address',
      async () => {
        const { page } = await openPage();
        const { url } = fixture('other/phishing-lookalike.html');
        await page.goto(url);
        const api = await apiPage();
        // Without activeTab the tab's URL is hidden, so it is found as the newest tab.
        const tabId = await api.evaluate(async () => {
          const tabs = await globalThis.browser.tabs.query({});
          return tabs.sort((a, b) => b.id - a.id)[0].id;
        });
        assert.equal(await tabIdOf(api, url), undefined, 'the lookalike tab’s address is visible without a grant');
        const popup = await browser.newPage();
        const text = await openExtensionPage(popup, `popup.html?tab=${tabId}`, () => {
          const status = document.querySelector('[role="status"]')?.textContent ?? '';
          return /Checking/.test(status) || !status ? undefined : document.querySelector('main')?.textContent;
        });
        assert.match(text, /cannot see this tab’s address/);
        await popup.close();
        await page.close();
      },
    ],
    [
      'guide: the fake-site guide opens and gives the sourced steps',
      async () => {
        const page = await browser.newPage();
        const links = await openExtensionPage(page, 'fake-site-help.html', () => {
          const found = [...document.querySelectorAll('a')].map((link) => link.getAttribute('href'));
          return found.length > 0 ? found : undefined;
        });
        assert.deepEqual(links, [
          'https://reg.usps.com/entreg/secure/ChangePasswordAction_input',
          'https://reg.usps.com/entreg/ForgotPasswordAction_input',
          'https://www.uspis.gov/report',
          'mailto:spam@uspis.gov',
        ]);
        assert.equal(await page.evaluate(() => document.querySelector('h1')?.textContent), EN.guideTitle);
        await page.close();
      },
    ],
  ];

  // Every lookalike entry of ../shared/real-pages/pages.json, at its address (none when the folder is absent).
  if (realPages.REAL_PAGES_MISSING) console.warn(realPages.REAL_PAGES_MISSING);
  for (const entry of realPages.loadRealPages().filter((page) => page.lookalike)) {
    tests.push([
      `popup: the real phishing copy ${entry.label} is a lookalike`,
      async () => {
        const answer = await ask(entry.url, entry.html);
        assert.equal(answer.status, EN.lookalikeStatus);
        assert.equal(answer.realDomain, registrableDomain(new URL(entry.url).hostname));
      },
    ]);
  }
  return tests;
}
