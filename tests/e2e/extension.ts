import { resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { type Fixture, loadFixturePool } from '../fixtures/pool';

/** The built Chrome extension the tests load (built once by the test command). */
export const EXTENSION_DIR = resolve(process.env.RA_OUT_DIR ?? '.output', 'chrome-mv3');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchWithExtension(
  options: { headless?: boolean; extraArgs?: string[] } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...CHROMIUM_ARGS,
      ...(options.extraArgs ?? []),
    ],
  });
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const [existing] = context.serviceWorkers();
  return existing ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Serves every fixture page at its true URL; anything else gets a 404 so no request ever
 * reaches the network. `extra` adds pages a single test needs.
 */
export async function serveFixtures(context: BrowserContext, extra: Array<{ url: string; html: string }> = []) {
  const byUrl = new Map<string, string>();
  for (const fixture of loadFixturePool()) byUrl.set(fixture.url, fixture.html);
  for (const page of extra) byUrl.set(page.url, page.html);
  await context.unroute('**/*').catch(() => {});
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const html = byUrl.get(url) ?? byUrl.get(url.split('#')[0] ?? url);
    if (html !== undefined) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    if (url.startsWith('chrome-extension://')) return route.continue();
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the fixture pool' });
  });
}

export const SIDEBAR = { role: 'complementary' as const, name: /Account help|Ayuda con la cuenta/ };

/** Opens a fixture at its true URL in a fresh page. */
export async function openFixture(context: BrowserContext, fixture: Pick<Fixture, 'url'>): Promise<Page> {
  const page = await context.newPage();
  await page.goto(fixture.url);
  return page;
}

interface WorkerFixtures {
  extensionContext: BrowserContext;
  extensionId: string;
}

/**
 * One browser per worker, shared by its tests (isolation comes from fresh pages and clearing
 * storage), which keeps the suite fast on CI's two cores.
 */
export const test = base.extend<{ context: BrowserContext; page: Page }, WorkerFixtures>({
  extensionContext: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their first argument.
    async ({}, use) => {
      const context = await launchWithExtension();
      await serveFixtures(context);
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  extensionId: [
    async ({ extensionContext }, use) => {
      const worker = await extensionWorker(extensionContext);
      await use(new URL(worker.url()).host);
    },
    { scope: 'worker' },
  ],
  context: async ({ extensionContext, extensionId: _ }, use) => {
    await use(extensionContext);
    for (const page of extensionContext.pages()) await page.close().catch(() => {});
    const [worker] = extensionContext.serviceWorkers();
    await worker?.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      await api.storage.local.clear();
      await api.storage.session.clear();
    });
  },
  page: async ({ context }, use) => {
    const page = await context.newPage();
    await use(page);
  },
});

export { expect } from '@playwright/test';
