import type { BrowserContext } from '@playwright/test';
import { heapAfterGc, metrics, openTab, pollInPage, SIDEBAR_VISIBLE } from './browsers';
import type { BenchPage } from './pages';

/** What one page load cost, measured in the page's renderer. Times in ms, sizes in bytes. */
export interface LoadSample {
  scriptMs: number;
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
    await tab.goto(page.url, { waitUntil: 'load' });
    if (options.waitForSidebar) await pollInPage(cdp, SIDEBAR_VISIBLE);
    // Let late work (watcher frames, timers) finish before reading the counters.
    await tab.waitForTimeout(options.settleMs);
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
