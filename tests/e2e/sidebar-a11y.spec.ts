import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { fixtureById } from '../fixtures/pool';
import { expect, test } from './extension';
import { deepFocus, ONE_PER_SITUATION, openSituation, sendOpenSidebar } from './sidebar-helpers';

async function expectNoAxeViolations(page: Page, id: string) {
  // target-size (WCAG 2.5.8, 24 px) is tagged wcag22aa; adding it with withRules would
  // replace the tags, so the check below makes sure it ran.
  const results = await new AxeBuilder({ page })
    .include('restore-access-sidebar')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`,
  );
  expect(summary, id).toEqual([]);
  // axe really looked inside the sidebar's shadow root, target size included.
  const ran = [...results.passes, ...results.incomplete].map((result) => result.id);
  expect(ran, id).toContain('target-size');
  expect(ran, id).toContain('color-contrast');
}

// Two halves, so the two workers share the thirteen full axe runs.
const HALF = Math.ceil(ONE_PER_SITUATION.length / 2);
for (const [name, fixtures] of [
  ['the sign-in and recovery pages', ONE_PER_SITUATION.slice(0, HALF)],
  ['the locked, sign-up and error pages, and dark mode', ONE_PER_SITUATION.slice(HALF)],
] as const) {
  test(`has no axe violations (WCAG 2.2 AA, target size included) on ${name}`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const fixture of fixtures) {
      await openSituation(page, fixture);
      await expectNoAxeViolations(page, fixture.id);
    }
    if (!name.includes('dark')) return;
    // Dark mode has its own colours: check their contrast too, on one page.
    await page.emulateMedia({ colorScheme: 'dark' });
    await openSituation(page, fixtureById('error/access-denied-reg.html'));
    await expectNoAxeViolations(page, 'dark mode');
  });
}

test("text size follows the person's setting, not the page's root font size", async ({ page }) => {
  const aside = await openSituation(page, fixtureById('sign-in/classic-loginaction.html'));
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '8px'));
  const heading = aside.getByRole('heading', { level: 2 });
  await expect(heading).toHaveCSS('font-size', '22px');
  const display = aside.getByRole('button', { name: 'Display settings' });
  await expect(display).toHaveAttribute('aria-expanded', 'false');
  await expect(aside.getByRole('combobox', { name: 'Text size' })).toHaveCount(0);
  await display.click();
  await expect(display).toHaveAttribute('aria-expanded', 'true');
  await expectNoAxeViolations(page, 'display settings open');
  // Chosen with the keyboard, as a person would: the control saves only trusted input, and
  // Playwright's selectOption sets the value from script.
  await aside.getByRole('combobox', { name: 'Text size' }).focus();
  await page.keyboard.press('End');
  await expect(heading).toHaveCSS('font-size', '44px');
});

test('the shortcut opens the sidebar and moves focus into it; Escape goes back to the page', async ({
  page,
  context,
}) => {
  const aside = await openSituation(page, fixtureById('sign-in/classic-loginaction.html'));
  await page.locator('#password').focus();
  await aside.getByRole('button', { name: 'Hide account help' }).click();
  await page.locator('#password').focus();

  await sendOpenSidebar(context, page);
  await expect(aside.getByRole('heading', { level: 2, name: 'Account help' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#password')).toBeFocused();
});

test('Tab reaches every control in the sidebar, and keys typed there never reach the page', async ({ page }) => {
  const aside = await openSituation(page, fixtureById('sign-in/classic-loginaction.html'));
  await page.evaluate(() => {
    (window as unknown as { pageKeys: number }).pageKeys = 0;
    document.addEventListener('keydown', () => (window as unknown as { pageKeys: number }).pageKeys++);
  });
  const controls = await aside.locator('button:visible, a:visible, select:visible').count();
  await aside.getByRole('heading', { level: 2 }).focus();
  const reached = new Set<string>();
  for (let i = 0; i < controls + 5; i++) {
    await page.keyboard.press('Tab');
    const focus = await deepFocus(page);
    if (!focus.startsWith('sidebar:')) break;
    reached.add(focus);
  }
  expect(reached.size).toBe(controls);
  expect(await page.evaluate(() => (window as unknown as { pageKeys: number }).pageKeys)).toBe(0);
});

test('Show me moves focus to the thing on the page and says so', async ({ page }) => {
  const aside = await openSituation(page, fixtureById('sign-in/classic-loginaction.html'));
  await aside.getByRole('button', { name: 'Show me: the username box' }).click();
  await expect(page.locator('#username')).toBeFocused();
  await expect(aside.locator('.ra-announcer')).toHaveText('Moved to the username box');
  // No Show me for things the page does not have.
  const locked = await openSituation(page, fixtureById('error/outage-www.html'));
  await expect(locked.getByRole('button', { name: /^Show me/ })).toHaveCount(0);
});

test('reduced motion: Show me jumps straight to its target, and nothing in the sidebar animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Short enough that the Forgot link starts below the fold, so Show me has to scroll.
  await page.setViewportSize({ width: 1280, height: 300 });
  const aside = await openSituation(page, fixtureById('sign-in/classic-loginaction.html'));
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { scrolls: number[] }).scrolls = seen;
    addEventListener('scroll', () => seen.push(scrollY));
  });
  await aside.getByRole('button', { name: 'Show me: the Forgot your password link' }).click();
  const link = page.locator('#forgot-password-link');
  await expect(link).toBeFocused();
  // Two frames later a smooth scroll would still be on its way; an instant one is done.
  const scrolls = await page.evaluate(
    () =>
      new Promise<number[]>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => done([...(window as unknown as { scrolls: number[] }).scrolls, scrollY])),
        ),
      ),
  );
  expect(scrolls.at(-1)).toBeGreaterThan(0);
  expect(new Set(scrolls).size, `scroll positions seen: ${scrolls.join(', ')}`).toBe(1);
  await expect(link).toHaveCSS('outline-style', 'solid');
  await expect(link).toHaveCSS('animation-name', 'none');
  await expect(link).toHaveCSS('transition-duration', '0s');
  for (const control of [aside.getByRole('button', { name: /^Show me/ }).first(), aside.locator('.ra-close')]) {
    await expect(control).toHaveCSS('transition-duration', '0s');
    await expect(control).toHaveCSS('animation-name', 'none');
  }
});

test('forced colours: buttons keep real borders, focus stays visible, and axe finds nothing', async ({ page }) => {
  test.setTimeout(60_000);
  await page.emulateMedia({ forcedColors: 'active' });
  const aside = await openSituation(page, fixtureById('sign-in/classic-loginaction.html'));
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  const hide = aside.getByRole('button', { name: 'Hide account help' });
  await expect(hide).toHaveCSS('border-top-style', 'solid');
  await expect(hide).toHaveCSS('border-top-width', '2px');
  const showMe = aside.getByRole('button', { name: /^Show me/ }).first();
  await expect(showMe).toHaveCSS('border-top-style', 'solid');
  // Keyboard focus (focus-visible) on a sidebar button: a 3 px outline in the system Highlight colour.
  await aside.getByRole('heading', { level: 2 }).focus();
  await page.keyboard.press('Tab');
  await expect(hide).toBeFocused();
  await expect(hide).toHaveCSS('outline-style', 'solid');
  await expect(hide).toHaveCSS('outline-width', '3px');
  const highlight = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
  await expect(hide).toHaveCSS('outline-color', highlight);
  await expectNoAxeViolations(page, 'forced colours');
});
