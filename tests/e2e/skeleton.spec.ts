import { fixtureById } from '../fixtures/pool';
import { expect, SIDEBAR, test } from './extension';

test('shows the Account help landmark on the classic sign-in page', async ({ page }) => {
  await page.goto(fixtureById('sign-in/classic-loginaction.html').url);
  await expect(page.getByRole(SIDEBAR.role, { name: 'Account help' })).toBeVisible();
});

test('stays silent on a tracking page', async ({ page }) => {
  await page.goto(fixtureById('other/tracking-result.html').url);
  // Wait until the detector has certainly run, then check nothing was added.
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  await expect(page.locator('restore-access-sidebar')).toHaveCount(0);
});
