import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../tests/e2e/extension';
import { PENDING_IMAGE_MS, PENDING_IMAGE_URL } from './pages';

const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** The configurations compared, in the order each round visits them. */
export type ConfigName =
  | 'none'
  | 'baseline'
  | 'restore-access'
  | 'calibration'
  // The least any extension of this kind costs (scripts/bench/floors.ts).
  | 'floor-read'
  | 'floor-watch'
  | 'floor-evidence'
  | 'floor-sidebar'
  | 'floor-evidence-sidebar';

export interface BenchBrowser {
  name: ConfigName;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Watches the page from the main world, before any page script: long tasks (the Long Tasks API
 * reports every task over 50 ms on this event loop, content scripts' included) and the moment
 * the sidebar's host element is inserted and filled, then painted (rAF, then a task after the frame).
 */
const PAGE_PROBE = `(() => {
  const probe = { longTasks: [], sidebarVisible: null };
  Object.defineProperty(window, '__raBench', { value: probe });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // The host is inserted empty; the sidebar is visible once its container has content.
  const painted = () => requestAnimationFrame(() => setTimeout(() => { probe.sidebarVisible = performance.now(); }));
  const whenFilled = (host) => {
    const root = host.shadowRoot;
    const filled = () => !root || root.querySelector('.ra-root > *') !== null;
    if (filled()) return painted();
    const inner = new MutationObserver(() => {
      if (filled()) { inner.disconnect(); painted(); }
    });
    inner.observe(root, { childList: true, subtree: true });
  };
  // The host is appended to the body (utils/sidebar/shadow-host.ts), or to the root where there is none,
  // so only the document's, the root's and the body's own children are watched. Watching the
  // whole subtree wrapped every node the parser added: about 1 MB of allocation on the large
  // pages, whose young-generation GC then fell into the detector's task (one-off traces). The
  // probe must not disturb what it measures.
  const watched = new Set();
  const watch = (node) => {
    if (node && !watched.has(node)) {
      watched.add(node);
      observer.observe(node, { childList: true });
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeName === 'RESTORE-ACCESS-SIDEBAR') {
          observer.disconnect();
          whenFilled(node);
          return;
        }
      }
    }
    watch(document.documentElement);
    watch(document.body);
  });
  watch(document);
  watch(document.documentElement);
  watch(document.body);
})();`;

export async function launch(name: ConfigName, extensionDir: string | undefined, pages: Map<string, string>) {
  // A fresh profile per configuration, so no cache or storage is shared between them.
  const profile = mkdtempSync(join(tmpdir(), `ra-bench-${name}-`));
  const args = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS]
    : [...CHROMIUM_ARGS];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args,
  });
  await context.addInitScript({ content: PAGE_PROBE });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const html = pages.get(url) ?? pages.get(url.split('#')[0] ?? url);
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (url.startsWith('chrome-extension://')) return route.continue();
    if (url === PENDING_IMAGE_URL) {
      // Late, so the page that shows it is still loading (pages.ts, `withPendingImage`); closed
      // tabs leave the answer nowhere to go.
      return new Promise<void>((done) => setTimeout(done, PENDING_IMAGE_MS)).then(() =>
        route.fulfill({ status: 200, contentType: 'image/png', body: ONE_PIXEL_PNG }).catch(() => {}),
      );
    }
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served by the benchmark' });
  });
  if (name === 'restore-access') {
    // The sidebar is injected by the service worker: wait until it is running.
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  }
  const browser: BenchBrowser = {
    name,
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return browser;
}

export type Metrics = Record<string, number>;

export async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

/** Live JS heap of the page's isolate (main world and extension worlds share it) after a full GC. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export async function openTab(
  context: BrowserContext,
  timeDomain: 'threadTicks' | 'timeTicks' = 'threadTicks',
): Promise<{ tab: Page; cdp: CDPSession }> {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  // Thread time by default, not wall time: other processes on a 2-core machine then don't
  // inflate the numbers (the calibration uses wall time, see main.ts).
  await cdp.send('Performance.enable', { timeDomain });
  return { tab, cdp };
}

/**
 * Polls a boolean expression in the page's main world through CDP. Playwright's own waiting
 * (waitForFunction, locator.waitFor) would first inject its helper script into the page — a few
 * hundred kilobytes of heap and milliseconds of script — and only in the configurations that
 * wait, which would be billed to Restore Access.
 */
export async function pollInPage(cdp: CDPSession, expression: string, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (result.value === true) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const SIDEBAR_VISIBLE = 'window.__raBench.sidebarVisible !== null';
export const SIDEBAR_ATTACHED = "document.querySelector('restore-access-sidebar') !== null";

/**
 * How a measured load finds the browser. `cold`: a new tab, so a renderer that has not run the
 * extension's scripts yet — the first page of the site a person opens. `warm`: the same page was
 * loaded just before in the same tab, as when a sign-in page comes back after a failed attempt
 * or the journey moves on within reg.usps.com: the renderer is reused, and V8's compilation
 * cache already holds the extension's compiled scripts.
 */
export type Temperature = 'cold' | 'warm';
export const TEMPERATURES: Temperature[] = ['cold', 'warm'];

export interface LoadOptions {
  waitForSidebar: boolean;
  settleMs: number;
  temperature: Temperature;
  wallTime?: boolean;
}

/** Loads the page into a new tab, once more when warm; returns after the load to be measured. */
export async function warmUp(
  tab: Page,
  cdp: CDPSession,
  page: { url: string },
  options: Pick<LoadOptions, 'temperature' | 'waitForSidebar' | 'settleMs'>,
): Promise<void> {
  if (options.temperature === 'cold') return;
  await tab.goto(page.url, { waitUntil: 'load' });
  if (options.waitForSidebar) await pollInPage(cdp, SIDEBAR_VISIBLE);
  await tab.waitForTimeout(options.settleMs);
}
