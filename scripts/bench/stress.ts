import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { heapAfterGc, metrics, openTab, pollInPage, SIDEBAR_ATTACHED } from './browsers';
import { scriptTime } from './load';
import type { BenchPage } from './pages';

/** Soft navigations before the first memory snapshot. */
export const WARM_UP_NAVIGATIONS = 10;

export interface StressOptions {
  runs: number;
  batches: number;
  rows: number;
  navigations: number;
  waitForSidebar: boolean;
}

/** Counters after a full GC, for growth over soft navigations. */
export interface MemorySnapshot {
  afterNavigations: number;
  heapBytes: number;
  nodes: number;
  jsEventListeners: number;
  documents: number;
}

export interface StressResult {
  /** Main-thread script / task time per mutation batch, one value per run (ms). */
  scriptPerBatchMs: number[];
  /** Of that script time, what ran in an extension's isolated world (ms per batch, per run). */
  extensionPerBatchMs: number[];
  taskPerBatchMs: number[];
  /** Script time per soft navigation (ms). */
  scriptPerNavigationMs: number;
  memory: MemorySnapshot[];
  /** The sidebar's text differed between the two screens (it followed the soft navigation). */
  sidebarFollowed: boolean | null;
}

interface StressApi {
  benchStress: { mutate(batches: number, rows: number): Promise<void>; show(name: string): void };
}

async function snapshot(cdp: CDPSession, afterNavigations: number): Promise<MemorySnapshot> {
  const heapBytes = await heapAfterGc(cdp);
  const counters = await cdp.send('Memory.getDOMCounters');
  return { afterNavigations, heapBytes, ...counters };
}

/**
 * Swaps the screen, then waits two frames (the watcher recognises in the first, the sidebar
 * re-renders after it) and, with Restore Access, until the sidebar's text has changed (at most
 * a second), so each navigation is really followed before the next one.
 */
async function showScreen(tab: Page, name: string): Promise<void> {
  await tab.evaluate(async (screen) => {
    // No named helper functions in here: tsx would wrap them in a `__name` call the page lacks.
    const sidebar = document.querySelector('restore-access-sidebar')?.shadowRoot ?? null;
    const before = sidebar?.textContent ?? null;
    (window as unknown as StressApi).benchStress.show(screen);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const deadline = performance.now() + 1000;
    while (sidebar && sidebar.textContent === before && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }, name);
}

function sidebarText(tab: Page): Promise<string | null> {
  return tab.evaluate(() => document.querySelector('restore-access-sidebar')?.shadowRoot?.textContent ?? null);
}

export async function runStress(
  context: BrowserContext,
  page: BenchPage,
  options: StressOptions,
): Promise<StressResult> {
  const { tab, cdp } = await openTab(context);
  try {
    await tab.goto(page.url, { waitUntil: 'load' });
    if (options.waitForSidebar) {
      await pollInPage(cdp, SIDEBAR_ATTACHED);
    }
    await tab.waitForTimeout(300);

    const scriptPerBatchMs: number[] = [];
    const extensionPerBatchMs: number[] = [];
    const taskPerBatchMs: number[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      const before = await metrics(cdp);
      // From a trace, as for page loads: ScriptDuration misses promise callbacks (scripts/bench/load.ts).
      const script = await scriptTime(cdp, false, async () => {
        await tab.evaluate(([batches, rows]) => (window as unknown as StressApi).benchStress.mutate(batches, rows), [
          options.batches,
          options.rows,
        ] as const);
        await tab.waitForTimeout(200);
      });
      const after = await metrics(cdp);
      scriptPerBatchMs.push(script.jsMs / options.batches);
      extensionPerBatchMs.push(script.extensionWorldMs / options.batches);
      taskPerBatchMs.push((((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000) / options.batches);
    }

    // Warm up first, so that first-use allocations (compiled code, sidebar views, caches) are
    // not counted as growth.
    await showScreen(tab, 'forgot-password');
    const forgotText = await sidebarText(tab);
    await showScreen(tab, 'sign-in');
    const signInText = await sidebarText(tab);
    for (let warmUp = 0; warmUp < WARM_UP_NAVIGATIONS; warmUp += 1) {
      await showScreen(tab, warmUp % 2 ? 'sign-in' : 'forgot-password');
    }
    const memory = [await snapshot(cdp, 0)];
    const navigationScript = await scriptTime(cdp, false, async () => {
      for (let navigation = 1; navigation <= options.navigations; navigation += 1) {
        await showScreen(tab, navigation % 2 ? 'forgot-password' : 'sign-in');
        if (navigation % 10 === 0) memory.push(await snapshot(cdp, navigation));
      }
    });
    return {
      scriptPerBatchMs,
      extensionPerBatchMs,
      taskPerBatchMs,
      scriptPerNavigationMs: navigationScript.jsMs / options.navigations,
      memory,
      sidebarFollowed: forgotText === null || signInText === null ? null : forgotText !== signInText,
    };
  } finally {
    await tab.close();
  }
}
