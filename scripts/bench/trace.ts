import type { BrowserContext, CDPSession } from '@playwright/test';
import { openTab } from './browsers';
import type { BenchPage } from './pages';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

/** What a trace says about the extension's own work on the page's main thread (ms). */
export interface TraceSample {
  /** Time inside the extension's scripts: compiling and running them, callbacks included. */
  extensionMs: number;
  /** The same, per script file (detector.js, sidebar.js). */
  byFileMs: Record<string, number>;
  /** The longest main-thread task that ran any of the extension's code. */
  longestExtensionTaskMs: number;
  /** The longest main-thread task of the whole load, whoever ran it. */
  longestTaskMs: number;
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'TimerFire', 'FireAnimationFrame']);

async function record(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'toplevel'] },
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** Total length of a set of intervals, counting overlaps (nested calls) once. */
function unionLength(intervals: Array<[number, number]>): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [start, stop] of sorted) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total;
}

export function analyse(events: TraceEvent[], extensionOrigin: string): TraceSample {
  const ours = events.filter(
    (event) => event.ph === 'X' && SCRIPT_EVENTS.has(event.name) && event.args?.data?.url?.startsWith(extensionOrigin),
  );
  const first = ours[0];
  if (!first) return { extensionMs: 0, byFileMs: {}, longestExtensionTaskMs: 0, longestTaskMs: 0 };
  // The page's main thread is the one our content script ran on.
  const onMain = (event: TraceEvent) => event.pid === first.pid && event.tid === first.tid;
  const span = (event: TraceEvent): [number, number] => [event.ts, event.ts + (event.dur ?? 0)];
  const intervals = ours.filter(onMain).map(span);
  const byFileMs: Record<string, number> = {};
  for (const file of new Set(ours.map((event) => event.args?.data?.url?.split('/').pop() ?? ''))) {
    const spans = ours.filter((event) => onMain(event) && event.args?.data?.url?.endsWith(`/${file}`)).map(span);
    byFileMs[file] = unionLength(spans) / 1000;
  }
  // Chromium names its top-level task event RunTask or ThreadControllerImpl::RunTask.
  const tasks = events.filter((event) => event.name.endsWith('RunTask') && event.ph === 'X' && onMain(event));
  let longestExtensionTask = 0;
  let longestTask = 0;
  for (const task of tasks) {
    const start = task.ts;
    const end = task.ts + (task.dur ?? 0);
    longestTask = Math.max(longestTask, task.dur ?? 0);
    if (intervals.some(([from, to]) => from < end && to > start)) {
      longestExtensionTask = Math.max(longestExtensionTask, task.dur ?? 0);
    }
  }
  return {
    extensionMs: unionLength(intervals) / 1000,
    byFileMs,
    longestExtensionTaskMs: longestExtensionTask / 1000,
    longestTaskMs: longestTask / 1000,
  };
}

/** Loads a page under tracing and attributes main-thread time to the extension's scripts. */
export async function traceLoad(
  context: BrowserContext,
  page: BenchPage,
  extensionOrigin: string,
  options: { waitForSidebar: boolean; settleMs: number },
): Promise<TraceSample> {
  const { tab, cdp } = await openTab(context);
  try {
    const events = await record(cdp, async () => {
      await tab.goto(page.url, { waitUntil: 'load' });
      if (options.waitForSidebar) {
        await tab
          .locator('restore-access-sidebar')
          .waitFor({ state: 'attached', timeout: 5000 })
          .catch(() => {});
      }
      await tab.waitForTimeout(options.settleMs);
    });
    return analyse(events, extensionOrigin);
  } finally {
    await tab.close();
  }
}
