import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { ACCOUNT_HOSTS } from '../../utils/core/account-hosts';
import { ERROR_PAGE_MATCHES, HELP_PAGE_MATCHES } from '../../utils/delivery/help-pages';
import {
  decoy,
  dumpStorage,
  loadDecoys,
  serveWithDecoys,
  serviceWorker,
  setSettings,
  tabIdOf,
  tabSession,
  writeStorage,
} from '../fixtures/decoys/harness';
import { fixtureById, loadFixturePool } from '../fixtures/pool';
import { EXTENSION_DIR, expect, SIDEBAR, test } from './extension';

/**
 * What must never happen, checked in the built extension: a password kept anywhere, a network
 * request, a hostile value run as code, a decoy field filled, a page steering the extension.
 */
const PASSWORD = 'Hunter2-Secret!';
const sidebar = (page: Page) => page.getByRole(SIDEBAR.role, { name: SIDEBAR.name });
const NOT_FILLED = /We did not fill in this page/;

test.beforeEach(async ({ context }) => {
  await serveWithDecoys(context);
});

/** Every request the context sees (pages, extension pages, the service worker). */
function recordRequests(context: BrowserContext) {
  const seen: { url: string; fromExtension: boolean; navigation: boolean }[] = [];
  const onRequest = (request: Request) => {
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // Service-worker requests have no frame.
    }
    seen.push({
      url: request.url(),
      fromExtension: request.serviceWorker() !== null || frameUrl.startsWith('chrome-extension://'),
      navigation: request.isNavigationRequest(),
    });
  };
  context.on('request', onRequest);
  return { seen, stop: () => context.off('request', onRequest) };
}

async function carryByTyping(page: Page, value: string) {
  await page.goto(fixtureById('sign-in/classic-loginaction.html').url);
  await sidebar(page).waitFor();
  await page.locator('#username').pressSequentially(value);
  await page.locator('#password').pressSequentially(PASSWORD);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.waitForURL(/ForgotPasswordAction_input/);
}

test('a full journey keeps the password nowhere and makes no network request', async ({
  page,
  context,
  extensionId,
}) => {
  const requests = recordRequests(context);
  await carryByTyping(page, 'Pat.Doe_Example');
  await expect(page.locator('#fp-username')).toHaveValue('Pat.Doe_Example');
  await page.goto(fixtureById('check-email/classic-username-sent.html').url);
  await sidebar(page)
    .getByRole('heading', { name: /spam folder/ })
    .waitFor();
  const tabId = await tabIdOf(context, page);

  const storage = JSON.stringify(await dumpStorage(context));
  expect(storage).toContain('Pat.Doe_Example'); // the dump does see what is carried…
  expect(storage).not.toContain(PASSWORD); // …and never the password.

  for (const path of [`popup.html?tabId=${tabId}`, 'options.html']) {
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/${path}`);
    await extensionPage.locator('body *').first().waitFor();
    expect(await extensionPage.content()).not.toContain(PASSWORD);
    expect(await extensionPage.evaluate(() => document.body.textContent)).not.toContain(PASSWORD);
    await extensionPage.close();
  }
  expect(await page.content()).not.toContain(PASSWORD);
  expect(await sidebar(page).textContent()).not.toContain(PASSWORD);

  // The recorder does catch a service-worker request (probe), so silence below means something.
  const worker = await serviceWorker(context);
  await worker.evaluate(() => fetch('https://probe.invalid/').catch(() => undefined));
  await expect.poll(() => requests.seen.some((r) => r.url === 'https://probe.invalid/' && r.fromExtension)).toBe(true);
  requests.stop();

  const local = `chrome-extension://${extensionId}/`;
  const fixtureUrls = new Set(loadFixturePool().map((fixture) => fixture.url));
  const offending = requests.seen.filter((r) => {
    if (r.url === 'https://probe.invalid/') return false;
    if (r.url.startsWith(local)) return false;
    // Pages may load only the fixture documents the test navigated to; the extension nothing.
    return r.fromExtension || !(r.navigation && fixtureUrls.has(r.url));
  });
  expect(offending).toEqual([]);
});

test('the manifest names no remote URL beyond the USPS pages it works on', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const urls = JSON.stringify(manifest).match(/[a-z-]+:\/\/[^"]*/gi) ?? [];
  // All of usps.com, the account hosts that get the full detector (utils/core/account-hosts.ts), and
  // the help pages that also get the sidebar bundle (utils/delivery/help-pages.ts): on the account hosts,
  // or USPS's own error pages on usps.com hosts.
  const allowed = new Set([
    'https://*.usps.com/*',
    ...ACCOUNT_HOSTS.map((host) => `https://${host}/*`),
    ...HELP_PAGE_MATCHES,
  ]);
  for (const pattern of HELP_PAGE_MATCHES) {
    const host = new URL(pattern).hostname;
    expect(ACCOUNT_HOSTS.includes(host) || (ERROR_PAGE_MATCHES.includes(pattern) && host.endsWith('.usps.com'))).toBe(
      true,
    );
  }
  expect(urls.filter((url) => !allowed.has(url))).toEqual([]);
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.web_accessible_resources).toBeUndefined();
});

for (const hostile of ['<img src=x onerror=window.__pwned=1>', '"><svg onload=window.__pwned=1>']) {
  test(`a hostile identifier ${hostile.slice(0, 12)}… stays inert text`, async ({ page }) => {
    await carryByTyping(page, hostile);
    await expect(page.locator('#fp-username')).toHaveValue(hostile);
    const aside = sidebar(page);
    await expect(aside.getByText(/What you typed on the sign-in page:/)).toBeVisible();
    expect(await aside.locator('img, svg').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
  });
}

test('right-to-left overrides and 10 000 characters are refused, never carried', async ({ page, context }) => {
  // A valid value first: the refused ones must not replace it.
  await page.goto(fixtureById('sign-in/verified-sign-in.html').url);
  await sidebar(page).waitFor();
  const field = page.locator('[data-testid="fr-field-callback_1"] input');
  await field.pressSequentially('Pat.Doe');
  await expect.poll(async () => (await tabSession(context, page))?.carried).toMatchObject({ value: 'Pat.Doe' });
  for (const refused of ['evil\u202Egnp.exe', 'x'.repeat(10_000)]) {
    await field.fill(refused);
    expect((await field.inputValue()).length).toBe(refused.length);
    // A trusted click on the form's link hands over whatever capture accepted, at once.
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
  }
  await page.goto(fixtureById('forgot-password/verified-forgot-password.html').url);
  await expect(page.locator('#floatingLabelInput1')).toHaveValue('Pat.Doe');
  expect(JSON.stringify(await dumpStorage(context))).not.toContain('\u202E');
});

test('decoy fields are filled 0 times; http and lookalike hosts get nothing at all', async ({ page }) => {
  await carryByTyping(page, 'Pat.Doe');
  await expect(page.locator('#fp-username')).toHaveValue('Pat.Doe');
  // The http, lookalike and iframe decoys prove the manifest: no script of ours runs there at all,
  // so they would pass even without the code's own refusals (not-usps, not-top-frame), which
  // tests/unit/carry-over/fill-target.test.ts proves instead.
  for (const trap of loadDecoys().filter((entry) => entry.expect === 'no-fill' && !entry.url.includes('hostile'))) {
    await page.goto(trap.url);
    const genuine = trap.url.startsWith('https://reg.usps.com/');
    if (genuine) {
      // The extension did recognise the forgot page and decided not to fill.
      await expect(sidebar(page).getByText(NOT_FILLED), trap.trap).toBeVisible();
    } else {
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      await expect(page.locator('restore-access-sidebar'), trap.trap).toHaveCount(0);
    }
    const fills = await page.evaluate(() => {
      const scope = window as unknown as { __fills: number; __frameFills?: number };
      return scope.__fills + (scope.__frameFills ?? 0);
    });
    expect(fills, trap.trap).toBe(0);
    for (const input of await page.locator('input[type="text"]').all()) expect(await input.inputValue()).toBe('');
  }
  // The carried value was there all along: the control page still gets it.
  await page.goto(decoy('none').url);
  await expect(page.locator('#fp-username')).toHaveValue('Pat.Doe');
});

test('a page posting look-alike messages and forging clicks cannot make it fill', async ({ page, context }) => {
  await setSettings(context, { prefill: 'ask' });
  await carryByTyping(page, 'Pat.Doe');
  await page.goto(decoy('hostile').url);
  const aside = sidebar(page);
  await expect(aside.getByText('Fill in your username?')).toBeVisible();
  // Forged clicks on the Fill button while it was on screen, not a burst before it existed.
  await page.waitForFunction(() => (window as unknown as { __fillClicks: number }).__fillClicks >= 20);
  await expect(page.locator('#fp-username')).toHaveValue('');
  expect(await page.evaluate(() => (window as unknown as { __fills: number }).__fills)).toBe(0);
  expect((await tabSession(context, page))?.carried).toMatchObject({ value: 'Pat.Doe' });
  // Only the person's own click fills.
  await aside.getByRole('button', { name: 'Fill', exact: true }).click();
  await expect(page.locator('#fp-username')).toHaveValue('Pat.Doe');
});

test('a sign-in page forging typing, clicks, Enter and submit gets nothing captured', async ({ page, context }) => {
  const signIn = decoy('hostile');
  const hostileSignIn = loadDecoys().find((entry) => entry.expect === 'no-capture');
  if (!hostileSignIn || !signIn) throw new Error('missing decoys');
  await page.goto(hostileSignIn.url);
  await sidebar(page).waitFor();
  await page.waitForFunction(() => (window as unknown as { __withHelp: number }).__withHelp >= 20);
  await expect(page.locator('#username')).toHaveValue('planted-by-page');
  await page.goto(decoy('none').url);
  await expect.poll(async () => (await tabSession(context, page))?.journey).toMatchObject({ current: 'forgot' });
  expect((await tabSession(context, page))?.carried).toBeNull();
  await expect(page.locator('#fp-username')).toHaveValue('');
  await expect(sidebar(page).getByText(/What you typed on the sign-in page/)).toHaveCount(0);
});

test('look-alike messages on an ordinary page show nothing', async ({ page, extensionId }) => {
  await page.goto(fixtureById('other/tracking-result.html').url);
  await page.evaluate((id) => {
    for (const message of [
      { type: 'show-help' },
      { type: 'open-sidebar' },
      { type: 'open-help', tabId: 1 },
      `${id}:sidebar:wxt:content-script-started`,
      { type: `${id}:sidebar:wxt:content-script-started` },
    ]) {
      window.postMessage(message, '*');
    }
    document.dispatchEvent(new CustomEvent('restore-access:open'));
  }, extensionId);
  await page.waitForTimeout(500);
  await expect(page.locator('restore-access-sidebar')).toHaveCount(0);
});

test('corrupted session storage for a tab: defaults with a notice, nothing else lost', async ({ page, context }) => {
  await setSettings(context, { textSize: 'large' });
  await carryByTyping(page, 'Pat.Doe');
  const other = await context.newPage();
  await other.goto(fixtureById('sign-in/classic-loginaction.html').url);
  await sidebar(other).waitFor();
  await other.locator('#username').pressSequentially('Other.Person');
  await expect.poll(async () => (await tabSession(context, other))?.carried).toMatchObject({ value: 'Other.Person' });

  await writeStorage(context, 'session', { [`tab-${await tabIdOf(context, page)}`]: '{garbage' });
  await page.reload();
  const aside = sidebar(page);
  await expect(aside.getByText(/could not read what it remembered for this tab/)).toBeVisible();
  await expect(page.locator('#fp-username')).toHaveValue('');
  expect((await tabSession(context, page))?.carried).toBeNull();
  // The other tab and the settings are untouched.
  expect((await tabSession(context, other))?.carried).toMatchObject({ value: 'Other.Person' });
  expect(((await dumpStorage(context)).local as { settings: { textSize: string } }).settings.textSize).toBe('large');
});
