import type { BrowserContext, CDPSession } from '@playwright/test';
import { heapAfterGc, type LoadOptions, metrics, openTab, pollInPage, SIDEBAR_VISIBLE, warmUp } from './browsers';
import type { BenchPage } from './pages';
import { record, rendererMainThreads, type TraceEvent } from './trace';

/** What one page load cost, measured in the page's renderer. Times in ms, sizes in bytes. */
export interface LoadSample {
  /**
   * Script time: every outermost run of JavaScript on the page's main thread, from a trace
   * (scripts, callbacks, promise callbacks and compiling; see `scriptTime`).
   */
  jsMs: number;
  /** Of which compiling whole scripts (V8CompileDuration's events), which ScriptDuration leaves out. */
  compileMs: number;
  /** Of which promise callbacks run by V8 itself, which ScriptDuration leaves out too. */
  promiseCallbackMs: number;
  /** CDP ScriptDuration, for comparison only: it misses the two above. */
  cdpScriptMs: number;
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

export async function measureLoad(context: BrowserContext, page: BenchPage, options: LoadOptions): Promise<LoadSample> {
  const { tab, cdp } = await openTab(context, options.wallTime ? 'timeTicks' : 'threadTicks');
  try {
    await warmUp(tab, cdp, page, options);
    const script = await scriptTime(cdp, options.wallTime === true, async () => {
      await tab.goto(page.url, { waitUntil: 'load' });
      if (options.waitForSidebar) await pollInPage(cdp, SIDEBAR_VISIBLE);
      // Let late work (watcher frames, timers) finish before reading the counters.
      await tab.waitForTimeout(options.settleMs);
    });
    // Chromium starts the duration counters again with each document: these are this load's.
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
      ...script,
      cdpScriptMs: (counters.ScriptDuration ?? 0) * 1000,
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

/** Trace events during which JavaScript runs (or is compiled) on a page's main thread. */
const SCRIPT_EVENTS = new Set(['v8.run', 'v8.callFunction', 'v8.compile', 'RunMicrotasks']);

export interface ScriptTime {
  jsMs: number;
  compileMs: number;
  promiseCallbackMs: number;
  /**
   * Of jsMs, what ran in an extension's isolated world: the outermost of the events V8 names with
   * the world (scripts, callbacks such as MutationObserver's, compiling), wherever they nest —
   * a MutationObserver callback runs inside the page's own callback that made the mutations.
   * Promise callbacks carry no world name and are left out. For the stress, where the page's own
   * script per mutation batch varies more between browsers than an extension's cost.
   */
  extensionWorldMs: number;
}

/**
 * Script time on the page's main thread during `run`, from a light trace (`v8`, `v8.execute`):
 * the outermost of the events that run or compile JavaScript, each counted once.
 *
 * CDP's ScriptDuration is not used for this. It leaves out compiling a whole script (its own
 * V8CompileDuration) and promise callbacks (V8's RunMicrotasks) — work done in a `.then`, such
 * as the sidebar's mount before it got a task of its own, was invisible to it — while adding the
 * two would count Blink callbacks run from the microtask queue (MutationObserver callbacks) twice.
 * The calibration extension (tests/bench/calibration-extension) checks the sum.
 * Thread time like ScriptDuration, or wall time with `wallTime`.
 */
export async function scriptTime(cdp: CDPSession, wallTime: boolean, run: () => Promise<void>): Promise<ScriptTime> {
  const events = await record(cdp, ['v8', 'v8.execute'], run);
  const mainThreads = rendererMainThreads(events);
  const duration = (event: TraceEvent) => ((wallTime ? event.dur : (event.tdur ?? event.dur)) ?? 0) / 1000;
  const scripts = events
    .filter(
      (event) => event.ph === 'X' && SCRIPT_EVENTS.has(event.name) && mainThreads.has(`${event.pid}:${event.tid}`),
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const time: ScriptTime = { jsMs: 0, compileMs: 0, promiseCallbackMs: 0, extensionWorldMs: 0 };
  const ends = new Map<string, number>();
  const worldEnds = new Map<string, number>();
  let microtaskEnd = Number.NEGATIVE_INFINITY;
  let callbackEnd = Number.NEGATIVE_INFINITY;
  for (const event of scripts) {
    const thread = `${event.pid}:${event.tid}`;
    const end = event.ts + (event.dur ?? 0);
    if (event.name === 'v8.compile') time.compileMs += duration(event);
    // Promise callbacks: microtask runs minus the Blink callbacks inside them (which
    // ScriptDuration does count), for the report's split.
    if (event.name === 'RunMicrotasks' && end > microtaskEnd) {
      microtaskEnd = end;
      time.promiseCallbackMs += duration(event);
    } else if (event.name === 'v8.callFunction' && end <= microtaskEnd && end > callbackEnd) {
      callbackEnd = end;
      time.promiseCallbackMs -= duration(event);
    }
    const inWorld = typeof event.args?.worldName === 'string' && event.args.worldName !== '';
    if (inWorld && end > (worldEnds.get(thread) ?? Number.NEGATIVE_INFINITY)) {
      worldEnds.set(thread, end);
      time.extensionWorldMs += duration(event);
    }
    // Events on one thread nest: a nested one is already inside its parent's time.
    if (end <= (ends.get(thread) ?? Number.NEGATIVE_INFINITY)) continue;
    ends.set(thread, end);
    time.jsMs += duration(event);
  }
  return time;
}
