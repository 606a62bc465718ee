import type { BrowserContext, CDPSession } from '@playwright/test';
import { heapAfterGc, metrics, openTab, pollInPage, SIDEBAR_VISIBLE } from './browsers';
import type { BenchPage } from './pages';
import { record, rendererMainThreads } from './trace';

/** What one page load cost, measured in the page's renderer. Times in ms, sizes in bytes. */
export interface LoadSample {
  /** CDP ScriptDuration: scripts and callbacks Blink runs, but not promise callbacks (microtasks). */
  scriptMs: number;
  /** Promise callbacks (V8 microtasks) on the page's main thread, which ScriptDuration leaves out. */
  microtaskMs: number;
  taskMs: number;
  heapAfterGc: number;
  longTasks: number[];
  /** performance.now() of the marks and events, when they happened. */
  detectorStart: number | null;
  sidebarStart: number | null;
  /** The sidebar's first render is in the DOM (the paint follows in the next frame). */
  sidebarRendered: number | null;
  sidebarPainted: number | null;
  sidebarVisible: number | null;
  domContentLoaded: number;
}

interface ProbeResult {
  longTasks: number[];
  sidebarVisible: number | null;
  marks: Record<string, number>;
  domContentLoaded: number;
}

export async function measureLoad(
  context: BrowserContext,
  page: BenchPage,
  options: { waitForSidebar: boolean; settleMs: number; wallTime?: boolean },
): Promise<LoadSample> {
  const { tab, cdp } = await openTab(context, options.wallTime ? 'timeTicks' : 'threadTicks');
  try {
    const microtaskMs = await microtaskTime(cdp, options.wallTime === true, async () => {
      await tab.goto(page.url, { waitUntil: 'load' });
      if (options.waitForSidebar) await pollInPage(cdp, SIDEBAR_VISIBLE);
      // Let late work (watcher frames, timers) finish before reading the counters.
      await tab.waitForTimeout(options.settleMs);
    });
    const counters = await metrics(cdp);
    const heap = await heapAfterGc(cdp);
    const probe = await tab.evaluate((): ProbeResult => {
      const raw = (window as unknown as { __raBench: ProbeResult }).__raBench;
      const marks: Record<string, number> = {};
      for (const mark of performance.getEntriesByType('mark')) marks[mark.name] = mark.startTime;
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return {
        longTasks: raw.longTasks,
        sidebarVisible: raw.sidebarVisible,
        marks,
        domContentLoaded: navigation?.domContentLoadedEventStart ?? 0,
      };
    });
    return {
      scriptMs: (counters.ScriptDuration ?? 0) * 1000,
      microtaskMs,
      taskMs: (counters.TaskDuration ?? 0) * 1000,
      heapAfterGc: heap,
      longTasks: probe.longTasks,
      detectorStart: probe.marks['restore-access:detector-start'] ?? null,
      sidebarStart: probe.marks['restore-access:sidebar-start'] ?? null,
      sidebarRendered: probe.marks['restore-access:sidebar-rendered'] ?? null,
      sidebarPainted: probe.marks['restore-access:sidebar-painted'] ?? null,
      sidebarVisible: probe.sidebarVisible,
      domContentLoaded: probe.domContentLoaded,
    };
  } finally {
    await tab.close();
  }
}

/**
 * Time spent running promise callbacks on the page's main thread during `run`, from a trace of
 * V8's RunMicrotasks events alone (a light category). CDP's ScriptDuration counts the scripts
 * and callbacks Blink calls but not these, so work done in a `.then` (Preact's re-renders; the
 * sidebar's mount until it got a task of its own) was invisible to it: the calibration
 * extension shows both (tests/bench/calibration-extension).
 * Thread time like ScriptDuration, or wall time with `wallTime`.
 */
export async function microtaskTime(cdp: CDPSession, wallTime: boolean, run: () => Promise<void>): Promise<number> {
  const events = await record(cdp, ['v8.execute'], run);
  const mainThreads = rendererMainThreads(events);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  const runs = events
    .filter(
      (event) => event.ph === 'X' && event.name === 'RunMicrotasks' && mainThreads.has(`${event.pid}:${event.tid}`),
    )
    .sort((a, b) => a.ts - b.ts);
  for (const event of runs) {
    // Outermost runs only: a nested checkpoint is already inside its parent's time.
    if (event.ts + (event.dur ?? 0) <= end) continue;
    end = event.ts + (event.dur ?? 0);
    total += ((wallTime ? event.dur : (event.tdur ?? event.dur)) ?? 0) / 1000;
  }
  return total;
}
