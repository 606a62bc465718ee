import type { BrowserContext, CDPSession } from '@playwright/test';
import { type LoadOptions, openTab, pollInPage, SIDEBAR_ATTACHED, warmUp } from './browsers';
import type { BenchPage } from './pages';

/** The fields of Chrome's trace events the bench reads (times in µs). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time, where the event has it. */
  tdur?: number;
  args?: { name?: string; worldName?: string };
}

/** The page's main-thread tasks during one load (ms). */
export interface TraceSample {
  longestTaskMs: number;
  tasksOver16Ms: number;
  tasksOver50Ms: number;
  /** All task durations over 4 ms, longest first, for the JSON report. */
  longTasksMs: number[];
  /**
   * Restore Access's own longest task: the one the detector starts in, or the one the sidebar's
   * first render finishes in, whichever is longer. Null where neither ran. (On help pages the
   * sidebar bundle is evaluated at document_start, inside a parsing task of the page's own.)
   */
  ownTaskMs: number | null;
}

const OWN_TASK_MARKS = ['restore-access:detector-start', 'restore-access:sidebar-rendered'];

/**
 * The trace events of the given categories recorded while `run` runs. Only light categories are
 * used: `devtools.timeline`, which names the script behind each event, records stack traces for
 * DOM work and slowed the extension's scripts several-fold in our trials, so its numbers would
 * not be the extension's.
 */
export async function record(cdp: CDPSession, categories: string[], run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

/** `pid:tid` of every renderer main thread in the trace (the page's, and any idle spare one). */
export function rendererMainThreads(events: TraceEvent[]): Set<string> {
  return new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
}

export function analyse(events: TraceEvent[]): TraceSample {
  const mainThreads = rendererMainThreads(events);
  // Chromium nests RunTask inside ThreadControllerImpl::RunTask: count outermost events only.
  const byThread = new Map<string, number[]>();
  const tasks = events
    .filter(
      (event) => event.ph === 'X' && event.name.endsWith('RunTask') && mainThreads.has(`${event.pid}:${event.tid}`),
    )
    .sort((a, b) => a.ts - b.ts);
  const ends = new Map<string, number>();
  const outermost: TraceEvent[] = [];
  for (const task of tasks) {
    const thread = `${task.pid}:${task.tid}`;
    const end = task.ts + (task.dur ?? 0);
    if (end <= (ends.get(thread) ?? Number.NEGATIVE_INFINITY)) continue;
    ends.set(thread, end);
    outermost.push(task);
    byThread.set(thread, [...(byThread.get(thread) ?? []), (task.dur ?? 0) / 1000]);
  }
  const ownTasks = events
    .filter((event) => OWN_TASK_MARKS.includes(event.name) && mainThreads.has(`${event.pid}:${event.tid}`))
    .flatMap((mark) =>
      outermost.filter(
        (task) =>
          task.pid === mark.pid && task.tid === mark.tid && task.ts <= mark.ts && mark.ts <= task.ts + (task.dur ?? 0),
      ),
    )
    .map((task) => (task.dur ?? 0) / 1000);
  // The page's renderer is the busiest main thread (an idle spare renderer may exist too).
  const busiest = [...byThread.values()].sort(
    (a, b) => b.reduce((sum, value) => sum + value, 0) - a.reduce((sum, value) => sum + value, 0),
  )[0];
  const durations = (busiest ?? []).sort((a, b) => b - a);
  return {
    longestTaskMs: durations[0] ?? 0,
    tasksOver16Ms: durations.filter((duration) => duration > 16).length,
    tasksOver50Ms: durations.filter((duration) => duration > 50).length,
    longTasksMs: durations.filter((duration) => duration > 4).map((duration) => Math.round(duration * 100) / 100),
    ownTaskMs: ownTasks.length ? Math.max(...ownTasks) : null,
  };
}

/** Loads a page under a light trace and lists its main-thread tasks. */
export async function traceLoad(
  context: BrowserContext,
  page: BenchPage,
  options: Pick<LoadOptions, 'temperature' | 'waitForSidebar' | 'settleMs'>,
): Promise<TraceSample> {
  const { tab, cdp } = await openTab(context);
  try {
    await warmUp(tab, cdp, page, options);
    // One event per task, and our marks to find the task the detector runs in.
    const events = await record(cdp, ['toplevel', 'blink.user_timing'], async () => {
      await tab.goto(page.url, { waitUntil: 'load' });
      if (options.waitForSidebar) {
        await pollInPage(cdp, SIDEBAR_ATTACHED);
      }
      await tab.waitForTimeout(options.settleMs);
    });
    return analyse(events);
  } finally {
    await tab.close();
  }
}
