// The demo behind `npm run demo` (scripts/demo.sh builds both browsers first): Debian's Chromium
// with the built extension walks the whole recovery journey on the saved fixture pages, served at
// their real USPS URLs with no network: sign-in (the username typed is noted) → forgot password
// (filled in) → check your email → choose a new password → signed in again (the "secure your
// account" checklist), and saves a window-sized screenshot of every step. Headed when there is a
// display; `--keep-open` then leaves the browser open at the end.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, SIDEBAR, serveFixtures } from '../tests/e2e/extension';
import { tabSession } from '../tests/fixtures/decoys/harness';
import { fixtureById } from '../tests/fixtures/pool';

const SCREENSHOT_DIR = resolve('demo-screenshots');
const FIREFOX_DIR = resolve(EXTENSION_DIR, '..', 'firefox-mv3');
const keepOpen = process.argv.includes('--keep-open');
const headed = Boolean(process.env.DISPLAY);

const signIn = fixtureById('sign-in/classic-loginaction.html');
const forgot = fixtureById('forgot-password/classic-forgot-password.html');
const checkEmail = fixtureById('check-email/verified-email-link-sent.html');
const newPassword = fixtureById('new-password/classic-password-expired.html');
const signedIn = fixtureById('other/dashboard-signed-in.html');

function sidebarOf(page: Page): Locator {
  return page.getByRole(SIDEBAR.role, { name: SIDEBAR.name });
}

/** What the tab's journey records, read from the extension's session storage. */
async function journeyOf(context: BrowserContext, page: Page): Promise<{ current?: string; lastKind?: string }> {
  const session = (await tabSession(context, page)) as
    | { journey?: { current?: string; lastKind?: string } }
    | undefined;
  return session?.journey ?? {};
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`The demo waited 15 s for ${what}.`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

let step = 0;
/** A window-sized screenshot with `shown` (a part of the sidebar) scrolled into view. */
async function capture(page: Page, name: string, what: string, shown: Locator): Promise<void> {
  step += 1;
  await shown.waitFor({ timeout: 15_000 });
  await shown.evaluate((element) => element.scrollIntoView({ block: 'nearest' }));
  const progress = await sidebarOf(page)
    .getByText(/^Step \d of 5/)
    .textContent()
    .catch(() => null);
  const path = resolve(SCREENSHOT_DIR, `${String(step).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path });
  console.log(`${step}. ${what}\n   Account help: ${progress ?? (await shown.textContent())}\n   ${path}`);
}

mkdirSync(SCREENSHOT_DIR, { recursive: true });
if (keepOpen && !headed) {
  console.log(
    '--keep-open needs a display, and $DISPLAY is not set: a headless browser cannot be kept open for you to use.\n' +
      'The demo runs headless and closes at the end; run it from a desktop session to click around.\n',
  );
}
console.log(`Chromium: ${headed ? 'headed' : 'headless (no $DISPLAY)'}\n`);
const context = await launchWithExtension({ headless: !headed });
try {
  await serveFixtures(context);
  const page = await context.newPage();

  await page.goto(signIn.url);
  await sidebarOf(page).waitFor();
  // What a person does: types a username, then gives up and asks for a password reset.
  await page.locator('#username').pressSequentially('jane.doe.example', { delay: 20 });
  await capture(
    page,
    'sign-in',
    `Sign-in page (${signIn.id}): typed a username; Account help notes it (masked)`,
    sidebarOf(page).getByText(/What you typed on the sign-in page/),
  );

  await Promise.all([page.waitForURL(forgot.url), page.locator('#forgot-password-link').click()]);
  await capture(
    page,
    'forgot-password',
    `Clicked "Forgot your password?": the username is filled in, with Undo (${forgot.url})`,
    sidebarOf(page).getByText('We filled in your username. Check it is right.'),
  );

  // The next screens come after steps outside the browser (an email, a new password), so the
  // demo opens them directly, in the same tab, as the person would reach them.
  await page.goto(checkEmail.url);
  await capture(
    page,
    'check-email',
    `USPS says it emailed you (${checkEmail.id}): the spam-folder reminder`,
    sidebarOf(page).getByText(/spam/i).first(),
  );

  await page.goto(newPassword.url);
  await sidebarOf(page)
    .getByText(/^Step 4 of 5/)
    .waitFor();
  // A password from habit that USPS refuses (three "!" in a row): the live checklist says which rule.
  await page.locator('#tPasswordNew').pressSequentially('Summer2024!!!', { delay: 20 });
  await capture(
    page,
    'new-password',
    `Choose a new password (${newPassword.id}): typed "Summer2024!!!"; each USPS rule says met or not met`,
    sidebarOf(page)
      .getByText(/Not met/)
      .first(),
  );

  // Signing in with the new password: the sign-in page, then a signed-in USPS page.
  await page.goto(signIn.url);
  await until(async () => (await journeyOf(context, page)).lastKind === 'sign-in', 'the sign-in visit to be recorded');
  await page.goto(signedIn.url, { referer: signIn.url });
  await capture(
    page,
    'signed-in',
    `Back in (${signedIn.id}): the "secure your account" checklist`,
    sidebarOf(page).getByRole('heading', { name: 'You are signed in' }),
  );

  console.log(`\nScreenshots are in ${SCREENSHOT_DIR}`);
  console.log(
    `\nThe builds the demo made:\n` +
      `  Chrome:  ${EXTENSION_DIR}\n` +
      '           chrome://extensions → Developer mode → Load unpacked → pick that folder.\n' +
      `  Firefox: ${FIREFOX_DIR}\n` +
      '           about:debugging#/runtime/this-firefox → Load Temporary Add-on… → pick manifest.json in that folder\n' +
      '           (a temporary add-on is removed when Firefox restarts).',
  );
  if (keepOpen && headed) {
    console.log('\nThe browser stays open (--keep-open); close it to end the demo.');
    await new Promise((done) => context.on('close', done));
  }
} finally {
  await context.close().catch(() => {});
}
