// `npm run release`: builds and zips both browsers (with the sources zip AMO asks for) into
// .output-release (or $RA_OUT_DIR), checks everything a store submission needs, rebuilds the
// Firefox zip from the sources zip in a clean temporary folder, and says "ready" only when nothing
// is wrong. Otherwise it prints one line per problem and exits 1.
// `--skip-rebuild` leaves out the slow rebuild (then it never says "ready").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  type Browser,
  checkChangelog,
  checkLint,
  checkManifest,
  checkPackageListing,
  checkTestedFirefox,
  compareFileSets,
  type LintReport,
} from './checks';
import { manifestInput, readTree } from './package-files';
import { readZip } from './zip';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const OUT_DIR = process.env.RA_OUT_DIR ?? '.output-release';
const OUT = resolve(ROOT, OUT_DIR);
const skipRebuild = process.argv.includes('--skip-rebuild');
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const version = packageJson.version;

const problems: string[] = [];
const notes: string[] = [];

function step(title: string): void {
  console.log(`\n▶ ${title}`);
}

/** Runs a command in `cwd`; on failure prints its output and records the problem. */
function run(title: string, command: string, args: string[], cwd = ROOT, env = process.env): boolean {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status === 0) return true;
  process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  problems.push(`${title} failed (${command} ${args.join(' ')}, exit ${result.status ?? result.signal}).`);
  return false;
}

const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
const zipName = (kind: Browser | 'sources') => `${packageJson.name}-${version}-${kind}.zip`;
const zipPath = (kind: Browser | 'sources') => join(OUT, zipName(kind));

step(`Build and zip Chrome and Firefox (with the sources zip) into ${OUT_DIR}`);
const env = { ...process.env, RA_OUT_DIR: OUT_DIR };
rmSync(OUT, { recursive: true, force: true });
const zipped =
  run('wxt zip (Chrome)', bin('wxt'), ['zip'], ROOT, env) &&
  run('wxt zip (Firefox)', bin('wxt'), ['zip', '-b', 'firefox', '--mv3'], ROOT, env);
if (!zipped) finish();

const zips = {
  chrome: readZip(readFileSync(zipPath('chrome'))),
  firefox: readZip(readFileSync(zipPath('firefox'))),
  sources: readZip(readFileSync(zipPath('sources'))),
};

step('Manifests, icons and permissions');
for (const browser of ['chrome', 'firefox'] as const) {
  const result = checkManifest(manifestInput(browser, zips[browser], version));
  problems.push(...result.problems);
  notes.push(...result.notes);
  // The zip must hold exactly the build folder it was made from.
  problems.push(
    ...compareFileSets(`${browser}-mv3/`, readTree(join(OUT, `${browser}-mv3`)), `the ${browser} zip`, zips[browser]),
  );
}

step('What the zips hold');
problems.push(...checkPackageListing(zipName('chrome'), [...zips.chrome.keys()], 'extension'));
problems.push(...checkPackageListing(zipName('firefox'), [...zips.firefox.keys()], 'extension'));
problems.push(...checkPackageListing(zipName('sources'), [...zips.sources.keys()], 'sources'));

step('CHANGELOG.md');
const changelogPath = join(ROOT, 'CHANGELOG.md');
problems.push(...checkChangelog(existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : undefined, version));

step('The Firefox the tests run');
const firefoxVersion = spawnSync('firefox-esr', ['--version'], { encoding: 'utf8' });
problems.push(...checkTestedFirefox(firefoxVersion.status === 0 ? firefoxVersion.stdout.trim() : undefined));

step('web-ext lint');
const firefoxDir = join(OUT, 'firefox-mv3');
const lint = spawnSync(bin('web-ext'), ['lint', '--source-dir', firefoxDir, '--output', 'json', '--boring'], {
  cwd: ROOT,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let lintReport: LintReport | undefined;
try {
  lintReport = JSON.parse(lint.stdout) as LintReport;
} catch {
  problems.push(`web-ext lint gave no JSON report: ${lint.stderr.trim().slice(0, 300)}`);
}
if (lintReport) {
  const result = checkLint(lintReport, (file) => zips.firefox.get(file)?.toString('utf8'));
  problems.push(...result.problems);
  for (const line of result.excused) notes.push(`web-ext lint, from a dependency: ${line}`);
  console.log(`  ${lintReport.errors.length} errors, ${lintReport.warnings.length} warnings`);
}

if (skipRebuild) {
  notes.push('The rebuild from the sources zip was skipped (--skip-rebuild).');
} else {
  step('Rebuild the Firefox zip from the sources zip in a clean temporary folder (npm ci, build, compare)');
  const scratch = mkdtempSync(join(tmpdir(), 'restore-access-rebuild-'));
  try {
    for (const [path, bytes] of zips.sources) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), bytes);
    }
    const cleanEnv = { ...process.env };
    delete cleanEnv.RA_OUT_DIR;
    console.log(`  in ${scratch}`);
    const rebuilt =
      run(
        'npm ci in the unpacked sources',
        'npm',
        ['ci', '--no-audit', '--no-fund', '--loglevel=error'],
        scratch,
        cleanEnv,
      ) &&
      run(
        'wxt build -b firefox --mv3 in the unpacked sources',
        join(scratch, 'node_modules/.bin/wxt'),
        ['build', '-b', 'firefox', '--mv3'],
        scratch,
        cleanEnv,
      );
    if (rebuilt) {
      const rebuiltFiles = readTree(join(scratch, '.output/firefox-mv3'));
      const differences = compareFileSets(zipName('firefox'), zips.firefox, 'the rebuild from sources', rebuiltFiles);
      problems.push(...differences);
      if (differences.length === 0) console.log(`  ${rebuiltFiles.size} files, identical to ${zipName('firefox')}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

finish();

function finish(): never {
  console.log('');
  for (const note of notes) console.log(`note: ${note}`);
  if (problems.length > 0) {
    console.error(`\nNot ready: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
    for (const problem of problems) console.error(`✘ ${problem}`);
    process.exit(1);
  }
  if (skipRebuild) {
    console.log(
      '\nAll checks passed, but the rebuild from sources was skipped: not ready (run without --skip-rebuild).',
    );
    process.exit(1);
  }
  console.log(`\nReady: version ${version}.`);
  for (const kind of ['chrome', 'firefox', 'sources'] as const) console.log(`  ${zipPath(kind)}`);
  process.exit(0);
}
