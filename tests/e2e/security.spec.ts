import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { loadDecoys, setSettings, tabSession } from '../fixtures/decoys/harness';
import { fixtureById } from '../fixtures/pool';
import { expect, SIDEBAR, serveFixtures, test } from './extension';

/**
 * Attacks from a page's own script, replayed against the built extension: page script is
 * untrusted even on USPS subdomains. Each test also shows the same thing working for the person,
 * so a pass cannot come from the feature simply not running.
 */
const sidebar = (page: Page) => page.getByRole(SIDEBAR.role, { name: SIDEBAR.name });
const EMAIL = 'pat.doe@gmail.com';

/**
 * A security review's attack page on another USPS subdomain: it titles itself "Page Not Found"
 * (so the error watch loads the detector), dresses itself up as the forgot-username form, pushes
 * the sidebar off-screen and records every value its field receives.
 */
const ATTACK_URL = 'https://tools.usps.com/go/ForgotUsernameAction_input';
const ATTACK_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page Not Found</title>
<style>restore-access-sidebar { position: fixed !important; left: -10000px !important; }</style></head>
<body><main><h1>Forgot your username?</h1>
<form onsubmit="return false"><label for="email">Email address</label>
<input type="email" id="email" name="email" autocomplete="email"><button type="submit">Continue</button></form></main>
<script>
  window.__seen = [];
  document.addEventListener('input', (event) => window.__seen.push(event.target.value), true);
  document.addEventListener('change', (event) => window.__seen.push(event.target.value), true);
</script></body></html>`;

test.beforeEach(async ({ context }) => {
  await serveFixtures(context, [
    ...loadDecoys().map(({ url, html }) => ({ url, html })),
    { url: ATTACK_URL, html: ATTACK_PAGE },
  ]);
});

async function typeEmailOnSignIn(page: Page) {
  await page.goto(fixtureById('sign-in/classic-loginaction.html').url);
  await sidebar(page).waitFor();
  await page.locator('#username').pressSequentially(EMAIL);
  await page.locator('#password').pressSequentially('Hunter2-Secret!');
  // A trusted click on a link hands over what was typed at once (utils/carry-over/capture.ts).
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.waitForURL(/ForgotPasswordAction_input/);
}

test('another USPS subdomain dressed up as the forgot-username form gets nothing of what was typed', async ({
  page,
  context,
}) => {
  await typeEmailOnSignIn(page);
  await expect.poll(async () => (await tabSession(context, page))?.carried).toMatchObject({ value: EMAIL });
  // Both ways the error watch wakes up: the page's title, and a referrer on an account host.
  await page.goto(ATTACK_URL, { referer: 'https://reg.usps.com/entreg/LoginAction_input' });
  await page.waitForLoadState('load');
  // The detector has looked at the page once the error watch's sidebar would have had its chance.
  await page.waitForTimeout(1000);
  await expect(page.locator('#email')).toHaveValue('');
  expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
  expect(await page.content()).not.toContain(EMAIL);
  await expect(page.locator('restore-access-sidebar').getByText(/What you typed|pa••••/)).toHaveCount(0);

  // The real forgot-username page on reg.usps.com still gets it: the value was there all along.
  await page.goto(fixtureById('forgot-username/classic-forgot-username.html').url);
  await expect(page.locator('#fu-email')).toHaveValue(EMAIL);
});

/** Clicks, from the page's own script, every sidebar control it finds; answers which it found. */
function forgeClicks(page: Page, names: string[]) {
  return page.evaluate((wanted) => {
    const root = document.querySelector('restore-access-sidebar')?.shadowRoot;
    const found: string[] = [];
    for (const button of root?.querySelectorAll('button') ?? []) {
      // The accessible name: aria-label, else the text a screen reader reads (aria-hidden left out).
      const readable = button.cloneNode(true) as HTMLElement;
      for (const hidden of readable.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      const name = button.getAttribute('aria-label') ?? readable.textContent ?? '';
      if (!wanted.includes(name.trim())) continue;
      found.push(name.trim());
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }
    const select = root?.querySelector('select');
    if (select && wanted.includes('Text size')) {
      select.value = 'largest';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      found.push('Text size');
    }
    return found.sort();
  }, names);
}

const storedSettings = async (page: Page) =>
  page
    .context()
    .serviceWorkers()[0]
    ?.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      return (await api.storage.local.get('settings')).settings as Record<string, unknown> | undefined;
    });

test("page script clicking the sidebar's controls changes no setting, no journey and fills nothing", async ({
  page,
  context,
}) => {
  await setSettings(context, { ...DEFAULT_SETTINGS, prefill: 'ask' });
  await typeEmailOnSignIn(page);
  const aside = sidebar(page);
  await expect(aside.getByRole('button', { name: 'Fill', exact: true })).toBeVisible();
  await expect(aside.getByRole('button', { name: 'Start over' })).toBeVisible();
  const journeyBefore = (await tabSession(context, page))?.journey;
  // The disclosure only shows controls (nothing is saved), so the page may open it.
  await page.evaluate(() => {
    const root = document.querySelector('restore-access-sidebar')?.shadowRoot;
    (root?.querySelector('[aria-controls="ra-display-controls"]') as HTMLButtonElement | null)?.click();
  });
  await expect(aside.getByRole('button', { name: 'Narrower' })).toBeVisible();

  const controls = [
    'Fill',
    'Start over',
    'Narrower',
    'Wider',
    'Move to the left side',
    'Text size',
    'Hide account help',
  ];
  expect(await forgeClicks(page, controls)).toEqual([...controls].sort());
  await page.waitForTimeout(500);

  expect(await storedSettings(page)).toEqual({ ...DEFAULT_SETTINGS, prefill: 'ask' });
  expect((await tabSession(context, page))?.journey).toEqual(journeyBefore);
  await expect(page.locator('#fp-username')).toHaveValue('');
  await expect(aside.getByRole('button', { name: 'Hide account help' })).toBeVisible();

  // The person's own presses do all of it.
  await aside.getByRole('button', { name: 'Move to the left side' }).click();
  await expect.poll(async () => (await storedSettings(page))?.side).toBe('left');
  await aside.getByRole('button', { name: 'Fill', exact: true }).click();
  await expect(page.locator('#fp-username')).toHaveValue(EMAIL);
});

test('page script cannot collapse or expand help on a sign-in page, where collapsing is remembered', async ({
  page,
}) => {
  await page.goto(fixtureById('sign-in/classic-loginaction.html').url);
  const aside = sidebar(page);
  await expect(aside.getByRole('button', { name: 'Hide account help' })).toBeVisible();
  expect(await forgeClicks(page, ['Hide account help'])).toEqual(['Hide account help']);
  await page.waitForTimeout(300);
  await expect(aside.getByRole('button', { name: 'Hide account help' })).toBeVisible();
  expect((await storedSettings(page))?.collapsedOn ?? []).toEqual([]);

  await aside.getByRole('button', { name: 'Hide account help' }).click();
  await expect.poll(async () => (await storedSettings(page))?.collapsedOn).toEqual(['sign-in']);
  const tab = aside.getByRole('button', { name: 'Account help' });
  await expect(tab).toBeVisible();
  expect(await forgeClicks(page, ['Account help'])).toEqual(['Account help']);
  await page.waitForTimeout(300);
  await expect(tab).toBeVisible();
  expect((await storedSettings(page))?.collapsedOn).toEqual(['sign-in']);
});

test("WXT's start-up message forged with the real extension id, on a page with help, changes nothing", async ({
  page,
  context,
  extensionId,
}) => {
  await setSettings(context, { ...DEFAULT_SETTINGS, prefill: 'ask' });
  await typeEmailOnSignIn(page);
  const aside = sidebar(page);
  await expect(aside.getByRole('button', { name: 'Fill', exact: true })).toBeVisible();
  await page.evaluate((id) => {
    for (const script of ['sidebar', 'detector', 'error-watch', 'content']) {
      window.postMessage(`${id}:${script}:wxt:content-script-started`, '*');
      window.postMessage({ type: `${id}:${script}:wxt:content-script-started`, contentScriptName: script }, '*');
      window.dispatchEvent(new CustomEvent(`${id}:${script}:wxt:content-script-started`));
    }
    window.postMessage({ type: 'open-sidebar' }, '*');
    window.postMessage({ type: 'session', request: { type: 'carry:set', value: 'planted-by-page' } }, '*');
  }, extensionId);
  await page.waitForTimeout(500);
  await expect(aside.getByRole('button', { name: 'Fill', exact: true })).toBeVisible();
  await aside.getByRole('button', { name: 'Fill', exact: true }).click();
  await expect(page.locator('#fp-username')).toHaveValue(EMAIL);
  expect((await tabSession(context, page))?.carried).toMatchObject({ value: EMAIL });
});
