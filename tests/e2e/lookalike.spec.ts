import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { checkAddress, registrableDomain } from '../../utils/lookalike/address';
import { LOOKALIKE_MESSAGES } from '../../utils/lookalike/strings';
import { POPUP_OPTIONS_MESSAGES } from '../../utils/popup/strings';
import { loadDecoys } from '../fixtures/decoys/load';
import { fixtureById } from '../fixtures/pool';
import { loadRealPages, REAL_PAGES_DIR, REAL_PAGES_MISSING, type RealPage } from '../fixtures/real-pages';
import { extensionWorker, SIDEBAR, serveFixtures } from './extension';
import { clickToolbarButton, launchWithToolbarButton, popupAnswer, tabIdOf } from './toolbar-button';

/**
 * "Is this really USPS?" in the built extension. The popup is opened the way a person opens it:
 * the toolbar button clicked on the tab (tests/e2e/toolbar-button.ts), which grants activeTab
 * on that tab, so the real popup reads the tab's address and nothing else. Lookalikes come from
 * our fixture pool (other/fixtures.json), our decoys and every `lookalike: true` entry of
 * ../shared/real-pages/pages.json, each served at its own address.
 */
const EN = LOOKALIKE_MESSAGES.en;
const LOOKALIKE_FIXTURE = fixtureById('other/phishing-lookalike.html');
const HTTP_FIXTURE = fixtureById('other/http-sign-in.html');
const SIGN_IN = fixtureById('sign-in/classic-loginaction.html');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const GUIDE = /\/fake-site-help\.html$/;
/** A page that dresses its address up with a user name (the decoys do not have one). */
const USERINFO_URL = 'https://usps.com@evil.test/login';
const DECOY_LOOKALIKES = loadDecoys().filter((decoy) => checkAddress(decoy.url).verdict === 'lookalike');

const test = base.extend<{ context: BrowserContext }, { toolbarContext: BrowserContext; extensionId: string }>({
  toolbarContext: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their first argument.
    async ({}, use) => {
      const context = await launchWithToolbarButton();
      await serveFixtures(context, [
        { url: USERINFO_URL, html: '<!doctype html><title>USPS</title><h1>Verify address</h1>' },
        ...DECOY_LOOKALIKES.map((decoy) => ({ url: decoy.url, html: decoy.html })),
      ]);
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  extensionId: [
    async ({ toolbarContext }, use) => {
      const worker = await extensionWorker(toolbarContext);
      await use(new URL(worker.url()).host);
    },
    { scope: 'worker' },
  ],
  context: async ({ toolbarContext, extensionId: _ }, use) => {
    await use(toolbarContext);
    for (const page of toolbarContext.pages()) await page.close().catch(() => {});
  },
});

async function askPopup(context: BrowserContext, extensionId: string, tab: Page) {
  const popup = await clickToolbarButton(context, extensionId, tab);
  try {
    return await popupAnswer(popup);
  } finally {
    await popup.close();
  }
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'target-size': { enabled: true } } })
    .withTags(AXE_TAGS)
    .analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target)}`)).toEqual([]);
  const ran = [...results.passes, ...results.incomplete, ...results.inapplicable].map((rule) => rule.id);
  expect(ran).toContain('color-contrast');
}

test.describe('the toolbar popup: is this really USPS?', () => {
  test('names a lookalike host, shows its real domain and why, and links to the guide', async ({
    context,
    extensionId,
  }) => {
    const tab = await context.newPage();
    await tab.goto(LOOKALIKE_FIXTURE.url);
    const answer = await askPopup(context, extensionId, tab);
    expect(answer.status).toBe(EN.lookalikeStatus);
    expect(answer.realDomain).toBe('com-track.top');
    expect(answer.signs).toEqual(['usps-com-start']);
    expect(answer.text).toContain('This one ends in “.top”, not in “usps.com”.');
    expect(answer.guideLink).toBe(`chrome-extension://${extensionId}/fake-site-help.html`);
    // No help is offered on a page that only imitates USPS.
    expect(answer.text).not.toContain(POPUP_OPTIONS_MESSAGES.en.openHelp);
  });

  test('answers in Spanish when the language setting says so', async ({ context, extensionId }) => {
    const worker = await extensionWorker(context);
    const setLanguage = (language: string | null) =>
      worker.evaluate(async (value) => {
        const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        if (value === null) return api.storage.local.clear();
        const { settings } = await api.storage.local.get('settings');
        await api.storage.local.set({ settings: { ...(settings as object), language: value } });
      }, language);
    await setLanguage('es');
    try {
      const tab = await context.newPage();
      await tab.goto(LOOKALIKE_FIXTURE.url);
      const answer = await askPopup(context, extensionId, tab);
      expect(answer.lang).toBe('es');
      expect(answer.status).toBe(LOOKALIKE_MESSAGES.es.lookalikeStatus);
      expect(answer.text).toContain('Esta termina en “.top”, no en “usps.com”.');
      expect(answer.text).toContain(LOOKALIKE_MESSAGES.es.enteredDetails);
    } finally {
      await setLanguage(null);
    }
  });

  test('says http:// is never USPS’s sign-in, on a usps.com page over plain http', async ({ context, extensionId }) => {
    const tab = await context.newPage();
    await tab.goto(HTTP_FIXTURE.url);
    const answer = await askPopup(context, extensionId, tab);
    expect(answer.status).toBe(EN.lookalikeStatus);
    expect(answer.signs).toEqual(['not-https']);
    expect(answer.text).toContain(EN['sign.not-https']);
  });

  test('on an address with a user name, says honestly what it cannot see', async ({ context, extensionId }) => {
    const tab = await context.newPage();
    await tab.goto(USERINFO_URL);
    const answer = await askPopup(context, extensionId, tab);
    // Chromium (156) shows no extension the address of a tab whose address has a user name, even
    // under activeTab: the popup cannot explain the trick there (the unit tests cover the
    // explanation where a browser shows it), and says it is no USPS.com page and why it cannot tell more.
    expect(answer.status).toBe(POPUP_OPTIONS_MESSAGES.en.notUsps);
    expect(answer.text).toContain(EN.noAddress);
    expect(answer.text).not.toContain(EN.genuineUsps.slice(0, 20));
  });

  for (const decoy of DECOY_LOOKALIKES) {
    test(`answers our decoy at ${decoy.url} (${decoy.trap})`, async ({ context, extensionId }) => {
      const tab = await context.newPage();
      await tab.goto(decoy.url);
      const answer = await askPopup(context, extensionId, tab);
      expect(answer.status).toBe(EN.lookalikeStatus);
      expect(answer.realDomain).toBe(registrableDomain(new URL(decoy.url).hostname));
    });
  }

  test('on a genuine USPS page, says so and keeps what the popup always showed', async ({ context, extensionId }) => {
    const tab = await context.newPage();
    await tab.goto(SIGN_IN.url);
    await expect(tab.getByRole(SIDEBAR.role, { name: SIDEBAR.name })).toBeVisible();
    const answer = await askPopup(context, extensionId, tab);
    expect(answer.status).toBe('Recognised here: the USPS.com sign-in page.');
    expect(answer.text).toContain('The address is USPS’s own: usps.com, on https.');
    expect(answer.text).toContain(POPUP_OPTIONS_MESSAGES.en.openHelp);
    expect(answer.realDomain).toBeNull();
    expect(answer.guideLink).toBeNull();
  });

  test('answers an ordinary site calmly, with its domain and no warning', async ({ context, extensionId }) => {
    const tab = await context.newPage();
    await tab.goto('https://example.org/');
    const answer = await askPopup(context, extensionId, tab);
    expect(answer.status).toBe(POPUP_OPTIONS_MESSAGES.en.notUsps);
    expect(answer.text).toContain('This site’s domain: example.org');
    expect(answer.signs).toEqual([]);
    expect(answer.realDomain).toBeNull();
  });

  test('without the toolbar click, says plainly it cannot see the address', async ({ context, extensionId }) => {
    const tab = await context.newPage();
    await tab.goto(LOOKALIKE_FIXTURE.url);
    const tabId = await tabIdOf(await extensionWorker(context), tab);
    // The popup opened as a page for that tab: no person invoked the extension there, no grant.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.getByRole('status')).toHaveText(POPUP_OPTIONS_MESSAGES.en.notUsps);
    await expect(popup.getByText(EN.noAddress)).toBeVisible();
    await expect(popup.getByTestId('real-domain')).toHaveCount(0);
  });

  test('the grant is the toolbar click’s: after it, the popup page for that tab reads the address too', async ({
    context,
    extensionId,
  }) => {
    const tab = await context.newPage();
    await tab.goto(LOOKALIKE_FIXTURE.url);
    const worker = await extensionWorker(context);
    const tabId = await tabIdOf(worker, tab);
    const urlSeen = () =>
      worker.evaluate(async (id) => {
        const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        return (await api.tabs.get(id)).url ?? null;
      }, tabId);
    expect(await urlSeen()).toBeNull();
    await (await clickToolbarButton(context, extensionId, tab)).close();
    expect(await urlSeen()).toBe(LOOKALIKE_FIXTURE.url);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.getByRole('status')).toHaveText(EN.lookalikeStatus);
    await expect(popup.getByTestId('real-domain')).toHaveText('com-track.top');
    await expectNoAxeViolations(popup);
    // The way to the guide, by keyboard from the popup.
    const guidePromise = context.waitForEvent('page', (page) => GUIDE.test(page.url()));
    await popup.getByRole('link', { name: /I entered my details on a fake USPS site/ }).focus();
    await popup.keyboard.press('Enter');
    const guide = await guidePromise;
    await expect(guide.getByRole('heading', { level: 1 })).toHaveText(EN.guideTitle);
  });
});

test.describe('the guide: I entered my details on a fake USPS site', () => {
  test('gives the sourced steps, labels the general advice, and is axe-clean', async ({ context, extensionId }) => {
    const guide = await context.newPage();
    await guide.goto(`chrome-extension://${extensionId}/fake-site-help.html`);
    await expect(guide.getByRole('heading', { level: 1 })).toHaveText(EN.guideTitle);
    await expect(guide.getByRole('link', { name: /Change your password on reg\.usps\.com/ })).toHaveAttribute(
      'href',
      'https://reg.usps.com/entreg/secure/ChangePasswordAction_input',
    );
    await expect(guide.getByRole('link', { name: /uspis\.gov\/report/ })).toHaveAttribute(
      'href',
      'https://www.uspis.gov/report',
    );
    await expect(guide.getByRole('link', { name: /spam@uspis\.gov/ })).toHaveAttribute('href', 'mailto:spam@uspis.gov');
    await expect(guide.getByText(EN.neverBody)).toBeVisible();
    await expect(guide.getByText(EN.cardLabel)).toBeVisible();
    await expect(guide.locator('body')).not.toContainText('7726');
    await expectNoAxeViolations(guide);
  });

  test('every link is reached with the Tab key, in reading order', async ({ context, extensionId }) => {
    const guide = await context.newPage();
    await guide.goto(`chrome-extension://${extensionId}/fake-site-help.html`);
    await expect(guide.getByRole('heading', { level: 1 })).toBeVisible();
    const links = await guide.getByRole('link').evaluateAll((all) => all.map((link) => link.getAttribute('href')));
    expect(links.length).toBe(4);
    const reached: Array<string | null> = [];
    for (const _ of links) {
      await guide.keyboard.press('Tab');
      reached.push(await guide.evaluate(() => document.activeElement?.getAttribute('href') ?? null));
    }
    expect(reached).toEqual(links);
  });

  test('speaks Spanish when the language setting says so', async ({ context, extensionId }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...(settings as object), language: 'es' } });
    });
    try {
      const guide = await context.newPage();
      await guide.goto(`chrome-extension://${extensionId}/fake-site-help.html`);
      await expect(guide.getByRole('heading', { level: 1 })).toHaveText(LOOKALIKE_MESSAGES.es.guideTitle);
      await expect(guide.locator('html')).toHaveAttribute('lang', 'es');
      await expectNoAxeViolations(guide);
    } finally {
      await worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        await api.storage.local.clear();
      });
    }
  });

  test('is reachable from the options page', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const guidePromise = context.waitForEvent('page', (page) => GUIDE.test(page.url()));
    await options.getByRole('link', { name: /I entered my details on a fake USPS site/ }).click();
    const guide = await guidePromise;
    await expect(guide.getByRole('heading', { level: 1 })).toHaveText(EN.guideTitle);
  });
});

test.describe('the sidebar support card’s way to the guide', () => {
  const guideTabs = (context: BrowserContext) => context.pages().filter((page) => GUIDE.test(page.url()));

  test('opens the guide on the person’s click, never on a click forged by the page', async ({ context }) => {
    const tab = await context.newPage();
    await tab.goto(SIGN_IN.url);
    const aside = tab.getByRole(SIDEBAR.role, { name: SIDEBAR.name });
    const button = aside.getByRole('button', { name: 'I entered my details on a fake USPS site' });
    await expect(button).toBeVisible();
    // The page's own script clicks it first (the shadow root is open): an untrusted event.
    await tab.evaluate(() => {
      const host = document.querySelector('restore-access-sidebar');
      const forged = [...(host?.shadowRoot?.querySelectorAll('button') ?? [])].find((each) =>
        each.textContent?.includes('fake USPS site'),
      );
      if (!forged) throw new Error('The support card button is not there');
      forged.click();
    });
    // Then the person clicks. Messages reach the background in order, so once the person's tab is
    // open, a tab for the forged click would be open too.
    const guidePromise = context.waitForEvent('page', (page) => GUIDE.test(page.url()));
    await button.click();
    const guide = await guidePromise;
    await expect(guide.getByRole('heading', { level: 1 })).toHaveText(EN.guideTitle);
    expect(guideTabs(context)).toHaveLength(1);
  });
});

const realPages = loadRealPages();
let serving: RealPage | undefined;

test.describe(REAL_PAGES_MISSING ?? `the toolbar popup on the real pages (${REAL_PAGES_DIR})`, () => {
  test.skip(REAL_PAGES_MISSING !== null, REAL_PAGES_MISSING ?? '');
  let tab: Page;

  test.beforeAll(async ({ toolbarContext }) => {
    tab = await toolbarContext.newPage();
    // This entry's file at its address; the rest falls through to the shared 404 (nothing reaches the network).
    await tab.route('**/*', (route) => {
      const url = route.request().url();
      if (serving && route.request().isNavigationRequest() && url === new URL(serving.url).href) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: serving.html });
      }
      return route.fallback();
    });
  });

  test('lists lookalike pages to check', () => {
    expect(realPages.filter((page) => page.lookalike).length).toBeGreaterThan(0);
  });

  for (const entry of realPages) {
    test(`${entry.label}: ${entry.lookalike ? 'a lookalike, with its real domain' : 'genuinely USPS'}`, async ({
      toolbarContext,
      extensionId,
    }) => {
      serving = entry;
      await tab.goto(entry.url);
      const answer = await askPopup(toolbarContext, extensionId, tab);
      if (entry.lookalike) {
        expect(answer.status).toBe(EN.lookalikeStatus);
        expect(answer.realDomain).toBe(registrableDomain(new URL(entry.url).hostname));
        expect(answer.guideLink).not.toBeNull();
      } else {
        expect(answer.status).not.toBe(EN.lookalikeStatus);
        expect(answer.text).toContain('The address is USPS’s own: usps.com, on https.');
      }
    });
  }
});
