/**
 * `npm run bench`: what Restore Access costs the USPS pages it runs on, measured in real Chromium
 * against no extension and against a do-nothing extension, loads interleaved. Timings are
 * reported, never asserted; the README's Performance section explains the method.
 * Options: --runs N (20) --trace-runs N (8) --stress-runs N (3) --batches N (40) --rows N (250)
 * --navigations N (50) --pages role,role --settle MS (150) --no-build --out DIR (.output-bench)
 * --no-floors (skip the floor extensions, scripts/bench/floors.ts)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { injectedScripts } from '../build/built-sizes';
import { type BenchBrowser, type ConfigName, launch, TEMPERATURES, type Temperature } from './browsers';
import { FLOOR_CONFIGS, FLOOR_ROLES, prepareFloors } from './floors';
import { type LoadSample, measureLoad } from './load';
import { allServedPages, BENCH_DIR, type BenchPage, choosePages, stressPage } from './pages';
import { printReport, type Results } from './report';
import { runStress, type StressResult } from './stress';
import { type TraceSample, traceLoad } from './trace';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`);
  return value;
}
function textOption(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : process.argv[index + 1];
}

const runs = option('runs', 20);
const traceRuns = option('trace-runs', 8);
const stressRuns = option('stress-runs', 3);
const settleMs = option('settle', 150);
const outDir = textOption('out') ?? '.output-bench';
const onlyPages = textOption('pages')?.split(',');
const stressOptions = {
  runs: stressRuns,
  batches: option('batches', 40),
  rows: option('rows', 250),
  navigations: option('navigations', 50),
};

const started = Date.now();
const log = (message: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

if (!process.argv.includes('--no-build')) {
  log(`building the extension into ${outDir}`);
  execFileSync('npx', ['wxt', 'build'], {
    env: { ...process.env, RA_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const extensionDir = resolve(outDir, 'chrome-mv3');
const sizes = injectedScripts(extensionDir);
const pages = choosePages(onlyPages);
const served = allServedPages();

const floorPages = process.argv.includes('--no-floors') ? [] : pages.filter((page) => FLOOR_ROLES.includes(page.role));

const browsers: Partial<Record<ConfigName, BenchBrowser>> = {
  none: await launch('none', undefined, served),
  baseline: await launch('baseline', join(BENCH_DIR, 'baseline-extension'), served),
  'restore-access': await launch('restore-access', extensionDir, served),
  calibration: await launch('calibration', join(BENCH_DIR, 'calibration-extension'), served),
};
const browser = (config: ConfigName): BenchBrowser => {
  const launched = browsers[config];
  if (!launched) throw new Error(`no browser for ${config}`);
  return launched;
};
const LOAD_CONFIGS: ConfigName[] = ['none', 'baseline', 'restore-access'];
const waitsForSidebar = (config: ConfigName, page: BenchPage) => config === 'restore-access' && page.needsHelp;

const versionTab = await browser('none').context.newPage();
const version = await (await browser('none').context.newCDPSession(versionTab)).send('Browser.getVersion');
await versionTab.close();

type Samples = Record<string, Record<ConfigName, LoadSample[]>>;
const empty = (): Record<ConfigName, LoadSample[]> => ({
  none: [],
  baseline: [],
  'restore-access': [],
  calibration: [],
  'floor-read': [],
  'floor-watch': [],
  'floor-evidence': [],
  'floor-sidebar': [],
  'floor-evidence-sidebar': [],
});
const firstLoads: Samples = {};
const loads: Record<Temperature, Samples> = { cold: {}, warm: {} };
for (const page of pages) {
  firstLoads[page.role] = empty();
  for (const temperature of TEMPERATURES) loads[temperature][page.role] = empty();
}

/**
 * Interleaved rounds: every page, cold and warm, in every configuration, `runs` times after a
 * round 0 that warms each browser up (first renderer, first service worker start) and is left
 * out of the statistics; its cold loads go to `first` where given.
 */
async function loadRounds(
  roundPages: BenchPage[],
  configs: ConfigName[],
  into: Record<Temperature, Samples>,
  first?: Samples,
  label?: string,
): Promise<void> {
  for (let run = 0; run <= runs; run += 1) {
    for (const page of roundPages) {
      for (const temperature of TEMPERATURES) {
        for (const config of configs) {
          const sample = await measureLoad(browser(config).context, page, {
            waitForSidebar: waitsForSidebar(config, page),
            settleMs,
            temperature,
          });
          if (run > 0) into[temperature][page.role]?.[config].push(sample);
          else if (temperature === 'cold') first?.[page.role]?.[config].push(sample);
        }
      }
    }
    if (label && (run % 5 === 0 || run === runs)) log(`${label}: round ${run}/${runs}`);
  }
}

// The first loads (round 0) are reported separately as the "first load".
await loadRounds(pages, LOAD_CONFIGS, loads, firstLoads, 'page loads, cold and warm');

// The floors (scripts/bench/floors.ts) in a phase of their own, paired with the do-nothing
// baseline and Restore Access loaded again in the same rounds. Their four browsers are open only
// here, so the main rounds run with the same four browsers as before the floors existed.
const floors: Record<Temperature, Samples> = { cold: {}, warm: {} };
if (floorPages.length > 0) {
  const floorDirs = await prepareFloors(outDir);
  for (const config of FLOOR_CONFIGS) browsers[config] = await launch(config, floorDirs[config], served);
  for (const page of floorPages) for (const temperature of TEMPERATURES) floors[temperature][page.role] = empty();
  await loadRounds(floorPages, ['baseline', ...FLOOR_CONFIGS, 'restore-access'], floors);
  for (const config of FLOOR_CONFIGS) {
    await browser(config).close();
    delete browsers[config];
  }
  log('floors done');
}

const calibration: Record<'baseline' | 'calibration', LoadSample[]> = { baseline: [], calibration: [] };
const calibrationPage = pages[0];
if (calibrationPage) {
  for (let run = 0; run < 6; run += 1) {
    for (const config of ['baseline', 'calibration'] as const) {
      // Wall time here: the busy loop spins for 20 ms of wall time, which is less CPU time when
      // the thread is descheduled on a busy machine.
      const sample = await measureLoad(browser(config).context, calibrationPage, {
        waitForSidebar: false,
        settleMs,
        temperature: 'cold',
        wallTime: true,
      });
      if (run > 0) calibration[config].push(sample);
    }
  }
  log('calibration done');
}

const traces: Record<Temperature, Record<string, Record<'baseline' | 'restore-access', TraceSample[]>>> = {
  cold: {},
  warm: {},
};
for (let run = 0; run < traceRuns; run += 1) {
  for (const page of pages) {
    for (const temperature of TEMPERATURES) {
      traces[temperature][page.role] ??= { baseline: [], 'restore-access': [] };
      for (const config of ['baseline', 'restore-access'] as const) {
        const sample = await traceLoad(browser(config).context, page, {
          waitForSidebar: waitsForSidebar(config, page),
          settleMs,
          temperature,
        });
        traces[temperature][page.role]?.[config].push(sample);
      }
    }
  }
}
if (traceRuns > 0) log('traced loads done');

const stress: Partial<Record<ConfigName, StressResult>> = {};
if (stressOptions.runs > 0) {
  const page = stressPage();
  for (const config of LOAD_CONFIGS) {
    stress[config] = await runStress(browser(config).context, page, {
      ...stressOptions,
      waitForSidebar: config === 'restore-access',
    });
  }
  log('single-page stress done');
}

for (const launched of Object.values(browsers)) await launched.close();

const results: Results = {
  date: new Date().toISOString(),
  durationSeconds: (Date.now() - started) / 1000,
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    browser: version.product,
  },
  options: {
    runs,
    traceRuns,
    settleMs,
    stressRuns,
    batches: stressOptions.batches,
    rows: stressOptions.rows,
    navigations: stressOptions.navigations,
  },
  sizes,
  pages: pages.map(({ role, url, origin, needsHelp }) => ({ role, url, origin, needsHelp })),
  firstLoads,
  loads,
  floors,
  calibration,
  traces,
  stress,
};
mkdirSync('bench-results', { recursive: true });
const file = join('bench-results', `bench-${results.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(printReport(results));
console.log(`\nFull results: ${file}`);
