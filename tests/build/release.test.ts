import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  checkChangelog,
  checkLint,
  checkManifest,
  checkPackageListing,
  type LintReport,
} from '../../scripts/release/checks';
import { manifestInput, readTree } from '../../scripts/release/package-files';

// The fast release checks (scripts/release/checks.ts) on the build the test command made: what
// `npm run release` checks before it zips, except the slow rebuild from the sources zip, which
// only `npm run release` runs.
const OUT_DIR = resolve(process.env.RA_OUT_DIR ?? '.output');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe.each(['chrome', 'firefox'] as const)('the %s build, as a store receives it', (browser) => {
  const dir = join(OUT_DIR, `${browser}-mv3`);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: build first (npm run build)`);
  const files = readTree(dir);

  test('its manifest passes the release checks (names, description, icons, permissions, Firefox settings)', () => {
    expect(checkManifest(manifestInput(browser, files, version)).problems).toEqual([]);
  });

  test('holds no test fixtures, maps, screenshots or dotfiles', () => {
    expect(checkPackageListing(`${browser}-mv3`, [...files.keys()], 'extension')).toEqual([]);
  });
});

test('CHANGELOG.md records the version in package.json', () => {
  expect(checkChangelog(readFileSync('CHANGELOG.md', 'utf8'), version)).toEqual([]);
});

test('web-ext lint: no error, and every warning from a known dependency', () => {
  const dir = join(OUT_DIR, 'firefox-mv3');
  let output: string;
  try {
    output = execFileSync('node_modules/.bin/web-ext', ['lint', '--source-dir', dir, '--output', 'json', '--boring'], {
      encoding: 'utf8',
    });
  } catch (error) {
    // web-ext exits non-zero when there are errors; the report is still on stdout.
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(output) as LintReport;
  const result = checkLint(report, (file) => readFileSync(join(dir, file), 'utf8'));
  expect(result.problems).toEqual([]);
}, 60_000);

test("no component of ours sets innerHTML, so Preact's innerHTML path (the excused lint warning) never runs", () => {
  const offenders: string[] = [];
  for (const folder of ['components', 'entrypoints', 'utils']) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.[jt]sx?$/.test(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      if (/dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/.test(readFileSync(path, 'utf8'))) {
        offenders.push(path);
      }
    }
  }
  expect(offenders).toEqual([]);
});
