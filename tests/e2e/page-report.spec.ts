import type { BrowserContext, Page } from '@playwright/test';
import { fixtureById } from '../fixtures/pool';
import { expect, extensionWorker, test } from './extension';
import { openSituation } from './sidebar-helpers';

/**
 * "This help doesn't fit this page": the popup (opened as a tab for a named tab, as in
 * popup-options.spec.ts) asks the background for the page report, which opens the report page.
 */
const SIGN_IN = fixtureById('sign-in/classic-loginaction.html');
const TYPED = 'typed-secret-username';

type Chrome = typeof import('wxt/browser').browser;

async function openPopupFor(context: BrowserContext, extensionId: string, tab: Page): Promise<Page> {
  const worker = await extensionWorker(context);
  await tab.bringToFront();
  const tabId = await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.id;
  });
  if (tabId === undefined) throw new Error(`No active tab for ${tab.url()}`);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

test('the popup makes a page report without what was typed, shown once with Copy and Save', async ({
  context,
  extensionId,
}) => {
  const tab = await context.newPage();
  await tab.goto(SIGN_IN.url);
  await tab.locator('#username').fill(TYPED);
  const popup = await openPopupFor(context, extensionId, tab);
  await expect(popup.getByRole('status')).toHaveText('Recognised here: the USPS.com sign-in page.');

  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: "This help doesn't fit this page" }).click();
  const reportPage = await opened;
  await reportPage.waitForLoadState();
  expect(reportPage.url()).toMatch(
    new RegExp(`^chrome-extension://${extensionId}/page-report\\.html\\?id=[0-9a-f-]{36}$`),
  );

  const text = reportPage.getByRole('textbox', { name: 'The report, exactly as it would be shared' });
  await expect(text).toHaveAttribute('readonly', '');
  await expect(text).toHaveValue(/Restore Access page report/);
  const report = await text.inputValue();
  expect(report).toContain('address: https://reg.usps.com/entreg/LoginAction_input\n');
  expect(report).toContain('recognised as: sign-in');
  expect(report).toContain('id="username"');
  expect(report).not.toContain(TYPED);
  expect(report).not.toContain('app=Phoenix');
  expect(report).not.toMatch(/<script/i);

  await expect(reportPage.getByRole('button', { name: 'Copy the report' })).toBeVisible();
  const save = reportPage.getByRole('link', { name: 'Save the report as a file' });
  await expect(save).toHaveAttribute('download', /^usps-page-report-\d{4}-\d{2}-\d{2}\.html$/);
  await expect(save).toHaveAttribute('href', /^blob:/);
  await expect(reportPage.getByText('The extension never sends it.')).toBeVisible();

  // Read once, then deleted from storage.session.
  await reportPage.reload();
  await expect(reportPage.getByRole('alert')).toContainText('This report is no longer here');
});

test('the popup says it does not know an account page with a form that no rule claims', async ({
  context,
  extensionId,
}) => {
  const url = 'https://reg.usps.com/entreg/SomeNewAction_input';
  const tab = await context.newPage();
  // A page route comes before the context's fixture pool.
  await tab.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><title>USPS.com</title><h1>Something new</h1><form><label>Favourite colour <input name="colour"></label><button type="submit">Go</button></form></html>',
    }),
  );
  await tab.goto(url);
  const popup = await openPopupFor(context, extensionId, tab);
  await expect(popup.getByRole('status')).toHaveText("We don't know this USPS page yet.");
  await expect(popup.getByRole('button', { name: 'Open account help in this tab' })).toBeVisible();
  await expect(popup.getByRole('button', { name: "This help doesn't fit this page" })).toBeVisible();
});

/** Clicks the sidebar's report button from the page's own script; answers whether it found it. */
function forgeReportClick(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.querySelector('restore-access-sidebar')?.shadowRoot;
    const button = [...(root?.querySelectorAll('button') ?? [])].find(
      (each) => each.textContent?.trim() === "This help doesn't fit this page",
    );
    button?.click();
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    return button !== undefined;
  });
}

const reportTabs = (context: BrowserContext) =>
  context.pages().filter((each) => each.url().includes('/page-report.html'));

test("the sidebar's own link makes the same report, and the page's script cannot press it", async ({
  context,
  page,
}) => {
  const aside = await openSituation(page, SIGN_IN);
  await page.locator('#username').fill(TYPED);
  const link = aside.getByRole('button', { name: "This help doesn't fit this page" });
  await expect(link).toBeVisible();

  expect(await forgeReportClick(page)).toBe(true);
  const opened = context.waitForEvent('page');
  await link.click();
  const reportPage = await opened;
  const text = reportPage.getByRole('textbox', { name: 'The report, exactly as it would be shared' });
  await expect(text).toHaveValue(/recognised as: sign-in/);
  expect(await text.inputValue()).not.toContain(TYPED);
  await expect(reportPage).toHaveTitle("Restore Access: Report a USPS page the help doesn't fit");
  // Messages reach the background in order: a tab the forged click had asked for would already
  // be open by the time the person's own report is.
  expect(reportTabs(context)).toHaveLength(1);
});

test('a report of a Spanish USPS page is shown in Spanish', async ({ context, page }) => {
  const aside = await openSituation(page, fixtureById('account-locked/es-reg-locked.html'));
  const opened = context.waitForEvent('page');
  await aside.getByRole('button', { name: 'Esta ayuda no corresponde a esta página' }).click();
  const reportPage = await opened;
  await expect(reportPage.getByRole('heading', { level: 1 })).toHaveText(
    'Informar de una página de USPS en la que la ayuda no encaja',
  );
  await expect(reportPage.locator('html')).toHaveAttribute('lang', 'es');
  await expect(reportPage.getByRole('textbox', { name: 'El informe, exactamente como se compartiría' })).toHaveValue(
    /address: https:\/\/es-reg\.usps\.com\/entreg\/LoginAction_input\n/,
  );
  await expect(reportPage.getByRole('button', { name: 'Copiar el informe' })).toBeVisible();
});
