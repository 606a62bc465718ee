// The demo behind `npm run demo` (scripts/demo.sh builds the extension first): Debian's
// Chromium with the built extension walks the sign-in → forgot-password journey on the saved
// fixture pages, served at their real USPS URLs with no network, and saves a screenshot of
// every step. Headed when there is a display; `--keep-open` leaves the browser open at the end.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, SIDEBAR, serveFixtures } from '../tests/e2e/extension';
import { type Fixture, loadFixturePool } from '../tests/fixtures/pool';

const SCREENSHOT_DIR = resolve('demo-screenshots');
const keepOpen = process.argv.includes('--keep-open');
const headed = Boolean(process.env.DISPLAY);
const pool = loadFixturePool();

/** The preferred fixture for a step, or any English one of the same kind, or none yet. */
function pick(preferred: string[], kind: Fixture['kind']): Fixture | undefined {
  for (const id of preferred) {
    const found = pool.find((fixture) => fixture.id === id);
    if (found) return found;
  }
  return pool.find((fixture) => fixture.kind === kind && fixture.lang === 'en');
}

async function showsHelp(page: Page): Promise<boolean> {
  return page
    .getByRole(SIDEBAR.role, { name: SIDEBAR.name })
    .waitFor({ timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
}

let step = 0;
async function capture(page: Page, name: string, what: string): Promise<void> {
  step += 1;
  const help = await showsHelp(page);
  const path = resolve(SCREENSHOT_DIR, `${String(step).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`${step}. ${what}\n   ${help ? 'Account help is shown' : 'no Account help on this page'}\n   ${path}`);
}

mkdirSync(SCREENSHOT_DIR, { recursive: true });
console.log(`Extension: ${EXTENSION_DIR}\nChromium: ${headed ? 'headed' : 'headless (no $DISPLAY)'}\n`);
const context = await launchWithExtension({ headless: !headed });
try {
  await serveFixtures(context);
  const page = await context.newPage();

  const signIn = pick(['sign-in/classic-loginaction.html'], 'sign-in');
  if (!signIn) throw new Error('The fixture pool has no sign-in page.');
  await page.goto(signIn.url);
  await capture(page, 'sign-in', `Sign-in page (${signIn.id}) at ${signIn.url}`);

  // What a person does: types a username, then gives up and asks for a password reset.
  await page.locator('#username').pressSequentially('jane.doe.example', { delay: 20 });
  await capture(page, 'sign-in-typed', 'Typed a username into the sign-in form');

  const forgotLink = page.getByRole('link', { name: /forgot your password/i });
  const forgot = pick(['forgot-password/classic-forgot-password.html'], 'forgot-password');
  if (!forgot || (await forgotLink.count()) === 0) {
    console.log('The forgot-password page is not in the fixture pool yet: the journey stops here.');
  } else {
    await Promise.all([page.waitForLoadState('load'), forgotLink.first().click()]);
    await page.waitForURL((url) => url.pathname.toLowerCase().includes('forgot'));
    await capture(page, 'forgot-password', `Clicked "Forgot your password?": ${page.url()}`);

    // The next screens come after steps outside the browser (an email, a temporary password),
    // so the demo opens them directly.
    const later = [
      { name: 'check-email', fixture: pick(['check-email/verified-email-link-sent.html'], 'check-email') },
      { name: 'new-password', fixture: pick(['new-password/classic-password-expired.html'], 'new-password') },
    ];
    for (const { name, fixture } of later) {
      if (!fixture) {
        console.log(`No ${name} page in the fixture pool yet: skipped that step.`);
        continue;
      }
      await page.goto(fixture.url);
      await capture(page, name, `${name} page (${fixture.id}) at ${fixture.url}`);
    }
  }

  console.log(`\nScreenshots are in ${SCREENSHOT_DIR}`);
  if (keepOpen && headed) {
    console.log('The browser stays open (--keep-open); close it to end the demo.');
    await new Promise((done) => context.on('close', done));
  }
} finally {
  await context.close().catch(() => {});
}
