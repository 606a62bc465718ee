import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { injectedScripts, SIDEBAR_FILE, total } from '../../scripts/build/built-sizes';

// Sizes are deterministic, so unlike timings (reported by `npm run bench`, never asserted) they
// are enforced. The test command builds before the unit tests; this reads what it built.
const EXTENSION_DIR = resolve(process.env.RA_OUT_DIR ?? '.output', 'chrome-mv3');

/**
 * Every USPS page off the account hosts (the tracking pages most people visit, the home page…)
 * pays only for the error watch.
 */
const ERROR_WATCH_GZIP_BUDGET = 1280;
/** Account pages (reg.usps.com, verified.usps.com…) that need no help pay for the full detector. */
const ACCOUNT_PAGE_GZIP_BUDGET = 6 * 1024;
/**
 * Pages that need help also pay for the sidebar bundle: declared by the manifest on the account
 * pages that nearly always need help (utils/delivery/help-pages.ts), injected by the background elsewhere.
 */
// It holds the report link, the fake-site guide link and the live password checklist's display;
// the code that reads a new password is a script of its own (PASSWORD_CHECK_GZIP_BUDGET), so
// other help pages do not pay for it. What the bytes cost in time: docs/performance.md.
const SIDEBAR_GZIP_BUDGET = 32 * 1024;
/**
 * The live password check (entrypoints/password-check.ts): injected by the background only into a
 * new-password or sign-up page with the option on, on top of the sidebar. It holds the rules, the
 * checker and the live list's words in both languages.
 */
const PASSWORD_CHECK_GZIP_BUDGET = 4 * 1024;

function built() {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR} has no built extension: build first (npm run build, or npx wxt build)`);
  }
  return injectedScripts(EXTENSION_DIR);
}

describe('the size budget of the scripts injected into USPS pages', () => {
  const scripts = built();

  test('the manifest injects the error watch off the account hosts, the detector on them, and the sidebar only on help pages', () => {
    expect(scripts.always.map((size) => size.file)).toEqual(['error-watch.js']);
    expect(scripts.accountPages.map((size) => size.file)).toEqual(['detector.js']);
    expect(scripts.helpPages.map((size) => size.file)).toEqual([SIDEBAR_FILE, 'detector.js']);
  });

  test('a help page pays for the detector and the sidebar bundle, nothing else', () => {
    const help = total(scripts.helpPages);
    const expected = total([...scripts.accountPages, ...scripts.onDemand]);
    expect(help.gzip).toBe(expected.gzip);
    expect(help.gzip).toBeLessThanOrEqual(ACCOUNT_PAGE_GZIP_BUDGET + SIDEBAR_GZIP_BUDGET);
  });

  test(`what a page off the account hosts pays for is at most ${ERROR_WATCH_GZIP_BUDGET} bytes gzipped`, () => {
    const always = total(scripts.always);
    expect(always.gzip, `error-watch.js is ${always.gzip} bytes gzipped (${always.raw} raw)`).toBeLessThanOrEqual(
      ERROR_WATCH_GZIP_BUDGET,
    );
  });

  test(`what an account page pays for is at most ${ACCOUNT_PAGE_GZIP_BUDGET} bytes gzipped`, () => {
    const account = total(scripts.accountPages);
    expect(account.gzip, `detector.js is ${account.gzip} bytes gzipped (${account.raw} raw)`).toBeLessThanOrEqual(
      ACCOUNT_PAGE_GZIP_BUDGET,
    );
  });

  test('the sidebar bundle carries no zod: the background checks settings for it (utils/settings/client.ts)', () => {
    // Every zod schema object has a `_zod` property; the minifier keeps property names.
    for (const { file } of scripts.onDemand) {
      expect(readFileSync(resolve(EXTENSION_DIR, file), 'utf8'), file).not.toContain('_zod');
    }
    expect(readFileSync(resolve(EXTENSION_DIR, 'background.js'), 'utf8')).toContain('_zod');
  });

  test(`the sidebar bundle, with any chunk it imports, is at most ${SIDEBAR_GZIP_BUDGET} bytes gzipped`, () => {
    expect(scripts.onDemand.map((size) => size.file)).toContain(SIDEBAR_FILE);
    const onDemand = total(scripts.onDemand);
    const files = scripts.onDemand.map((size) => `${size.file} ${size.gzip}`).join(', ');
    expect(onDemand.gzip, `sidebar bundle is ${onDemand.gzip} bytes gzipped (${files})`).toBeLessThanOrEqual(
      SIDEBAR_GZIP_BUDGET,
    );
  });

  test(`the live password check is at most ${PASSWORD_CHECK_GZIP_BUDGET} bytes gzipped, and imports no chunk`, () => {
    const code = readFileSync(resolve(EXTENSION_DIR, 'password-check.js'));
    const gzip = gzipSync(code, { level: 9 }).length;
    expect(gzip, `password-check.js is ${gzip} bytes gzipped (${code.length} raw)`).toBeLessThanOrEqual(
      PASSWORD_CHECK_GZIP_BUDGET,
    );
    expect(code.toString('utf8')).not.toMatch(/["'`]\/?chunks\//);
  });
});
