import AxeBuilder from '@axe-core/playwright';
import { fixtureById } from '../fixtures/pool';
import { expect, test } from './extension';
import { deepFocus, ONE_PER_SITUATION, openSituation, sendOpenSidebar } from './sidebar-helpers';

test('has no axe violations (WCAG 2.2 AA and target size) on any situation', async ({ page }) => {
  // Thirteen full axe runs in one browser: about a second each on CI's two cores.
  test.setTimeout(120_000);
  for (const fixture of ONE_PER_SITUATION) {
    await openSituation(page, fixture);
    // target-size (WCAG 2.5.8, 24 px) is tagged wcag22aa; adding it with withRules would
    // replace the tags, so the test checks below that it ran.
    const results = await new AxeBuilder({ page })
      .include('restore-access-sidebar')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const summary = results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`,
    );
    expect(summary, fixture.id).toEqual([]);
    // axe really looked inside the sidebar's shadow root, target size included.
    const ran = [...results.passes, ...results.incomplete].map((result) => result.id);
    expect(ran, fixture.id).toContain('target-size');
    expect(ran, fixture.id).toContain('color-contrast');
  }
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
