import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { fixtureById } from '../fixtures/pool';
import { expect, test } from './extension';
import { deepFocus, openSituation, sendOpenSidebar } from './sidebar-helpers';

const SIGN_IN = fixtureById('sign-in/classic-loginaction.html');
const SHEET_SIZES = [
  { width: 800, height: 600 },
  { width: 375, height: 667 },
  { width: 320, height: 256 },
] as const;

/** The focused page element's box, or null when focus is in the sidebar or on <body>. */
function focusedPageBox(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.shadowRoot) return null;
    const rect = active.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return null;
    const name = `${active.localName}${active.id ? `#${active.id}` : ''} ${active.textContent?.trim().slice(0, 30) ?? ''}`;
    return { name, top: rect.top, bottom: rect.bottom };
  });
}

/** Waits for the page to stop scrolling (Show me scrolls smoothly unless motion is reduced). */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const check = () => {
          const y = window.scrollY;
          still = y === last ? still + 1 : 0;
          last = y;
          if (still >= 5) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

async function sheetTop(aside: Locator): Promise<number> {
  const box = await aside.boundingBox();
  if (!box) throw new Error('no sheet');
  return box.y;
}

test('a page control that has focus is never covered by the bottom sheet (WCAG 2.4.11)', async ({ page }) => {
  test.setTimeout(120_000);
  for (const size of SHEET_SIZES) {
    await page.setViewportSize(size);
    const aside = await openSituation(page, SIGN_IN);
    await expect(aside.getByRole('button', { name: 'Hide account help' })).toBeVisible();
    const covered: string[] = [];
    let stops = 0;
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if ((await deepFocus(page)).startsWith('sidebar')) break;
      await settled(page);
      const box = await focusedPageBox(page);
      if (!box) continue;
      stops++;
      const top = await sheetTop(aside);
      if (box.bottom > top + 0.5) covered.push(`${box.name} (${box.top}–${box.bottom}, sheet at ${top})`);
    }
    expect(stops, `${size.width}×${size.height}`).toBeGreaterThan(10);
    expect(covered, `${size.width}×${size.height}`).toEqual([]);

    // Every Show me target lands wholly above the sheet.
    const showMes = aside.getByRole('button', { name: /^Show me: / });
    const count = await showMes.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await showMes.nth(i).press('Enter');
      await settled(page);
      const box = await focusedPageBox(page);
      expect(box, `Show me ${i} at ${size.width}×${size.height}`).not.toBeNull();
      const top = await sheetTop(aside);
      expect(box?.bottom ?? 0, `${box?.name} at ${size.width}×${size.height}`).toBeLessThanOrEqual(top + 0.5);
      expect(box?.top ?? -1, `${box?.name} at ${size.width}×${size.height}`).toBeGreaterThanOrEqual(0);
    }
  }
});

test('"Start over" moves focus to the sidebar heading, with a visible focus ring', async ({ page }) => {
  await openSituation(page, SIGN_IN);
  const aside = await openSituation(page, fixtureById('forgot-password/classic-forgot-password.html'));
  await expect(aside).toContainText('Step 2 of 5');
  await aside.getByRole('button', { name: 'Start over' }).press('Enter');
  await expect(aside).not.toContainText('Step 2 of 5');
  const heading = aside.getByRole('heading', { level: 2, name: 'Account help' });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveCSS('outline-style', 'solid');
});

test('the heading focused by the shortcut shows its focus ring even after a mouse click', async ({ page, context }) => {
  const aside = await openSituation(page, SIGN_IN);
  await page.locator('#username').click();
  await sendOpenSidebar(context, page);
  const heading = aside.getByRole('heading', { level: 2, name: 'Account help' });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveCSS('outline-style', 'solid');
  // A ring we put there goes when focus leaves.
  await page.keyboard.press('Tab');
  await expect(heading).toHaveCSS('outline-style', 'none');
});

test('saves a screenshot per window size with Sign In focused and fully visible', async ({ page }) => {
  // Written to test-results by default; RA_SCREENSHOT_DIR=docs/screenshots refreshes the committed ones.
  const dir = process.env.RA_SCREENSHOT_DIR ?? 'test-results/sidebar-screenshots';
  mkdirSync(dir, { recursive: true });
  for (const size of [
    { width: 1280, height: 800 },
    { width: 800, height: 600 },
    { width: 375, height: 667 },
    { width: 320, height: 256 },
  ]) {
    await page.setViewportSize(size);
    const aside = await openSituation(page, SIGN_IN);
    await expect(aside.getByRole('button', { name: 'Hide account help' })).toBeVisible();
    await page.locator('#password').focus();
    await page.keyboard.press('Tab');
    const signIn = page.getByRole('button', { name: 'Sign In' });
    await expect(signIn).toBeFocused();
    await settled(page);
    const box = await signIn.boundingBox();
    const sheet = await aside.boundingBox();
    if (!box || !sheet) throw new Error('no boxes');
    const name = `${size.width}×${size.height}`;
    expect(box.y, name).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, name).toBeLessThanOrEqual(size.height);
    const overlaps =
      box.x < sheet.x + sheet.width &&
      sheet.x < box.x + box.width &&
      box.y < sheet.y + sheet.height &&
      sheet.y < box.y + box.height;
    expect(overlaps, name).toBe(false);
    await page.screenshot({ path: join(dir, `sign-in-focused-${size.width}.png`) });
  }
});

test("the sidebar follows the browser's default font size, with our text size on top", async ({ page }) => {
  // Chromium's "Font size: Very large" (24 px), as set in chrome://settings/fonts.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
  const aside = await openSituation(page, SIGN_IN);
  await expect(page.locator('restore-access-sidebar')).toHaveCSS('font-size', '24px');
  await expect(aside).toHaveCSS('font-size', '24px');
  const heading = aside.getByRole('heading', { level: 2 });
  await expect(heading).toHaveCSS('font-size', '33px');
  // Not the page's root size.
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '8px'));
  await aside.getByRole('button', { name: 'Display settings' }).click();
  await aside.getByRole('combobox', { name: 'Text size' }).focus();
  await page.keyboard.press('End');
  await expect(heading).toHaveCSS('font-size', '66px');
});

test('changing the text size keeps the focused control in view', async ({ page }) => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 375, height: 667 },
  ]) {
    await page.setViewportSize(size);
    const aside = await openSituation(page, SIGN_IN);
    await aside.getByRole('button', { name: 'Display settings' }).click();
    const control = aside.getByRole('combobox', { name: 'Text size' });
    await control.focus();
    await page.keyboard.press('End');
    await expect(aside.getByRole('heading', { level: 2 })).toHaveCSS('font-size', '44px');
    await expect(control).toBeFocused();
    await expect(control).toBeInViewport({ ratio: 1 });
    const box = await control.boundingBox();
    const panel = await aside.boundingBox();
    if (!box || !panel) throw new Error('no boxes');
    expect(box.y, `${size.width}`).toBeGreaterThanOrEqual(panel.y);
    expect(box.y + box.height, `${size.width}`).toBeLessThanOrEqual(Math.min(panel.y + panel.height, size.height));
  }
});

test('the shortcut is shown in the sidebar and on the collapsed tab; Escape returns to the form field used last', async ({
  page,
  context,
}) => {
  const aside = await openSituation(page, SIGN_IN);
  await expect(aside).toContainText('Alt+Shift+H');
  await page.locator('#password').focus();
  // On through the rest of the page, to a footer link.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  expect(await deepFocus(page)).toMatch(/^page:a/);
  await sendOpenSidebar(context, page);
  await expect(aside.getByRole('heading', { level: 2, name: 'Account help' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#password')).toBeFocused();

  await aside.getByRole('button', { name: 'Hide account help' }).click();
  const tab = aside.getByRole('button', { name: 'Account help' });
  await expect(tab).toContainText('Alt+Shift+H');
  await expect(tab).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+H');
});

test('the sidebar adds one landmark to the page, not a region per section', async ({ page }) => {
  const aside = await openSituation(page, fixtureById('error/access-denied-reg.html'));
  await aside.getByRole('button', { name: 'Display settings' }).click();
  await expect(aside.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(aside.getByRole('region')).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Account help' })).toHaveCount(1);
});

test('the live region is cleared after it has been read, and width changes are announced', async ({ page }) => {
  const aside = await openSituation(page, SIGN_IN);
  const announcer = aside.locator('.ra-announcer');
  await aside.getByRole('button', { name: 'Display settings' }).click();
  await aside.getByRole('button', { name: 'Wider' }).press('Enter');
  await expect(announcer).toHaveText(/^Width: \d+ pixels$/);
  await expect(announcer).toHaveText('', { timeout: 10_000 });
});

test('forced colours: the disclosure triangle is a glyph in the text colour, not a box', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  const aside = await openSituation(page, SIGN_IN);
  const marker = await aside.getByRole('button', { name: 'Display settings' }).evaluate((button) => {
    const style = getComputedStyle(button, '::before');
    return { content: style.content, border: style.borderInlineStartWidth };
  });
  expect(marker.content).toContain('\u25b8');
  expect(marker.border).toBe('0px');
});

test('"Largest" text at 320 px never scrolls the panel sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  const aside = await openSituation(page, SIGN_IN);
  await aside.getByRole('button', { name: 'Display settings' }).click();
  await aside.getByRole('combobox', { name: 'Text size' }).focus();
  await page.keyboard.press('End');
  await expect(aside.getByRole('heading', { level: 2 })).toHaveCSS('font-size', '44px');
  const overflow = await aside.evaluate((element) => {
    const panel = element.querySelector('.ra-panel');
    return panel ? panel.scrollWidth - panel.clientWidth : -1;
  });
  expect(overflow).toBe(0);
});

test('Spanish steps mark the English link names they quote as English', async ({ page }) => {
  const aside = await openSituation(page, fixtureById('sign-in/es-reg-login.html'));
  const quoted = aside.locator('li span[lang="en"]');
  await expect(quoted.filter({ hasText: /^Forgot your password\?$/ })).toHaveCount(1);
  await expect(quoted.filter({ hasText: /^Forgot your username\?$/ })).toHaveCount(1);
});

test('at 320×256 the collapsed tab shows its whole focus ring and never covers a focused page control', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 256 });
  const aside = await openSituation(page, SIGN_IN);
  await aside.getByRole('button', { name: 'Hide account help' }).press('Enter');
  const tab = aside.getByRole('button', { name: 'Account help' });
  await expect(tab).toBeFocused();
  const box = await tab.boundingBox();
  if (!box) throw new Error('no tab');
  // The ring: 3 px outline 2 px out, and a 5 px halo.
  expect(box.x + box.width + 5).toBeLessThanOrEqual(320);
  expect(box.y + box.height + 5).toBeLessThanOrEqual(256);
  await page.evaluate(() => window.scrollTo(0, 0));
  const covered: string[] = [];
  await page.locator('#username').focus();
  for (let i = 0; i < 60; i++) {
    if ((await deepFocus(page)).startsWith('sidebar')) break;
    await settled(page);
    const focused = await focusedPageBox(page);
    if (focused && focused.bottom > box.y + 0.5) covered.push(`${focused.name} (${focused.top}–${focused.bottom})`);
    await page.keyboard.press('Tab');
  }
  expect(covered).toEqual([]);
});
