import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AddFixtureError, addFixture, guessLang, reportAddress } from '../../../scripts/add-fixture';
import { buildPageReport } from '../../../utils/page-report/sanitize';
import { recognisePage } from '../../../utils/recognition/recognise';
import { fixtureById, PAGES_DIR, parseFixture } from '../../fixtures/pool';

const ROOT = join(PAGES_DIR, '../../..');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(join(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A fresh pool with empty sign-in and error folders, and a report of a real sign-in fixture. */
function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'add-fixture-'));
  const pagesDir = join(dir, 'pages');
  for (const kind of ['sign-in', 'error']) {
    mkdirSync(join(pagesDir, kind), { recursive: true });
    writeFileSync(join(pagesDir, kind, 'fixtures.json'), '[]\n');
  }
  const fixture = fixtureById('sign-in/classic-loginaction.html');
  const page = parseFixture(fixture);
  const report = buildPageReport(page, {
    url: fixture.url,
    version: '0.1.0',
    recognition: recognisePage(page, fixture.url),
  });
  const file = join(dir, 'report.html');
  writeFileSync(file, report);
  return { dir, pagesDir, file, report };
}

describe('add-fixture', () => {
  it('copies the report into its kind folder with a fixtures.json entry', () => {
    const { pagesDir, file, report } = setUp();
    const added = addFixture({ file, kind: 'sign-in', pagesDir, date: '2026-12-05' });
    expect(added.entry).toEqual({
      file: 'loginaction-input-report-2026-12-05.html',
      url: 'https://reg.usps.com/entreg/LoginAction_input',
      kind: 'sign-in',
      lang: 'en',
      source: 'page report from a person (their browser), 2026-12-05',
    });
    expect(readFileSync(added.path, 'utf8')).toBe(report);
    expect(JSON.parse(readFileSync(join(pagesDir, 'sign-in', 'fixtures.json'), 'utf8'))).toEqual([added.entry]);
    expect(added.recognition.kind).toBe('sign-in');
    // A second copy under the same name is refused.
    expect(() => addFixture({ file, kind: 'sign-in', pagesDir, date: '2026-12-05' })).toThrow(/already exists/);
  });

  it('refuses bad input clearly', () => {
    const { dir, pagesDir, file } = setUp();
    const refuse = (options: Parameters<typeof addFixture>[0], message: RegExp) => {
      expect(() => addFixture(options)).toThrow(AddFixtureError);
      expect(() => addFixture(options)).toThrow(message);
    };
    refuse({ file, kind: 'nonsense', pagesDir }, /unknown kind nonsense/);
    refuse({ file, kind: 'error', pagesDir }, /needs --reason/);
    refuse({ file, kind: 'sign-in', reason: 'outage', pagesDir }, /only for --kind error/);
    refuse({ file: join(dir, 'missing.html'), kind: 'sign-in', pagesDir }, /no such file/);
    refuse({ file, kind: 'sign-in', pagesDir, name: 'Bad Name' }, /lower-case/);
    const saved = join(dir, 'saved.html');
    writeFileSync(saved, '<!doctype html><html><body><h1>Sign In</h1></body></html>');
    refuse({ file: saved, kind: 'sign-in', pagesDir }, /not a page report/);
    const offSite = join(dir, 'off-site.html');
    writeFileSync(
      offSite,
      '<!doctype html>\n<!--\nRestore Access page report\naddress: https://example.com/x\n-->\n<html></html>',
    );
    refuse({ file: offSite, kind: 'sign-in', pagesDir }, /not an https usps.com page/);
    const withValue = join(dir, 'with-value.html');
    writeFileSync(
      withValue,
      '<!doctype html>\n<!--\nRestore Access page report\naddress: https://reg.usps.com/x\n-->\n<html><body><input value="x"></body></html>',
    );
    refuse({ file: withValue, kind: 'sign-in', pagesDir }, /input value/);
  });

  it('reads the address and the language from the report', () => {
    const { report } = setUp();
    expect(reportAddress(report).href).toBe('https://reg.usps.com/entreg/LoginAction_input');
    expect(guessLang('<html lang="es-US">')).toBe('es');
    expect(guessLang('<html lang="zh-Hans">')).toBe('zh');
    expect(guessLang('<html>')).toBe('en');
  });

  it('runs as a command, and classify reads a report directly', async () => {
    const { file } = setUp();
    const refused = await run(['scripts/add-fixture.ts', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('add-fixture: missing --kind');
    const classified = await run([
      'scripts/classify.ts',
      file,
      '--url',
      'https://reg.usps.com/entreg/LoginAction_input',
    ]);
    expect(classified.code).toBe(0);
    expect(JSON.parse(classified.stdout).kind).toBe('sign-in');
  }, 30_000);
});
