import type { BrowserContext, Page } from '@playwright/test';
import { tabSession } from '../fixtures/decoys/harness';
import { fixtureById } from '../fixtures/pool';
import { expect, test } from './extension';
import { openSituation } from './sidebar-helpers';

interface StoredSession {
  journey: { current: string | null; lastKind: string | null; emailedAt: number | null };
  carried: { value: string } | null;
}
const session = async (context: BrowserContext, page: Page) =>
  (await tabSession(context, page)) as StoredSession | undefined;

const signIn = fixtureById('sign-in/classic-loginaction.html');
const forgot = fixtureById('forgot-password/classic-forgot-password.html');

/** Types a username on sign-in and follows "Forgot your password?": the username is carried. */
async function startRecovery(context: BrowserContext, page: Page): Promise<void> {
  await openSituation(page, signIn);
  await page.locator('#username').pressSequentially('Pat.Doe');
  await page.locator('#forgot-password-link').click();
  await page.waitForURL(forgot.url);
  await expect.poll(async () => (await session(context, page))?.carried?.value).toBe('Pat.Doe');
}

test('a FAQ opened from the forgot form mid-recovery is not "signed in": no checklist, the typed username kept', async ({
  page,
  context,
}) => {
  await startRecovery(context, page);

  const faq = fixtureById('other/faq-reset-password.html');
  await page.goto(faq.url, { referer: forgot.url });
  // The detector reports this ordinary page to the background, which records the visit...
  await expect.poll(async () => (await session(context, page))?.journey.lastKind).toBe('other');
  const stored = await session(context, page);
  // ...and, the person being mid-recovery, neither ends the journey nor injects the sidebar.
  expect(stored?.journey.current).toBe('forgot');
  expect(stored?.carried?.value).toBe('Pat.Doe');
  await expect(page.locator('restore-access-sidebar')).toHaveCount(0);
});

test('back in after signing in again: the checklist shows and the typed username is forgotten', async ({
  page,
  context,
}) => {
  await startRecovery(context, page);
  await openSituation(page, signIn);
  // The sidebar records the visit just after its first paint: a person signing in takes longer.
  await expect.poll(async () => (await session(context, page))?.journey.lastKind).toBe('sign-in');

  await page.goto(fixtureById('other/dashboard-signed-in.html').url, { referer: signIn.url });
  // Three hops before the checklist paints (error watch → detector → sidebar, each through the
  // background): on CI's two busy cores, when the suite starts, that once took over 5 s. First
  // the background's decision, then the checklist, each given time; neither is weakened.
  await expect.poll(async () => (await session(context, page))?.journey.current, { timeout: 15_000 }).toBe('signed-in');
  await expect(page.getByRole('heading', { level: 3, name: 'You are signed in' })).toBeVisible({ timeout: 15_000 });
  const stored = await session(context, page);
  expect(stored?.journey.current).toBe('signed-in');
  expect(stored?.carried).toBeNull();
});

test('verified.usps.com: the code screen that says USPS emailed a code starts the follow-up clock', async ({
  page,
  context,
}) => {
  const before = Date.now();
  await openSituation(page, fixtureById('sign-in/verified-spa-sign-in.html'));
  await page.locator('[data-testid="fr-field-callback_1"] input').pressSequentially('Pat.Doe');
  await page.locator('[data-testid="fr-field-callback_2"] input').pressSequentially('Hunter2-Secret!');
  await page.keyboard.press('Enter');
  // Same page, new screen: "Enter the code we emailed you." (a verification screen, no journey step).
  await expect(page.getByRole('heading', { name: 'Check your email, and your spam folder' })).toBeVisible();
  await expect.poll(async () => (await session(context, page))?.journey.emailedAt ?? 0).toBeGreaterThanOrEqual(before);
  expect((await session(context, page))?.journey.lastKind).toBe('verify-identity');
});
