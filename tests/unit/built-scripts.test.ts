import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMPILE_HINT, EAGER_SCRIPTS } from '../../scripts/compile-hints';

// What the build writes after bundling (scripts/built-chunks.ts), read from what the test command
// built, like the size budget (tests/unit/size-budget.test.ts).
const OUTPUT_DIR = resolve(process.env.RA_OUT_DIR ?? '.output');

function script(target: string, file: string): string {
  const path = resolve(OUTPUT_DIR, target, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: build first (npm run build)`);
  return readFileSync(path, 'utf8');
}

describe("V8's compile hint on the scripts injected into USPS pages (scripts/compile-hints.ts)", () => {
  test.each(['chrome-mv3', 'firefox-mv3'])(
    '%s: the sidebar bundle, the detector and the error watch start with it',
    (target) => {
      expect(EAGER_SCRIPTS).toEqual(['sidebar.js', 'detector.js', 'error-watch.js']);
      for (const file of EAGER_SCRIPTS) {
        expect(script(target, file).split('\n', 1)[0], file).toBe(COMPILE_HINT);
      }
    },
  );

  test('the background, which runs in the extension, goes without', () => {
    expect(script('chrome-mv3', 'background.js')).not.toContain(COMPILE_HINT);
  });
});

describe('the scripts injected into USPS pages are ASCII only (scripts/ascii-only.ts)', () => {
  test.each(['chrome-mv3', 'firefox-mv3'])('%s: every character is ASCII, the Spanish guides escaped', (target) => {
    for (const file of EAGER_SCRIPTS) {
      const code = script(target, file);
      expect(code.match(/[^\0-\x7f]/g) ?? [], file).toEqual([]);
    }
    // The Spanish words are there, written as escapes.
    expect(script(target, 'sidebar.js')).toContain('contrase\\u00f1a');
  });
});
