import { type InjectedScripts, total } from '../build/built-sizes';
import type { ConfigName, Temperature } from './browsers';
import type { LoadSample } from './load';
import { fmt, pairedDifferences, percentile, type Summary, summarise, table } from './stats';
import { type StressResult, WARM_UP_NAVIGATIONS } from './stress';
import type { TraceSample } from './trace';

export interface Results {
  date: string;
  durationSeconds: number;
  command: string;
  machine: { cores: number; cpu: string; memoryGiB: number; node: string; browser: string };
  options: Record<string, number>;
  sizes: InjectedScripts;
  pages: Array<{ role: string; url: string; origin: string; needsHelp: boolean }>;
  firstLoads: Record<string, Record<ConfigName, LoadSample[]>>;
  loads: Record<Temperature, Record<string, Record<ConfigName, LoadSample[]>>>;
  /** The floors' own phase: baseline, floors and Restore Access on the floor pages. */
  floors: Record<Temperature, Record<string, Record<ConfigName, LoadSample[]>>>;
  calibration: Record<'baseline' | 'calibration', LoadSample[]>;
  traces: Record<Temperature, Record<string, Record<'baseline' | 'restore-access', TraceSample[]>>>;
  stress: Partial<Record<ConfigName, StressResult>>;
}

/** Script time of one load: all JavaScript run or compiled on the main thread (scripts/bench/load.ts). */
export const jsMs = (sample: LoadSample) => sample.jsMs;

const medP95 = (summary: Summary, digits = 1) => `${fmt(summary.median, digits)} / ${fmt(summary.p95, digits)}`;
const kb = (bytes: number) => bytes / 1024;

function elapsed(samples: LoadSample[], from: (s: LoadSample) => number | null, to: (s: LoadSample) => number | null) {
  return samples.flatMap((sample) => {
    const start = from(sample);
    const end = to(sample);
    return start === null || end === null ? [] : [end - start];
  });
}

function costTable(results: Results, temperature: Temperature): string {
  const rows = results.pages.map(({ role, origin }) => {
    const samples = results.loads[temperature][role];
    if (!samples) return [role];
    const script = (config: ConfigName) => samples[config].map(jsMs);
    const compile = (config: ConfigName) => samples[config].map((sample) => sample.compileMs);
    const promiseCallbacks = (config: ConfigName) => samples[config].map((sample) => sample.promiseCallbackMs);
    const task = (config: ConfigName) => samples[config].map((sample) => sample.taskMs);
    const ra = samples['restore-access'];
    const long = ra.flatMap((sample) => sample.longTasks);
    return [
      role,
      origin.replace(/^pool:|^bench:/, (prefix) => (prefix === 'pool:' ? '' : 'bench/')),
      `${fmt(percentile(script('none'), 50))} / ${fmt(percentile(script('baseline'), 50))} / ${fmt(percentile(script('restore-access'), 50))}`,
      medP95(summarise(pairedDifferences(script('restore-access'), script('baseline'))), 2),
      `${fmt(percentile(pairedDifferences(compile('restore-access'), compile('baseline')), 50), 2)} / ${fmt(percentile(pairedDifferences(promiseCallbacks('restore-access'), promiseCallbacks('baseline')), 50), 2)}`,
      medP95(summarise(pairedDifferences(script('restore-access'), script('none'))), 2),
      medP95(summarise(pairedDifferences(task('restore-access'), task('baseline'))), 1),
      `${long.length} / ${fmt(long.length ? Math.max(...long) : 0, 0)}`,
    ];
  });
  return table(
    [
      'page',
      'served from',
      'script ms none/base/RA',
      '+script vs base med/p95',
      'of which compiling / promise callbacks',
      '+script vs none med/p95',
      '+task vs base med/p95',
      'RA tasks>50ms n/max',
    ],
    rows,
  );
}

function latencyTable(results: Results, temperature: Temperature): string {
  const rows = results.pages.map(({ role, needsHelp }) => {
    const samples = results.loads[temperature][role];
    // The browser's very first load (round 0) is cold by nature: shown with the cold loads only.
    const first = temperature === 'cold' ? results.firstLoads[role]?.['restore-access'][0] : undefined;
    if (!samples) return [role];
    const ra = samples['restore-access'];
    const heap = (config: ConfigName) => samples[config].map((sample) => kb(sample.heapAfterGc));
    // From the detector's start: the content script that decides the page needs help. On help
    // pages the sidebar bundle was evaluated earlier, at document_start (its script time is in
    // the main-thread table); elsewhere it arrives from the background after this start.
    const scriptStart = (s: LoadSample) => s.detectorStart;
    const startToPainted = elapsed(ra, scriptStart, (s) => s.sidebarPainted);
    const startToRendered = elapsed(ra, scriptStart, (s) => s.sidebarRendered);
    const renderedToPainted = elapsed(
      ra,
      (s) => s.sidebarRendered,
      (s) => s.sidebarPainted,
    );
    const declared = ra.filter(
      (s) => s.sidebarStart !== null && s.detectorStart !== null && s.sidebarStart < s.detectorStart,
    );
    const howLoaded = declared.length === 0 ? 'injected' : declared.length === ra.length ? 'declared' : 'mixed';
    const dclToVisible = elapsed(
      ra,
      (s) => s.domContentLoaded,
      (s) => s.sidebarVisible,
    );
    const firstStart = first ? scriptStart(first) : null;
    const firstPainted = first && firstStart !== null && first.sidebarPainted !== null;
    return [
      role,
      needsHelp ? 'yes' : 'no',
      `${ra.filter((s) => s.sidebarVisible !== null).length}/${ra.length}`,
      needsHelp ? howLoaded : '–',
      needsHelp ? medP95(summarise(startToPainted)) : '–',
      needsHelp ? `${fmt(percentile(startToRendered, 50))} + ${fmt(percentile(renderedToPainted, 50))}` : '–',
      needsHelp ? medP95(summarise(dclToVisible)) : '–',
      firstPainted ? fmt((first.sidebarPainted ?? 0) - (firstStart ?? 0)) : '–',
      first ? fmt(jsMs(first)) : '–',
      medP95(summarise(pairedDifferences(heap('restore-access'), heap('baseline'))), 0),
      medP95(summarise(pairedDifferences(heap('restore-access'), heap('none'))), 0),
    ];
  });
  return table(
    [
      'page',
      'help?',
      'sidebar shown',
      'sidebar.js',
      'detector start→painted med/p95 ms',
      '= start→rendered + rendered→painted (med)',
      'DCL→visible med/p95 ms',
      '1st load start→painted',
      '1st load RA script ms',
      '+heap KB vs base',
      '+heap KB vs none',
    ],
    rows,
  );
}

function traceTable(results: Results, temperature: Temperature): string {
  const rows = Object.entries(results.traces[temperature]).map(([role, configs]) => {
    const ra = configs['restore-access'];
    const base = configs.baseline;
    const longest = (samples: TraceSample[]) => samples.map((s) => s.longestTaskMs);
    const over16 = (samples: TraceSample[]) => samples.map((s) => s.tasksOver16Ms);
    const ownTasks = ra.flatMap((s) => (s.ownTaskMs === null ? [] : [s.ownTaskMs]));
    return [
      role,
      `${fmt(percentile(longest(base), 50))} / ${fmt(percentile(longest(ra), 50))}`,
      `${fmt(Math.max(...longest(base)))} / ${fmt(Math.max(...longest(ra)))}`,
      medP95(summarise(pairedDifferences(longest(ra), longest(base)))),
      `${fmt(percentile(over16(base), 50), 0)} / ${fmt(percentile(over16(ra), 50), 0)}`,
      `${fmt(percentile(over16(base), 100), 0)} / ${fmt(percentile(over16(ra), 100), 0)}`,
      ownTasks.length ? `${fmt(percentile(ownTasks, 50))} / ${fmt(Math.max(...ownTasks))}` : '–',
    ];
  });
  return table(
    [
      'page',
      'longest task base/RA med ms',
      'longest base/RA max',
      '+longest RA vs base med/p95',
      'tasks>16ms base/RA med',
      'tasks>16ms base/RA max',
      "RA's own longest task med/max",
    ],
    rows,
  );
}

const FLOOR_LABELS: Partial<Record<ConfigName, string>> = {
  'floor-read': 'floor: reads the page once',
  'floor-watch': 'floor: reads and watches',
  'floor-evidence': "floor: that + reads recognition's evidence",
  'floor-sidebar': 'floor: that + a Preact sidebar',
  'floor-evidence-sidebar': 'floor: the evidence read, then a Preact sidebar',
  'restore-access': 'Restore Access',
};

/** Start → sidebar painted over the loads that painted one (a floor without a sidebar: '–'). */
function startToPaintedCell(samples: LoadSample[]): string {
  const times = elapsed(
    samples,
    (sample) => sample.detectorStart,
    (sample) => sample.sidebarPainted,
  );
  return times.length === 0 ? '–' : `${medP95(summarise(times))} (${times.length} loads)`;
}

/**
 * Restore Access beside the floors (scripts/bench/floors.ts), in the floors' own phase, each
 * paired with the do-nothing baseline's loads of the same round: how much of a cost any
 * extension of this kind pays.
 */
export function floorTable(results: Results): string {
  const rows = (['cold', 'warm'] as const).flatMap((temperature) =>
    Object.entries(results.floors[temperature]).flatMap(([role, samples]) => {
      if (samples['floor-read'].length === 0) return [];
      const base = samples.baseline;
      return (Object.keys(FLOOR_LABELS) as ConfigName[]).map((config) => {
        const own = samples[config];
        const paired = (measure: (sample: LoadSample) => number) =>
          pairedDifferences(own.map(measure), base.map(measure));
        const plus = (measure: (sample: LoadSample) => number, digits: number) =>
          medP95(summarise(paired(measure)), digits);
        return [
          temperature,
          role,
          FLOOR_LABELS[config] ?? config,
          plus(jsMs, 2),
          fmt(
            percentile(
              paired((sample) => sample.compileMs),
              50,
            ),
            2,
          ),
          plus((sample) => sample.taskMs, 1),
          plus((sample) => kb(sample.heapAfterGc), 0),
          // Only the two Preact floors and Restore Access paint a sidebar (and make the two marks).
          startToPaintedCell(own),
        ];
      });
    }),
  );
  return table(
    [
      'loads',
      'page',
      'extension',
      '+script vs base med/p95',
      'of which compiling',
      '+task vs base med/p95',
      '+heap KB vs base med/p95',
      'start → painted ms med/p95',
    ],
    rows,
  );
}

function sizeTable(results: Results): string {
  const row = (label: string, file: string, raw: number, gzip: number) => [
    label,
    file,
    fmt(kb(raw), 2),
    fmt(kb(gzip), 2),
  ];
  const onDemand = total(results.sizes.onDemand);
  return table(
    ['injected', 'file', 'raw KB', 'gzip KB'],
    [
      ...results.sizes.always.map((size) =>
        row('every USPS page off the account hosts', size.file, size.raw, size.gzip),
      ),
      ...results.sizes.accountPages.map((size) =>
        row('account pages that need no help', size.file, size.raw, size.gzip),
      ),
      ...results.sizes.helpPages.map((size) =>
        row('help pages (sign-in, forgot…), declared', size.file, size.raw, size.gzip),
      ),
      ...results.sizes.onDemand.map((size) =>
        row('where else help is shown, injected', size.file, size.raw, size.gzip),
      ),
      row('only where help is shown', 'sidebar total', onDemand.raw, onDemand.gzip),
    ],
  );
}

function stressTable(results: Results): string {
  const configs = Object.entries(results.stress) as Array<[ConfigName, StressResult]>;
  const none = results.stress.none;
  const rows = configs.map(([config, result]) => {
    const first = result.memory[0];
    const last = result.memory[result.memory.length - 1];
    return [
      config,
      medP95(summarise(result.scriptPerBatchMs), 3),
      none ? fmt(percentile(result.scriptPerBatchMs, 50) - percentile(none.scriptPerBatchMs, 50), 3) : '–',
      medP95(summarise(result.extensionPerBatchMs), 3),
      fmt(percentile(result.taskPerBatchMs, 50), 3),
      fmt(result.scriptPerNavigationMs, 2),
      first && last ? fmt(kb(last.heapBytes - first.heapBytes), 0) : '–',
      first && last ? `${last.nodes - first.nodes}` : '–',
      first && last ? `${last.jsEventListeners - first.jsEventListeners}` : '–',
      result.sidebarFollowed === null ? '–' : result.sidebarFollowed ? 'yes' : 'NO',
    ];
  });
  return table(
    [
      'config',
      'script ms/batch med/p95',
      '+ms/batch vs none',
      "extension's own ms/batch med/p95",
      'task ms/batch med',
      'script ms/soft nav',
      'heap growth KB',
      'node growth',
      'listener growth',
      'sidebar followed',
    ],
    rows,
  );
}

function calibrationLine(results: Results): string {
  const { baseline, calibration } = results.calibration;
  if (!baseline.length) return '';
  const added = (measure: (sample: LoadSample) => number) =>
    fmt(percentile(pairedDifferences(calibration.map(measure), baseline.map(measure)), 50));
  return `Calibration: a content script busy for 20 ms, then 20 ms more in a promise callback, adds ${added(jsMs)} ms median script time over the do-nothing baseline (CDP ScriptDuration alone: ${added((sample) => sample.cdpScriptMs)} ms; ${baseline.length} paired loads).`;
}

const TEMPERATURE_NOTE: Record<Temperature, string> = {
  cold: 'each page in a new tab, so a renderer that has not run the extension yet (the first page of the site)',
  warm: 'each page loaded again in the tab that just loaded it (a failed sign-in, the journey within a site): renderer and compiled scripts reused',
};

export function printReport(results: Results): string {
  const { machine, options } = results;
  return [
    `Restore Access benchmark — ${results.date} (${fmt(results.durationSeconds, 0)} s)`,
    `Machine: ${machine.cores} cores, ${machine.cpu}, ${machine.memoryGiB} GiB; ${machine.browser}; Node ${machine.node}`,
    `Runs: ${options.runs} interleaved loads per page and configuration (+1 first load), ${options.traceRuns} traced loads, settle ${options.settleMs} ms`,
    '',
    ...(['cold', 'warm'] as const).flatMap((temperature) => [
      `${temperature.toUpperCase()} LOADS: ${TEMPERATURE_NOTE[temperature]}`,
      'Main-thread cost per page load (script = JavaScript run or compiled, promise callbacks included, from a trace; task = TaskDuration; thread time; "+" = paired difference, Restore Access minus the other)',
      costTable(results, temperature),
      '',
      'Latency of the sidebar and memory (heap = JS heap after a full GC, page and extension worlds together)',
      latencyTable(results, temperature),
      '',
      "Main-thread tasks of traced loads (wall time; toplevel category and marks only), do-nothing baseline vs Restore Access; RA's own tasks: the detector's and the sidebar's first render",
      traceTable(results, temperature),
      '',
    ]),
    ...(Object.keys(results.floors.cold).length > 0
      ? [
          'Floors: the least an extension of this kind costs these pages (tests/bench/floor-extensions), in a phase of their own with the baseline and Restore Access loaded again',
          floorTable(results),
          '',
        ]
      : []),
    'Injected scripts',
    sizeTable(results),
    '',
    `Single-page stress (verified.usps.com shaped): ${options.batches} batches × ${options.rows} rows, ${options.stressRuns} runs; ${options.navigations} soft navigations after ${WARM_UP_NAVIGATIONS} to warm up (growth = last snapshot minus first, after GC)`,
    stressTable(results),
    '',
    calibrationLine(results),
  ].join('\n');
}
