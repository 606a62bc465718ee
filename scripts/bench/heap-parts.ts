/**
 * `npm run bench:heap-parts`: how much of the heap a help page pays for is each part of the
 * sidebar. Builds Restore Access as it is and with parts taken out (in a copy of the sources, so
 * the working tree is never touched), loads the classic sign-in page in each build and in the
 * do-nothing baseline, interleaved, and prints the JS heap after a full GC, Restore Access minus
 * the baseline. The heap of one build on one page varies by under 1 KB from load to load, so a
 * few rounds are enough. The variants are diagnostics, not products: each takes a feature away
 * that an earlier issue requires. Options: --runs N (4) --out DIR (.output-heap-parts)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPILE_HINT } from '../build/compile-hints';
import { type BenchBrowser, heapAfterGc, launch, openTab, pollInPage, SIDEBAR_VISIBLE } from './browsers';
import { allServedPages, BENCH_DIR, choosePages } from './pages';
import { SIDEBAR_PARTS } from './sidebar-parts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const runsIndex = process.argv.indexOf('--runs');
const runs = runsIndex < 0 ? 4 : Number(process.argv[runsIndex + 1]);
const outIndex = process.argv.indexOf('--out');
const outDir = resolve(outIndex < 0 ? '.output-heap-parts' : (process.argv[outIndex + 1] ?? ''));

interface Variant {
  label: string;
  parts: string[];
  compileHint: boolean;
}
const ALL_PARTS = Object.keys(SIDEBAR_PARTS);
const VARIANTS: Variant[] = [
  { label: 'as shipped', parts: [], compileHint: true },
  ...ALL_PARTS.map((part) => ({ label: `without ${part}`, parts: [part], compileHint: true })),
  { label: 'without all of them', parts: ALL_PARTS, compileHint: true },
  { label: 'without all of them, nor the compile hint', parts: ALL_PARTS, compileHint: false },
];

/** Builds one variant from a copy of the sources; returns its unpacked Chrome extension. */
function buildVariant(variant: Variant, index: number): string {
  const root = mkdtempSync(join(tmpdir(), 'ra-heap-parts-'));
  try {
    cpSync(REPO, root, {
      recursive: true,
      filter: (path) =>
        !/^(node_modules|\.git|\.output.*|\.wxt|\.tools|bench-results|test-results|playwright-report|demo-screenshots)$/.test(
          basename(path),
        ),
    });
    symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
    for (const part of variant.parts) SIDEBAR_PARTS[part]?.(root);
    const variantOut = join(outDir, `variant-${index}`);
    execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], {
      cwd: root,
      env: { ...process.env, RA_OUT_DIR: variantOut },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const extension = join(variantOut, 'chrome-mv3');
    if (!variant.compileHint) {
      for (const file of ['sidebar.js', 'detector.js']) {
        const path = join(extension, file);
        const code = readFileSync(path, 'utf8');
        if (!code.startsWith(`${COMPILE_HINT}\n`)) throw new Error(`heap-parts: ${file} has no compile hint`);
        writeFileSync(path, code.slice(COMPILE_HINT.length + 1));
      }
    }
    return extension;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const builds = VARIANTS.map((variant, index) => {
  console.error(`building: ${variant.label}`);
  const extension = buildVariant(variant, index);
  return { ...variant, extension, bytes: readFileSync(join(extension, 'sidebar.js')).length };
});

const [page] = choosePages(['classic-sign-in']);
if (!page) throw new Error('heap-parts: no classic sign-in page');
const served = allServedPages();
const baseline = await launch('baseline', join(BENCH_DIR, 'baseline-extension'), served);
const browsers: BenchBrowser[] = [];
for (const build of builds) browsers.push(await launch('restore-access', build.extension, served));

async function heapOf(context: BenchBrowser['context'], waitForSidebar: boolean): Promise<number> {
  const { tab, cdp } = await openTab(context);
  try {
    await tab.goto(page?.url ?? '', { waitUntil: 'load' });
    if (waitForSidebar) await pollInPage(cdp, SIDEBAR_VISIBLE);
    // Late work (effects after the first paint, the second part of the sidebar) is done by then.
    await tab.waitForTimeout(700);
    return await heapAfterGc(cdp);
  } finally {
    await tab.close();
  }
}

// Round 0 warms each browser up and is left out; then each round loads the baseline and every build.
const added: number[][] = builds.map(() => []);
for (let run = 0; run <= runs; run += 1) {
  const base = await heapOf(baseline.context, false);
  for (const [index, browser] of browsers.entries()) {
    const heap = await heapOf(browser.context, true);
    if (run > 0) added[index]?.push((heap - base) / 1024);
  }
}
for (const browser of [baseline, ...browsers]) await browser.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const shipped = median(added[0] ?? []);
console.log(`\nHeap after GC on ${page.url}, Restore Access minus the do-nothing extension, median of ${runs} loads`);
console.log('| build | sidebar.js raw KB | +heap KB | against as shipped |');
console.log('|---|---|---|---|');
for (const [index, build] of builds.entries()) {
  const heap = median(added[index] ?? []);
  const change = index === 0 ? '' : `${(heap - shipped).toFixed(0)} KB`;
  console.log(`| ${build.label} | ${(build.bytes / 1024).toFixed(1)} | ${heap.toFixed(0)} | ${change} |`);
}
mkdirSync('bench-results', { recursive: true });
const resultFile = join('bench-results', `heap-parts-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  resultFile,
  JSON.stringify(
    { page: page.url, runs, builds: builds.map((build, index) => ({ ...build, addedHeapKb: added[index] })) },
    null,
    2,
  ),
);
console.log(`\nwritten to ${resultFile}`);
