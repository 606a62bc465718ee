import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { decoy, serveWithDecoys, setSettings, tabIdOf, tabSession, writeStorage } from '../fixtures/decoys/harness';
import { fixtureById } from '../fixtures/pool';
import { expect, SIDEBAR, test } from './extension';

/** Carry-over and spam reminder through the built extension, across all three sign-in generations. */
const sidebar = (page: Page) => page.getByRole(SIDEBAR.role, { name: SIDEBAR.name });

test.beforeEach(async ({ context }) => {
  await serveWithDecoys(context);
});

async function typeOnSignIn(page: Page, fixtureId: string, field: string, value: string) {
  await page.goto(fixtureById(fixtureId).url);
  await sidebar(page).waitFor();
  await page.locator(field).pressSequentially(value);
}

test('carries exactly what was typed on classic sign-in into forgot password; Undo and Forget it work', async ({
  page,
  context,
}) => {
  await typeOnSignIn(page, 'sign-in/classic-loginaction.html', '#username', 'Pat.Doe_Example');
  await page.locator('#password').pressSequentially('Hunter2-Secret!');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.waitForURL(/ForgotPasswordAction_input/);

  const field = page.locator('#fp-username');
  await expect(field).toHaveValue('Pat.Doe_Example');
  const aside = sidebar(page);
  await expect(aside.getByText('We filled in your username. Check it is right.')).toBeVisible();
  await expect(aside.getByText('What you typed on the sign-in page: Pa••••')).toBeVisible();
  // Right under the summary, before the steps: seen at 1280×800 without scrolling the sidebar.
  expect(await aside.locator('.ra-panel').evaluate((panel) => panel.scrollTop)).toBe(0);
  for (const text of ['We filled in your username. Check it is right.', 'Forget it']) {
    const box = await aside.getByText(text).boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 800, text).toBe(true);
  }
  const headings = await aside.getByRole('heading', { level: 3 }).allInnerTexts();
  expect(headings.indexOf('Your username')).toBeGreaterThan(headings.indexOf('Reset your password'));
  expect(headings.indexOf('Your username')).toBeLessThan(headings.indexOf('What to do next'));

  await aside.getByRole('button', { name: 'Undo' }).click();
  await expect(field).toHaveValue('');
  await expect(aside.getByText('The field is empty again.')).toBeVisible();

  await aside.getByRole('button', { name: 'Forget it' }).click();
  await expect(aside.getByText('Forgotten. Nothing you typed is kept.')).toBeVisible();
  await expect.poll(async () => (await tabSession(context, page))?.carried).toBeNull();
});

test("fills so the page's own script sees it: Continue enabled only by input events", async ({ page }) => {
  await typeOnSignIn(page, 'sign-in/portal-login.html', '#username', 'Pat.Doe');
  await page.getByRole('link', { name: /Forgot your password/ }).click();
  await page.goto(decoy('none').url);
  await expect(page.locator('#fp-username')).toHaveValue('Pat.Doe');
  await expect(page.locator('#continue')).toBeEnabled();
  expect(await page.evaluate(() => (window as unknown as { __fills: number }).__fills)).toBe(1);
});

test('verified.usps.com: carries from its sign-in field to its forgot-password screen', async ({ page, context }) => {
  await typeOnSignIn(page, 'sign-in/verified-sign-in.html', '[data-testid="fr-field-callback_1"] input', 'pat.DOE');
  await expect.poll(async () => (await tabSession(context, page))?.carried).toMatchObject({ value: 'pat.DOE' });
  await page.goto(fixtureById('forgot-password/verified-forgot-password.html').url);
  await expect(page.locator('#floatingLabelInput1')).toHaveValue('pat.DOE');
});

test('verified.usps.com single-page app: the emailed-code screen brings the spam reminder, and the code is never carried', async ({
  page,
  context,
}) => {
  await typeOnSignIn(page, 'sign-in/verified-spa-sign-in.html', '[data-testid="fr-field-callback_1"] input', 'Pat.Doe');
  await page.locator('[data-testid="fr-field-callback_2"] input').pressSequentially('Hunter2-Secret!');
  await page.keyboard.press('Enter');
  // Same page, new screen: "Enter the code we emailed you."
  await expect(sidebar(page).getByRole('heading', { name: 'Check your email, and your spam folder' })).toBeVisible();
  await expect.poll(async () => (await tabSession(context, page))?.carried).toMatchObject({ value: 'Pat.Doe' });
  await page.locator('[data-testid="fr-field-callback_1"] input').pressSequentially('123456');
  // Leaving the page hands over anything captured; then the forgot screen shows what was carried.
  await page.goto(fixtureById('forgot-password/verified-forgot-password.html').url);
  await expect(page.locator('#floatingLabelInput1')).toHaveValue('Pat.Doe');
});

test('an email address goes into forgot username; then check-email puts the spam reminder first, with Gmail', async ({
  page,
}) => {
  await typeOnSignIn(page, 'sign-in/classic-loginaction.html', '#username', 'pat.doe@gmail.com');
  await page.getByRole('link', { name: 'Forgot your username?' }).click();
  await page.goto(fixtureById('forgot-username/classic-forgot-username.html').url);
  await expect(page.locator('#fu-email')).toHaveValue('pat.doe@gmail.com');
  await expect(sidebar(page).getByText('We filled in your email address. Check it is right.')).toBeVisible();

  await page.goto(fixtureById('check-email/classic-username-sent.html').url);
  const aside = sidebar(page);
  await expect(aside.getByRole('heading', { name: 'Check your email, and your spam folder' })).toBeVisible();
  await expect(aside.getByText('Email can take a few minutes to arrive.')).toBeVisible();
  const link = aside.getByRole('link', { name: /Open your Gmail Spam folder/ });
  await expect(link).toHaveAttribute('href', 'https://mail.google.com/mail/u/0/#spam');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  // First: before the guide's own sections.
  const headings = await aside.getByRole('heading').allInnerTexts();
  const spam = headings.indexOf('Check your email, and your spam folder');
  expect(spam).toBeGreaterThan(-1);
  expect(spam).toBeLessThan(headings.findIndex((text) => /what to do next/i.test(text)));
});

test('prefill "ask" shows Fill / No thanks instead of filling; "off" never fills', async ({ page, context }) => {
  await setSettings(context, { prefill: 'ask' });
  await typeOnSignIn(page, 'sign-in/classic-loginaction.html', '#username', 'Pat.Doe');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  const field = page.locator('#fp-username');
  const aside = sidebar(page);
  await expect(aside.getByText('Fill in your username?')).toBeVisible();
  await expect(field).toHaveValue('');
  await aside.getByRole('button', { name: 'Fill', exact: true }).click();
  await expect(field).toHaveValue('Pat.Doe');

  await page.reload();
  await aside.getByRole('button', { name: 'No thanks' }).click();
  await expect(aside.getByText('Fill in your username?')).toHaveCount(0);
  await expect(field).toHaveValue('');

  await setSettings(context, { prefill: 'off' });
  await page.reload();
  await expect(aside.getByText('What you typed on the sign-in page: Pa••••')).toBeVisible();
  await expect(aside.getByText('Fill in your username?')).toHaveCount(0);
  await expect(field).toHaveValue('');
});

test('the follow-up appears once followUpMinutes have passed since USPS emailed', async ({ page, context }) => {
  await setSettings(context, { followUpMinutes: 1 });
  await page.goto(fixtureById('check-email/classic-username-sent.html').url);
  const aside = sidebar(page);
  await expect(aside.getByRole('heading', { name: 'Check your email, and your spam folder' })).toBeVisible();
  await expect(aside.getByRole('heading', { name: 'Still waiting for the email?' })).toHaveCount(0);
  // Move "USPS emailed you" two minutes into the past, as if the person had waited.
  const session = await tabSession(context, page);
  const journey = session?.journey as { emailedAt: number };
  expect(journey.emailedAt).toEqual(expect.any(Number));
  await writeStorage(context, 'session', {
    [`tab-${await tabIdOf(context, page)}`]: {
      ...session,
      journey: { ...journey, emailedAt: journey.emailedAt - 2 * 60_000 },
    },
  });
  await page.reload();
  await expect(aside.getByRole('heading', { name: 'Still waiting for the email?' })).toBeVisible();
  await expect(aside.getByRole('link', { name: /Call USPS: 1-800-ASK-USPS/ })).toHaveAttribute(
    'href',
    'tel:+18002758777',
  );
});

test('reminds about spam on the "code we emailed" screen and speaks Spanish on es-reg', async ({ page }) => {
  await page.goto(fixtureById('verify-identity/verified-enter-code.html').url);
  await expect(sidebar(page).getByRole('heading', { name: 'Check your email, and your spam folder' })).toBeVisible();
  await page.goto(fixtureById('check-email/es-reg-username-sent.html').url);
  await expect(sidebar(page).getByRole('heading', { name: 'Revise su correo y la carpeta de spam' })).toBeVisible();
  await expect(sidebar(page).getByText('El correo puede tardar unos minutos en llegar.')).toBeVisible();
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('restore-access-sidebar')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`);
}

test('filled, asking and follow-up states have no axe violations (WCAG 2.2 AA, target size)', async ({
  page,
  context,
}) => {
  // Three full axe runs inside the shadow root.
  test.setTimeout(90_000);
  await typeOnSignIn(page, 'sign-in/classic-loginaction.html', '#username', 'pat.doe@yahoo.com');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(sidebar(page).getByRole('button', { name: 'Undo' })).toBeVisible();
  expect(await axeViolations(page), 'filled').toEqual([]);

  await setSettings(context, { prefill: 'ask', followUpMinutes: 1 });
  await page.reload();
  await expect(sidebar(page).getByRole('button', { name: 'No thanks' })).toBeVisible();
  expect(await axeViolations(page), 'asking').toEqual([]);

  await page.goto(fixtureById('check-email/classic-username-sent.html').url);
  await sidebar(page)
    .getByRole('heading', { name: /spam folder/ })
    .waitFor();
  const session = await tabSession(context, page);
  const journey = session?.journey as { emailedAt: number };
  await writeStorage(context, 'session', {
    [`tab-${await tabIdOf(context, page)}`]: {
      ...session,
      journey: { ...journey, emailedAt: journey.emailedAt - 120_000 },
    },
  });
  await page.reload();
  await expect(
    sidebar(page)
      .getByRole('link', { name: /Open your Yahoo Mail Spam folder/ })
      .first(),
  ).toBeVisible();
  await expect(sidebar(page).getByRole('heading', { name: 'Still waiting for the email?' })).toBeVisible();
  expect(await axeViolations(page), 'follow-up').toEqual([]);
});
