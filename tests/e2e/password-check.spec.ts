import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { LIVE_CHECK_TEXT } from '../../utils/password-check/strings';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { dumpStorage, serviceWorker, setSettings } from '../fixtures/decoys/harness';
import { type Fixture, fixtureById, loadFixturePool } from '../fixtures/pool';
import { loadRealPages, REAL_PAGES_MISSING } from '../fixtures/real-pages';
import { expect, SIDEBAR, test } from './extension';

/**
 * The live password check in the built extension: the list on every new-password and
 * sign-up page, and the privacy promise behind it — the one place the extension reads a password
 * field reads only a NEW password, on an account host, and nothing of it goes anywhere.
 */
const SECRET = 'Qx7-Lumen#Trail';
/** Every 4 characters in a row of the secret: none may show up anywhere. */
const PIECES = [...SECRET].flatMap((_, i) => (i + 4 <= SECRET.length ? [SECRET.slice(i, i + 4)] : []));
const PASSWORD_PAGES = loadFixturePool().filter((f) => f.kind === 'new-password' || f.kind === 'sign-up');
const REAL_SIGNUP = loadRealPages().find(
  (page) => page.file === 'ddg-usps-signup-fragment.html' && page.url.startsWith('https://reg.usps.com/entreg/'),
);
const sidebar = (page: Page) => page.getByRole(SIDEBAR.role, { name: SIDEBAR.name });
const liveList = (page: Page) => sidebar(page).locator('ul.ra-live-rules');
const EN = LIVE_CHECK_TEXT.en;

/** The ids of the fields to type into, per page (USPS's own ids, else the new-password marks). */
async function fieldsOf(page: Page): Promise<{ password: string; retype: string }> {
  for (const [password, retype] of [
    ['#tPasswordNew', '#tPasswordRetype'],
    ['#tPassword', '#tPasswordRetype'],
  ] as const) {
    if ((await page.locator(password).count()) > 0) return { password, retype };
  }
  return {
    password: 'input[autocomplete="new-password"] >> nth=0',
    retype: 'input[autocomplete="new-password"] >> nth=1',
  };
}

/**
 * A trap on `HTMLInputElement.prototype.value` in the extension's own isolated world (reached
 * through the DevTools protocol): it records the id of every password field whose value any of
 * the extension's page scripts reads. A page-world trap could not see those reads.
 */
async function trapExtensionReads(page: Page, extensionId: string) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; auxData?: { isDefault?: boolean; frameId?: string } }[] =
    [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = contexts.find(
    (context) =>
      context.auxData?.frameId === frameTree.frame.id &&
      !context.auxData?.isDefault &&
      (context.origin.includes(extensionId) || context.name === 'Restore Access' || context.name.includes(extensionId)),
  );
  if (!world) throw new Error(`no isolated world of the extension in ${JSON.stringify(contexts)}`);
  await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression: `(() => {
      const own = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
      globalThis.__passwordReads = [];
      Object.defineProperty(HTMLInputElement.prototype, 'value', {
        configurable: true,
        get() {
          if (this.type === 'password') globalThis.__passwordReads.push(this.id || this.name || '?');
          return own.get.call(this);
        },
        set(value) { own.set.call(this, value); },
      });
    })()`,
  });
  return async (): Promise<string[]> => {
    const answer = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: 'globalThis.__passwordReads',
      returnByValue: true,
    });
    return answer.result.value as string[];
  };
}

/** The same trap in the page's own world, on the sign-in field (what a test page can see). */
async function trapPageReads(page: Page) {
  await page.addInitScript(() => {
    const own = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value') as PropertyDescriptor;
    const reads: string[] = [];
    (globalThis as unknown as { __pageReads: string[] }).__pageReads = reads;
    Object.defineProperty(HTMLInputElement.prototype, 'value', {
      configurable: true,
      get() {
        if (this.id === 'password') reads.push(new Error().stack ?? 'read');
        return own.get?.call(this);
      },
      set(value: string) {
        own.set?.call(this, value);
      },
    });
  });
  return () => page.evaluate(() => (globalThis as unknown as { __pageReads: string[] }).__pageReads.length);
}

/** Every runtime message the background receives from now on, as JSON. */
async function recordMessages(context: BrowserContext) {
  const worker = await serviceWorker(context);
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __messages?: string[]; chrome: typeof import('wxt/browser').browser };
    if (scope.__messages) return;
    scope.__messages = [];
    scope.chrome.runtime.onMessage.addListener((message: unknown) => {
      scope.__messages?.push(JSON.stringify(message));
    });
  });
  return () => worker.evaluate(() => (globalThis as unknown as { __messages: string[] }).__messages.slice());
}

/** Everything in the sidebar's shadow root a page could read: text, attributes, field values. */
function sidebarEverything(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('restore-access-sidebar')?.shadowRoot;
    if (!root) return '';
    const parts: string[] = [];
    for (const node of root.querySelectorAll('*')) {
      for (const attribute of node.attributes) parts.push(attribute.value);
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) parts.push(node.value);
    }
    parts.push(root.textContent ?? '');
    return parts.join('\n');
  });
}

async function expectLiveChecklist(page: Page, label: string) {
  const { password, retype } = await fieldsOf(page);
  await expect(liveList(page), label).toBeVisible();
  await page.locator(password).pressSequentially('abc');
  await expect(liveList(page).locator('li').first(), label).toContainText(/(Not met: 8 to 50|No se cumple: De 8 a 50)/);
  await page.locator(password).pressSequentially('DEF12');
  const states = liveList(page).locator('li strong');
  await expect(states.first(), label).toHaveText(/^(Met|Se cumple):/);
  await page.locator(retype).pressSequentially('abcDEF12');
  await expect(sidebar(page).locator('.ra-retype'), label).toHaveText(/: (matches|coincide)\.$/);
}

test.describe('the live password check on every new-password and sign-up page', () => {
  for (const fixture of PASSWORD_PAGES) {
    test(`${fixture.id}: each rule says met or not met as the new password is typed`, async ({ page }) => {
      await page.goto(fixture.url);
      await sidebar(page).waitFor();
      await expectLiveChecklist(page, fixture.id);
    });
  }

  test("USPS's real 2022 registration form", async ({ page }) => {
    test.skip(REAL_PAGES_MISSING !== null || !REAL_SIGNUP, REAL_PAGES_MISSING ?? 'no real sign-up page');
    const real = REAL_SIGNUP as NonNullable<typeof REAL_SIGNUP>;
    await page.route(real.url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: real.html }),
    );
    await page.goto(real.url);
    await sidebar(page).waitFor();
    await expectLiveChecklist(page, real.label);
    // Its username field is compared with when no username was carried.
    await page.locator('#tuserName').fill('Qwerty123x');
    await page.locator('#tPassword').fill('');
    await page.locator('#tPassword').pressSequentially('qwerty123X');
    await expect(liveList(page).locator('li').nth(4)).toContainText('Not met: Not the same as your username');
  });

  test("the sign-in page's hidden expired-password section, once shown", async ({ context, page, extensionId }) => {
    const pageReads = await trapPageReads(page);
    const fixture = fixtureById('sign-in/classic-loginaction.html');
    await page.goto(fixture.url);
    await sidebar(page).waitFor();
    const extensionReads = await trapExtensionReads(page, extensionId);
    await page.locator('#username').fill('Pat.Doe');
    await page.locator('#password').pressSequentially(SECRET);
    // What USPS's script does when a password change is required: the sections swap by class.
    await page.evaluate(() => {
      for (const id of ['row-1', 'sign-in-to-your-account-header'])
        document.getElementById(id)?.classList.add('hidden');
      for (const id of ['row-2', 'change-your-password-header'])
        document.getElementById(id)?.classList.remove('hidden');
    });
    await expect(sidebar(page).getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    await expectLiveChecklist(page, 'expired section');
    const reads = await extensionReads();
    expect(reads.length).toBeGreaterThan(0);
    expect(new Set(reads)).toEqual(new Set(['tPasswordNew', 'tPasswordRetype']));
    expect(await pageReads()).toBe(0);
    expect(JSON.stringify(await dumpStorage(context))).not.toContain(SECRET);
  });
});

test.describe('privacy: the new password goes nowhere, the sign-in password is never read', () => {
  test('typed on the change-password page: in no storage area, no message, not in the sidebar, no log, no mark', async ({
    context,
    page,
    extensionId,
  }) => {
    const messages = await recordMessages(context);
    const logs: string[] = [];
    page.on('console', (message) => logs.push(message.text()));
    const fixture = fixtureById('new-password/change-password.html');
    await page.goto(fixture.url);
    await sidebar(page).waitFor();
    await expect(liveList(page)).toBeVisible();
    const extensionReads = await trapExtensionReads(page, extensionId);
    await page.locator('#tPasswordCurrent').pressSequentially(`${SECRET}-old`);
    await page.locator('#tPasswordNew').pressSequentially(SECRET);
    await page.locator('#tPasswordRetype').pressSequentially(SECRET);
    await page.locator('#tPasswordRetype').press('Tab');
    await expect(sidebar(page).locator('.ra-retype')).toHaveText(EN.retype.matches);

    expect(await extensionReads()).not.toContain('tPasswordCurrent');
    const stored = JSON.stringify(await dumpStorage(context));
    const sent = (await messages()).join('\n');
    const shown = await sidebarEverything(page);
    const marks = await page.evaluate(() =>
      performance
        .getEntries()
        .map((entry) => entry.name)
        .join('\n'),
    );
    for (const piece of PIECES) {
      expect(stored, `storage holds "${piece}"`).not.toContain(piece);
      expect(sent, `a message holds "${piece}"`).not.toContain(piece);
      expect(shown, `the sidebar holds "${piece}"`).not.toContain(piece);
      expect(marks, `a performance entry holds "${piece}"`).not.toContain(piece);
      expect(logs.join('\n'), `a log holds "${piece}"`).not.toContain(piece);
    }
    // The messages were really recorded: the sidebar's own ones are there.
    expect(sent).toContain('load-password-check');
  });

  test('on the sign-in page, the extension never reads the password field (traps in both worlds)', async ({
    page,
    extensionId,
  }) => {
    const pageReads = await trapPageReads(page);
    await page.goto(fixtureById('sign-in/classic-loginaction.html').url);
    await sidebar(page).waitFor();
    const extensionReads = await trapExtensionReads(page, extensionId);
    await page.locator('#username').fill('Pat.Doe');
    await page.locator('#password').pressSequentially(SECRET);
    await page.locator('#password').press('Tab');
    await page.locator('#username').focus();
    expect(await extensionReads()).toEqual([]);
    expect(await pageReads()).toBe(0);
  });

  test('with the option off: the plain list, and no password field read at all', async ({
    context,
    page,
    extensionId,
  }) => {
    await setSettings(context, { ...DEFAULT_SETTINGS, passwordCheck: false });
    await page.goto(fixtureById('sign-up/portal-register.html').url);
    await sidebar(page).waitFor();
    const extensionReads = await trapExtensionReads(page, extensionId);
    await expect(sidebar(page).locator('ul.ra-checklist')).toContainText('8 to 50 characters.');
    await page.locator('#tPassword').pressSequentially(SECRET);
    await expect(sidebar(page).locator('ul.ra-checklist')).not.toContainText('Met:');
    expect(await liveList(page).count()).toBe(0);
    expect(await extensionReads()).toEqual([]);
  });
});

test.describe('the live list for screen readers', () => {
  test('speaks only when every rule becomes met, when focus leaves the field, and on request; axe clean', async ({
    page,
  }) => {
    const fixture: Fixture = fixtureById('new-password/verified-create-password.html');
    await page.goto(fixture.url);
    await sidebar(page).waitFor();
    await expect(liveList(page)).toBeVisible();
    await page.evaluate(() => {
      const root = document.querySelector('restore-access-sidebar')?.shadowRoot;
      const region = root?.querySelector('.ra-live-summary');
      const said: string[] = [];
      (globalThis as unknown as { __said: string[] }).__said = said;
      if (region)
        new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
          childList: true,
          characterData: true,
          subtree: true,
        });
    });
    const said = () => page.evaluate(() => (globalThis as unknown as { __said: string[] }).__said.slice());
    const field = page.locator('input[autocomplete="new-password"]').first();
    for (const key of 'abcdefgH') await field.press(key);
    await expect(liveList(page).locator('li').first()).toContainText('Met: 8 to 50');
    expect(await said()).toEqual([]);
    await field.press('1');
    await expect.poll(said).toEqual([EN.allMet]);
    for (const key of 'xy') await field.press(key);
    await expect(liveList(page).locator('li').first()).toContainText('Met: 8 to 50');
    expect(await said()).toEqual([EN.allMet]);
    await field.press('Tab');
    await expect.poll(said).toEqual([EN.allMet, `6 of 6 rules met. ${EN.retype.empty}`]);
    await sidebar(page).getByRole('button', { name: EN.summaryButton }).click();
    await expect.poll(async () => (await said()).length).toBe(3);

    const results = await new AxeBuilder({ page })
      .include('restore-access-sidebar')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
