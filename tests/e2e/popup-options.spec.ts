import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { fixtureById } from '../fixtures/pool';
import { expect, extensionWorker, SIDEBAR, test } from './extension';

/**
 * The popup and options page, opened as ordinary tabs at their chrome-extension:// URLs. A
 * popup opened that way would be its own active tab, so it is told which tab to describe with
 * `?tab=<id>` (see utils/popup/status.ts); the id is looked up by URL from the service worker.
 */
const SIGN_IN = fixtureById('sign-in/classic-loginaction.html');
const TRACKING = fixtureById('other/tracking-result.html');

type Chrome = typeof import('wxt/browser').browser;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The tab id of a page. Without the "tabs" permission the extension sees URLs only of usps.com
 * tabs, so the page is brought to the front and the active tab is asked for instead.
 */
async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.id;
  });
  if (id === undefined) throw new Error(`No active tab for ${page.url()}`);
  return id;
}

async function openPopupFor(context: BrowserContext, extensionId: string, tab: Page): Promise<Page> {
  const worker = await extensionWorker(context);
  const tabId = await tabIdOf(worker, tab);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

async function storedSettings(context: BrowserContext): Promise<unknown> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await chrome.storage.local.get('settings')).settings;
  });
}

/** Runs axe with the WCAG 2.0–2.2 A/AA tags plus target-size, and proves target-size ran. */
async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'target-size': { enabled: true } } })
    .withTags(AXE_TAGS)
    .analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
  const ran = [...results.passes, ...results.incomplete, ...results.inapplicable].map((rule) => rule.id);
  expect(ran).toContain('target-size');
  expect(ran).toContain('color-contrast');
}

test.describe('popup', () => {
  test('states what was recognised in the tab it was opened for', async ({ context, extensionId }) => {
    const tab = await context.newPage();
    await tab.goto(SIGN_IN.url);
    const popup = await openPopupFor(context, extensionId, tab);
    await expect(popup.getByRole('status')).toHaveText('Recognised here: the USPS.com sign-in page.');
    await expect(popup.getByText(/Unofficial helper\. Not affiliated/)).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Open account help in this tab' })).toBeVisible();
    await expect(popup.getByRole('link', { name: /Reset your USPS\.com password/ })).toHaveAttribute(
      'href',
      'https://reg.usps.com/entreg/ForgotPasswordAction_input',
    );
    await expect(popup.getByRole('link', { name: /Find your USPS\.com username/ })).toHaveAccessibleDescription(
      'On the sign-in page, choose “Forgot your username?”.',
    );
    await expect(popup.getByRole('link', { name: /Contact USPS/ })).toHaveAttribute(
      'href',
      'https://www.usps.com/help/contact-us.htm',
    );
  });

  test('shows the journey progress the sidebar recorded in that tab', async ({ context, extensionId }) => {
    const tab = await context.newPage();
    await tab.goto(SIGN_IN.url);
    await expect(tab.getByRole(SIDEBAR.role, { name: SIDEBAR.name })).toBeVisible();
    const popup = await openPopupFor(context, extensionId, tab);
    await expect(popup.getByText('Progress in this tab: step 1 of 5.')).toBeVisible();
  });

  test('says calmly that a page outside usps.com is not a USPS page', async ({ context, extensionId }) => {
    const tab = await context.newPage();
    await tab.goto('https://example.org/');
    const popup = await openPopupFor(context, extensionId, tab);
    await expect(popup.getByRole('status')).toHaveText(
      'This tab is not a USPS.com page. Restore Access only helps on usps.com pages.',
    );
    await expect(popup.getByRole('button', { name: /Open account help/ })).toHaveCount(0);
  });

  test('opens account help on an ordinary USPS page when asked', async ({ context, extensionId }) => {
    const tab = await context.newPage();
    await tab.goto(TRACKING.url);
    const popup = await openPopupFor(context, extensionId, tab);
    await expect(popup.getByRole('status')).toHaveText('This USPS.com page is not a sign-in or account recovery page.');
    await popup.getByRole('button', { name: 'Open account help in this tab' }).click();
    await expect(tab.getByRole(SIDEBAR.role, { name: SIDEBAR.name })).toBeVisible();
  });

  test('speaks Spanish when the language setting says so', async ({ context, extensionId }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      await chrome.storage.local.set({ settings: { language: 'es' } });
    });
    const tab = await context.newPage();
    await tab.goto(SIGN_IN.url);
    const popup = await openPopupFor(context, extensionId, tab);
    await expect(popup.getByRole('status')).toHaveText('Reconocido aquí: la página de inicio de sesión de USPS.com.');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'es');
  });

  test('has no axe violations, in light and dark mode', async ({ context, extensionId }) => {
    const tab = await context.newPage();
    await tab.goto(SIGN_IN.url);
    const popup = await openPopupFor(context, extensionId, tab);
    await expect(popup.getByRole('status')).toHaveText(/Recognised here/);
    await expectNoAxeViolations(popup);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(popup);
  });
});

test.describe('options page', () => {
  test('saves each change at once and keeps it across a reload', async ({ context, extensionId }) => {
    const page = await openOptions(context, extensionId);
    await page.getByRole('radio', { name: 'Left side' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.getByRole('radio', { name: 'Largest' }).check();
    await page.getByRole('radio', { name: /Only when something went wrong/ }).check();
    await page.getByRole('radio', { name: 'Ask me before filling it in' }).check();
    const minutes = page.getByRole('spinbutton', { name: /Offer help if the email has not arrived/ });
    await minutes.fill('15');
    await minutes.press('Enter');
    await expect.poll(() => storedSettings(context)).toMatchObject({ followUpMinutes: 15 });

    await page.reload();
    await expect(page.getByRole('radio', { name: 'Left side' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Largest' })).toBeChecked();
    await expect(page.getByRole('radio', { name: /Only when something went wrong/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Ask me before filling it in' })).toBeChecked();
    await expect(page.getByRole('spinbutton', { name: /Offer help/ })).toHaveValue('15');
    expect(await storedSettings(context)).toEqual({
      language: 'auto',
      side: 'left',
      width: 360,
      textSize: 'largest',
      autoOpen: 'problems',
      collapsedOn: [],
      prefill: 'ask',
      followUpMinutes: 15,
      passwordCheck: true,
    });
  });

  test('refuses follow-up minutes out of range and says why', async ({ context, extensionId }) => {
    const page = await openOptions(context, extensionId);
    const minutes = page.getByRole('spinbutton', { name: /Offer help/ });
    await minutes.fill('0');
    await minutes.press('Tab');
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    await expect(minutes).toHaveAccessibleDescription(/Enter a whole number from 1 to 120\./);
    expect(await storedSettings(context)).toBeUndefined();
  });

  test('shows a notice naming the fields reset when stored settings are corrupted', async ({
    context,
    extensionId,
  }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      await chrome.storage.local.set({ settings: { side: 'up', textSize: 'larger', followUpMinutes: 'soon' } });
    });
    const page = await openOptions(context, extensionId);
    const notice = page.getByRole('alert');
    await expect(notice).toContainText(
      'Some saved settings could not be read, so they were put back to their defaults: Side, Follow-up minutes.',
    );
    // The valid field is kept; the broken ones show their defaults.
    await expect(page.getByRole('radio', { name: 'Larger', exact: true })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Right side' })).toBeChecked();
    await expect(page.getByRole('spinbutton', { name: /Offer help/ })).toHaveValue('10');
    await expectNoAxeViolations(page);

    await notice.getByRole('button', { name: 'Keep these settings' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved. The notice is gone.' })).toBeVisible();
    expect(await storedSettings(context)).toMatchObject({ side: 'right', textSize: 'larger', followUpMinutes: 10 });
  });

  for (const [label, value] of [
    ['half a JSON text', '{"side":"left",'],
    ['null', null],
  ] as const) {
    test(`resets everything with a notice when the stored value is ${label}`, async ({ context, extensionId }) => {
      const worker = await extensionWorker(context);
      await worker.evaluate(async (value) => {
        const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
        await chrome.storage.local.set({ settings: value });
      }, value);
      const page = await openOptions(context, extensionId);
      await expect(page.getByRole('alert')).toContainText('put back to their defaults: Language, Side, Width');
      await expect(page.getByRole('radio', { name: 'Automatic' })).toBeChecked();
    });
  }

  test('forgets what was typed in every tab at once and announces it', async ({ context, extensionId }) => {
    const worker = await extensionWorker(context);
    const journey = {
      reached: ['sign-in'],
      current: 'sign-in',
      route: null,
      startedAt: 1,
      successShown: false,
      emailedAt: null,
      emailedOn: null,
      lastKind: 'sign-in',
    };
    await worker.evaluate(async (journey) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const now = Date.now();
      await chrome.storage.session.set({
        'tab-101': { journey, carried: { value: 'Pat.Doe', capturedAt: now } },
        'tab-102': { journey, carried: { value: 'pat@example.com', capturedAt: now } },
      });
    }, journey);
    const page = await openOptions(context, extensionId);
    await page.getByRole('button', { name: 'Forget what I typed' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Done. What you typed was forgotten in every tab.' }),
    ).toBeVisible();
    const session = await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      return chrome.storage.session.get(null);
    });
    expect(session).toEqual({ 'tab-101': { journey, carried: null }, 'tab-102': { journey, carried: null } });

    await page.getByRole('button', { name: 'Forget what I typed' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Done. Nothing you typed was being kept.' })).toBeVisible();
  });

  test('lists the pages where help was hidden and shows it there again on request', async ({
    context,
    extensionId,
  }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      await chrome.storage.local.set({ settings: { collapsedOn: ['sign-in', 'sign-up'] } });
    });
    const page = await openOptions(context, extensionId);
    const group = page.getByRole('group', { name: 'Pages where you hid account help' });
    await expect(group).toContainText(
      'Account help stays hidden until you open it on: the USPS.com sign-in page; the USPS.com sign-up page.',
    );
    await expectNoAxeViolations(page);
    await group.getByRole('button', { name: 'Show account help on these pages again' }).click();
    // The confirmation takes the button's place and its focus.
    await expect(group.getByText('Done. Account help is no longer hidden on any page.')).toBeFocused();
    await expect(group.getByRole('button')).toHaveCount(0);
    await expect.poll(() => storedSettings(context)).toMatchObject({ collapsedOn: [] });
  });

  test('states that it is unofficial, makes no network requests and what it keeps', async ({
    context,
    extensionId,
  }) => {
    const page = await openOptions(context, extensionId);
    const about = page.getByRole('region', { name: 'About and privacy' });
    await expect(about).toContainText('not affiliated with, endorsed by or run by the United States Postal Service');
    await expect(about).toContainText('It makes no network requests.');
    await expect(about).toContainText('at most 30 minutes, and never your password');
  });

  test('can be used with the keyboard alone', async ({ context, extensionId }) => {
    const page = await openOptions(context, extensionId);
    // Tab reaches the first radio group; arrow keys move the choice (and save it).
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: /Automatic/ })).toBeFocused();
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Right side' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Left side' })).toBeChecked();
    await page.keyboard.press('Tab'); // text size
    await page.keyboard.press('Tab'); // auto-open
    await page.keyboard.press('Tab'); // prefill
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Ask me before filling it in' })).toBeChecked();
    await page.keyboard.press('Tab');
    const minutes = page.getByRole('spinbutton', { name: /Offer help/ });
    await expect(minutes).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    const passwordCheck = page.getByRole('checkbox', { name: /Check a new password against the USPS rules/ });
    await expect(passwordCheck).toBeFocused();
    await page.keyboard.press('Space');
    await expect(passwordCheck).not.toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Forget what I typed' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /^Done\./ })).toBeVisible();
    await expect
      .poll(() => storedSettings(context))
      .toMatchObject({
        language: 'en',
        side: 'left',
        prefill: 'ask',
        followUpMinutes: 11,
        passwordCheck: false,
      });
  });

  test('reflows at 320 CSS pixels (400% zoom) with nothing scrolling sideways', async ({ context, extensionId }) => {
    const page = await openOptions(context, extensionId);
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // The widest controls fit whole once scrolled to (vertically only).
    for (const name of ['Forget what I typed', /Only when something went wrong/] as const) {
      const control = typeof name === 'string' ? page.getByRole('button', { name }) : page.getByText(name);
      await control.scrollIntoViewIfNeeded();
      await expect(control).toBeInViewport({ ratio: 1 });
    }
  });

  test('has no axe violations, in light and dark mode', async ({ context, extensionId }) => {
    const page = await openOptions(context, extensionId);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });
});
