import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognisePage } from '../../../utils/recognition/recognise';
import { fixtureById, PAGES_DIR, parseFixture } from '../../fixtures/pool';

/** The maintainers' `classify` command, run as they run it: a real process, stdout and exit code. */
interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
const ROOT = join(PAGES_DIR, '../../..');

function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}
const npmClassify = (...args: string[]) => run('npm', ['run', '--silent', 'classify', '--', ...args]);
const tsxClassify = (...args: string[]) => run(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/classify.ts', ...args]);

const binaryFile = join(mkdtempSync(join(tmpdir(), 'classify-')), 'image.html');
writeFileSync(binaryFile, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x3c, 0x61]));

const signIn = fixtureById('sign-in/verified-sign-in.html');
const denied = fixtureById('error/access-denied-tools.html');

describe('npm run classify', () => {
  it('prints exactly one JSON line, the same answer the extension computes, and exits 0', async () => {
    const [first, second] = await Promise.all([
      npmClassify(signIn.path, '--url', signIn.url),
      tsxClassify(denied.path, `--url=${denied.url}`),
    ]);
    for (const [result, fixture] of [
      [first, signIn],
      [second, denied],
    ] as const) {
      expect(result.code).toBe(0);
      expect(result.stdout.endsWith('\n')).toBe(true);
      expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
      const shipped = recognisePage(parseFixture(fixture), fixture.url);
      expect(JSON.parse(result.stdout)).toEqual(shipped);
    }
    expect(JSON.parse(second.stdout)).toMatchObject({
      kind: 'error',
      reason: 'access-denied',
      reference: denied.reference,
    });
    expect(Object.keys(JSON.parse(first.stdout))).toEqual(['kind', 'signals']);
  }, 60_000);

  it.each([
    ['a missing file', ['no-such-page.html', '--url', 'https://reg.usps.com/login'], /no such file/],
    ['a directory instead of a page', [PAGES_DIR, '--url', 'https://reg.usps.com/login'], /cannot read/],
    ['a file that is not HTML', [binaryFile, '--url', 'https://reg.usps.com/login'], /HTML/],
    ['a bad URL', [signIn.path, '--url', 'reg.usps.com/login'], /not a valid URL/],
    ['a non-web URL', [signIn.path, '--url', 'javascript:alert(1)'], /http or https/],
    ['no --url', [signIn.path], /missing --url/],
    ['an unknown option', [signIn.path, '--url', signIn.url, '--verbose'], /unknown option --verbose/],
  ])(
    'explains %s on stderr and exits 2',
    async (_case, args, message) => {
      const result = await tsxClassify(...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
    },
    60_000,
  );
});
