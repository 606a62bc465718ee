// `npm run screenshots` (scripts/screenshots.sh builds the extension first): the store and README
// pictures, taken from the real Chrome build in Debian's Chromium on the saved USPS pages, each
// served at its true address with no network (tests/e2e/extension.ts). Every shot is a 1280×800
// window, not a full page. Beside the pictures it writes shots.json, the text the sidebar (or
// popup) showed in each: tests/e2e/screenshots.spec.ts takes the same walk without pictures and
// compares that text with the committed file, so the pictures cannot silently go stale.
//
// Usage: tsx scripts/screenshots.ts [output folder, default docs/store/screenshots]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { extensionWorker, serveFixtures } from '../tests/e2e/extension';
import { sidebar as sidebarOf } from '../tests/e2e/sidebar-helpers';
import { clickToolbarButton, launchWithToolbarButton, popupAnswer, tabIdOf } from '../tests/e2e/toolbar-button';
import { fixtureById } from '../tests/fixtures/pool';

export const WINDOW = { width: 1280, height: 800 } as const;
/** Narrow enough for the bottom sheet (the sidebar sits beside the page from 1024 px). */
const NARROW = { width: 420, height: 800 } as const;
export const SHOTS_FILE = 'shots.json';

export interface Shot {
  file: string;
  /** What the picture shows, for the store's caption and the README's alt text. */
  caption: string;
  /** The text the sidebar (or the popup) showed, whitespace collapsed line by line. */
  text: string[];
}

const USERNAME = 'jane.doe.example';
/** A habit-made password USPS refuses (three "!" in a row): the live checklist says which rule. */
const NEW_PASSWORD = 'Summer2024!!!';

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** Waits until the sidebar's text stops changing between two animation frames, then reads it. */
async function settledText(locator: Locator): Promise<string[]> {
  await locator.waitFor();
  let previous = '';
  for (;;) {
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown (hidden parts left out), like the picture.
    const now = await locator.innerText();
    if (now === previous) return lines(now);
    previous = now;
    await locator
      .page()
      .evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
}

interface Options {
  outDir: string;
  /** Pictures too, or only the text (what the test compares). */
  pictures: boolean;
}

export async function takeShots(context: BrowserContext, options: Options): Promise<Shot[]> {
  const shots: Shot[] = [];
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;

  async function save(page: Page, file: string, caption: string, text: string[]): Promise<void> {
    // No blinking caret, no transitions: the same pixels every run.
    await page.addStyleTag({ content: '*{caret-color:transparent!important}' }).catch(() => {});
    if (options.pictures) await page.screenshot({ path: join(options.outDir, file), animations: 'disabled' });
    shots.push({ file, caption, text });
  }

  async function shoot(page: Page, file: string, caption: string): Promise<void> {
    const text = await settledText(sidebarOf(page));
    // Focus leaves the page's field, so no focus ring depends on timing.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await save(page, file, caption, text);
  }

  // The journey, in one tab: sign-in → forgot password → check your email.
  const journey = await context.newPage();
  const signIn = fixtureById('sign-in/classic-loginaction.html');
  await journey.goto(signIn.url);
  await sidebarOf(journey).waitFor();
  await journey.locator('#username').pressSequentially(USERNAME);
  const noted = sidebarOf(journey).getByText(/What you typed on the sign-in page/);
  await noted.waitFor();
  // The sidebar scrolls on its own: bring "Your username" into view, so the shot shows it noted.
  await noted.evaluate((element) => element.scrollIntoView({ block: 'nearest' }));
  await shoot(
    journey,
    'en-01-sign-in.png',
    'Sign in: Account help beside the USPS.com sign-in page; the username typed is noted',
  );

  await journey.locator('#forgot-password-link').click();
  await journey.waitForURL(fixtureById('forgot-password/classic-forgot-password.html').url);
  await sidebarOf(journey).getByText('We filled in your username. Check it is right.').waitFor();
  await shoot(
    journey,
    'en-02-forgot-password.png',
    'Forgot password: the username from the sign-in page filled in, with Undo',
  );

  await journey.goto(fixtureById('check-email/verified-email-link-sent.html').url);
  await sidebarOf(journey).getByText(/spam/i).first().waitFor();
  await shoot(journey, 'en-03-check-email.png', 'Check your email: a reminder to look in the spam or junk folder');
  await journey.close();

  // Pages met on their own, each in a fresh tab (no journey).
  const single: Array<{ id: string; file: string; caption: string }> = [
    {
      id: 'account-locked/classic-locked.html',
      file: 'en-04-account-locked.png',
      caption: 'Locked account: what USPS says about unlocking, and how to reach USPS',
    },
    {
      id: 'error/access-denied-reg.html',
      file: 'en-05-error-reference.png',
      caption: 'An "Access Denied" error page: its reference number, ready to read out or copy',
    },
    {
      id: 'account-locked/es-reg-locked.html',
      file: 'es-06-account-locked.png',
      caption: 'In Spanish: Account help on the Spanish USPS.com page',
    },
  ];
  for (const { id, file, caption } of single) {
    const page = await context.newPage();
    await page.goto(fixtureById(id).url);
    await shoot(page, file, caption);
    await page.close();
  }

  /** Puts a picture of the popup over the tab, where the browser draws it below the toolbar. */
  async function overlayPopup(tab: Page, picture: Buffer | undefined): Promise<void> {
    await tab.evaluate(
      ([data]) => {
        if (!data) return;
        const img = document.createElement('img');
        img.src = `data:image/png;base64,${data}`;
        img.alt = '';
        img.style.cssText =
          'position:fixed;top:8px;right:16px;width:400px;z-index:2147483647;box-shadow:0 4px 24px rgba(0,0,0,.35);border:1px solid #888;border-radius:8px;background:#fff';
        document.documentElement.append(img);
      },
      [picture?.toString('base64')],
    );
  }

  // The toolbar popup, for the sign-in tab: the real popup page, shown over that tab.
  const tab = await context.newPage();
  await tab.goto(signIn.url);
  await sidebarOf(tab).waitFor();
  const tabId = await tabIdOf(worker, tab);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: WINDOW.height });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('status').first().waitFor();
  const popupText = await settledText(popup.locator('body'));
  const popupHeight = await popup.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const popupPicture = options.pictures
    ? await popup.screenshot({ clip: { x: 0, y: 0, width: 400, height: Math.min(popupHeight, 720) } })
    : undefined;
  await popup.close();
  await tab.bringToFront();
  await overlayPopup(tab, popupPicture);
  await save(tab, 'en-07-popup.png', 'The toolbar popup: what this tab is, and help links', popupText);
  await tab.close();

  // A narrow window: the bottom sheet, shown at its real size in the middle of the picture.
  const narrow = await context.newPage();
  await narrow.setViewportSize(NARROW);
  await narrow.goto(fixtureById('forgot-password/classic-forgot-password.html').url);
  const narrowText = await settledText(sidebarOf(narrow));
  await narrow.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const narrowPicture = options.pictures ? await narrow.screenshot({ animations: 'disabled' }) : undefined;
  await narrow.close();
  const frame = await context.newPage();
  await frame.setViewportSize(WINDOW);
  await frame.setContent(
    `<body style="margin:0;height:100vh;display:grid;place-items:center;background:#e8ece9">${
      narrowPicture
        ? `<img alt="" src="data:image/png;base64,${narrowPicture.toString('base64')}" style="width:${NARROW.width}px;height:${NARROW.height}px;box-shadow:0 4px 24px rgba(0,0,0,.3)">`
        : ''
    }</body>`,
  );
  await save(
    frame,
    'en-08-narrow-window.png',
    'A narrow window: Account help as a bottom sheet below the page',
    narrowText,
  );
  await frame.close();

  // Choosing a new password: the live checklist, after typing a password USPS would refuse.
  const newPassword = await context.newPage();
  await newPassword.goto(fixtureById('new-password/classic-password-expired.html').url);
  await sidebarOf(newPassword).waitFor();
  await newPassword.locator('#tPasswordNew').pressSequentially(NEW_PASSWORD);
  const rules = sidebarOf(newPassword)
    .getByRole('list')
    .filter({ hasText: /Not met/ });
  await rules.first().waitFor();
  await rules.first().evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await shoot(
    newPassword,
    'en-09-new-password.png',
    'Choosing a new password: each USPS rule says met or not met as you type (never showing what you typed)',
  );
  await newPassword.close();

  // "Is this really USPS?": the toolbar button clicked on a lookalike sign-in page. The click
  // grants activeTab on that tab only, so the popup can read its address (and nothing else).
  const lookalike = await context.newPage();
  await lookalike.goto(fixtureById('other/phishing-lookalike.html').url);
  const toolbarPopup = await clickToolbarButton(context, extensionId, lookalike);
  const answer = await popupAnswer(toolbarPopup);
  const lookalikePicture = options.pictures ? await toolbarPopup.screenshot() : undefined;
  await toolbarPopup.close();
  await overlayPopup(lookalike, lookalikePicture);
  await save(
    lookalike,
    'en-10-lookalike.png',
    'Is this really USPS? On a lookalike address the popup names the real domain and why it is not USPS',
    lines(answer.text),
  );
  await lookalike.close();

  // The guide for people who gave their details to a fake site (popup, sidebar, options).
  const guide = await context.newPage();
  await guide.goto(`chrome-extension://${extensionId}/fake-site-help.html`);
  const guideText = await settledText(guide.getByRole('main'));
  await save(
    guide,
    'en-11-fake-site-guide.png',
    'I entered my details on a fake USPS site: the steps USPS and the Postal Inspection Service publish',
    guideText,
  );
  await guide.close();

  return shots;
}

/** The 440×280 promotional tile: our icon and name, nothing of USPS's logo or colours. */
async function promoTile(context: BrowserContext, outDir: string): Promise<void> {
  const icon = readFileSync(resolve('public/icon/96.png')).toString('base64');
  const page = await context.newPage();
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<!doctype html><html lang="en"><body style="margin:0">
  <div style="box-sizing:border-box;width:440px;height:280px;padding:28px 32px;background:#f3f7f5;border-top:10px solid #0b5d45;font-family:'DejaVu Sans',sans-serif;color:#16241e;display:flex;flex-direction:column;justify-content:center;gap:14px">
    <div style="display:flex;align-items:center;gap:18px">
      <img alt="" src="data:image/png;base64,${icon}" width="88" height="88">
      <div><div style="font-size:30px;font-weight:bold;line-height:1.1">Restore Access</div>
      <div style="font-size:18px;margin-top:4px">for USPS.com accounts</div></div>
    </div>
    <div style="font-size:17px;line-height:1.35">Step-by-step help to get back into your account, in English and Spanish.</div>
    <div style="font-size:14px;color:#3b4a43">Unofficial. Not affiliated with the U.S. Postal Service.</div>
  </div></body></html>`);
  await page.screenshot({ path: join(outDir, 'promo-tile-440x280.png') });
  await page.close();
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? 'docs/store/screenshots');
  mkdirSync(outDir, { recursive: true });
  // With the toolbar button clickable (tests/e2e/toolbar-button.ts), for the lookalike shot.
  const context = await launchWithToolbarButton();
  try {
    await serveFixtures(context);
    const shots = await takeShots(context, { outDir, pictures: true });
    await promoTile(context, outDir);
    writeFileSync(join(outDir, SHOTS_FILE), `${JSON.stringify(shots, null, 2)}\n`);
    for (const shot of shots) console.log(`${join(outDir, shot.file)}\n  ${shot.caption}`);
    console.log(`${join(outDir, 'promo-tile-440x280.png')}\n${join(outDir, SHOTS_FILE)} (the text each shot showed)`);
  } finally {
    await context.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
