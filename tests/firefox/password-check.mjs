// The live password check in Firefox: the list on every new-password and sign-up page,
// USPS's real 2022 registration form and the sign-in page's expired-password section once shown;
// and the privacy promise: the typed password in no storage area, no runtime message, nothing in
// the sidebar, and the sign-in password never read (tests/e2e/password-check.spec.ts in Chromium).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs, pollFor, tabIdOf } from './harness.mjs';

const SECRET = 'Qx7-Lumen#Trail';
const PIECES = [...SECRET].flatMap((_, i) => (i + 4 <= SECRET.length ? [SECRET.slice(i, i + 4)] : []));
const LIST = 'restore-access-sidebar >>> ul.ra-live-rules';

/** The first rule's line and the re-type line of the live list, as the page could read them. */
function liveState(page) {
  return page.evaluate(() => {
    const root = document.querySelector('restore-access-sidebar')?.shadowRoot;
    const list = root?.querySelector('ul.ra-live-rules');
    if (!list) return null;
    return {
      first: list.querySelector('li')?.textContent ?? '',
      retype: root.querySelector('.ra-retype')?.textContent ?? '',
    };
  });
}

/** Everything in the sidebar's shadow root a page could read: text and attributes. */
function sidebarEverything(page) {
  return page.evaluate(() => {
    const root = document.querySelector('restore-access-sidebar')?.shadowRoot;
    if (!root) return '';
    const parts = [root.textContent ?? ''];
    for (const node of root.querySelectorAll('*')) for (const attribute of node.attributes) parts.push(attribute.value);
    return parts.join('\n');
  });
}

/**
 * A trap on HTMLInputElement.prototype.value in the extension's isolated world of the tab, set
 * with scripting.executeScript (which runs there): records the id of every password field any of
 * the extension's page scripts reads. Returns a reader of those ids.
 */
async function trapExtensionReads(apiPage, url) {
  const tabId = await tabIdOf(apiPage, url);
  await apiPage.evaluate(async (id) => {
    await globalThis.browser.scripting.executeScript({
      target: { tabId: id, frameIds: [0] },
      func: () => {
        const own = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
        globalThis.__passwordReads = [];
        Object.defineProperty(HTMLInputElement.prototype, 'value', {
          configurable: true,
          get() {
            if (this.type === 'password') globalThis.__passwordReads.push(this.id || this.name || '?');
            return own.get.call(this);
          },
          set(value) {
            own.set.call(this, value);
          },
        });
      },
    });
  }, tabId);
  return () =>
    apiPage.evaluate(async (id) => {
      const [result] = await globalThis.browser.scripting.executeScript({
        target: { tabId: id, frameIds: [0] },
        func: () => globalThis.__passwordReads ?? null,
      });
      return result?.result;
    }, tabId);
}

/** Every runtime message from a content script, as JSON: an extension page receives them too. */
async function recordMessages(apiPage) {
  await apiPage.evaluate(() => {
    if (globalThis.__messages) return;
    globalThis.__messages = [];
    globalThis.browser.runtime.onMessage.addListener((message) => {
      globalThis.__messages.push(JSON.stringify(message));
    });
  });
  return () => apiPage.evaluate(() => globalThis.__messages.slice());
}

/** The new password field and its re-type: USPS's own ids, else the two marked new-password. */
async function fieldsOf(page) {
  for (const [password, retype] of [
    ['#tPasswordNew', '#tPasswordRetype'],
    ['#tPassword', '#tPasswordRetype'],
  ]) {
    if (await page.$(password)) return { password: await page.$(password), retype: await page.$(retype) };
  }
  const [password, retype] = await page.$$('input[type="password"][autocomplete="new-password"]');
  return { password, retype };
}

async function expectLiveChecklist(page, label) {
  await page.waitForSelector(LIST, { timeout: 10_000 });
  const { password, retype } = await fieldsOf(page);
  await password.type('abc');
  const first = await pollFor(async () => {
    const state = await liveState(page);
    return /^✗ (Not met|No se cumple):/.test(state?.first ?? '') ? state.first : undefined;
  });
  assert.ok(first, `${label}: the length rule says not met (${JSON.stringify(await liveState(page))})`);
  await password.type('DEF12');
  const met = await pollFor(async () => /^✓ (Met|Se cumple):/.test((await liveState(page))?.first ?? ''));
  assert.ok(met, `${label}: the length rule says met`);
  await retype.type('abcDEF12');
  const matches = await pollFor(async () => /: (matches|coincide)\.$/.test((await liveState(page))?.retype ?? ''));
  assert.ok(matches, `${label}: the re-typed password matches (${JSON.stringify(await liveState(page))})`);
}

export async function passwordCheckTests({ fixtures, fixture, apiPage, openPage }) {
  const { REAL_PAGES_DIR, REAL_PAGES_MISSING } = await importTs('tests/fixtures/real-pages.ts');
  const pages = [...fixtures.values()].filter((f) => f.kind === 'new-password' || f.kind === 'sign-up');
  return [
    [
      `the live password list on every new-password and sign-up page (${pages.length})`,
      async () => {
        for (const { id, url } of pages) {
          const { page } = await openPage();
          await page.goto(url);
          await expectLiveChecklist(page, id);
          await page.close();
        }
      },
    ],
    [
      "the live password list on USPS's real 2022 registration form",
      async () => {
        assert.equal(REAL_PAGES_MISSING, null, REAL_PAGES_MISSING ?? '');
        const url = 'https://reg.usps.com/entreg/RegistrationAction_input';
        const { page, pinned } = await openPage();
        pinned.set(url, readFileSync(join(REAL_PAGES_DIR, 'ddg-usps-signup-fragment.html'), 'utf8'));
        await page.goto(url);
        await expectLiveChecklist(page, 'real 2022 registration form');
        await page.close();
      },
    ],
    [
      "the sign-in page's expired-password section, once shown: only the new fields are read, nothing kept or sent",
      async () => {
        const api = await apiPage();
        const messages = await recordMessages(api);
        const { url } = fixture('sign-in/classic-loginaction.html');
        const { page } = await openPage();
        await page.evaluateOnNewDocument(() => {
          const own = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
          globalThis.__pageReads = 0;
          Object.defineProperty(HTMLInputElement.prototype, 'value', {
            configurable: true,
            get() {
              if (this.id === 'password') globalThis.__pageReads += 1;
              return own.get.call(this);
            },
            set(value) {
              own.set.call(this, value);
            },
          });
        });
        await page.goto(url);
        await page.waitForSelector('restore-access-sidebar >>> #ra-situation-heading', { timeout: 10_000 });
        const extensionReads = await trapExtensionReads(api, url);
        await page.type('#username', 'Pat.Doe');
        await page.type('#password', SECRET);
        assert.deepEqual(await extensionReads(), [], 'nothing read on the sign-in form');
        await page.evaluate(() => {
          for (const id of ['row-1', 'sign-in-to-your-account-header'])
            document.getElementById(id)?.classList.add('hidden');
          for (const id of ['row-2', 'change-your-password-header'])
            document.getElementById(id)?.classList.remove('hidden');
        });
        await page.waitForSelector(LIST, { timeout: 10_000 });
        await page.type('#tPasswordNew', SECRET);
        await page.type('#tPasswordRetype', SECRET);
        const matches = await pollFor(async () => /: matches\.$/.test((await liveState(page))?.retype ?? ''));
        assert.ok(matches, `the re-typed password matches (${JSON.stringify(await liveState(page))})`);
        const reads = await extensionReads();
        assert.ok(reads.length > 0, 'the trap saw the new password read (it works in this world)');
        assert.deepEqual([...new Set(reads)].sort(), ['tPasswordNew', 'tPasswordRetype']);
        assert.equal(await page.evaluate(() => globalThis.__pageReads), 0, 'the page saw no read of #password');

        const stored = JSON.stringify(
          await api.evaluate(async () => ({
            local: await globalThis.browser.storage.local.get(null),
            session: await globalThis.browser.storage.session.get(null),
            sync: await globalThis.browser.storage.sync.get(null).catch((error) => `unavailable: ${error}`),
          })),
        );
        const sent = (await messages()).join('\n');
        const shown = await sidebarEverything(page);
        for (const piece of PIECES) {
          assert.ok(!stored.includes(piece), `storage holds "${piece}"`);
          assert.ok(!sent.includes(piece), `a message holds "${piece}"`);
          assert.ok(!shown.includes(piece), `the sidebar holds "${piece}"`);
        }
        assert.match(sent, /load-password-check/, 'the messages were recorded');
        await page.close();
      },
    ],
  ];
}
