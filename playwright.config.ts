import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Each worker owns one Chromium with the extension; two workers fit CI's two cores.
  workers: 2,
  fullyParallel: false,
  // No retries: a test that needs one is a bug to fix, not noise to hide.
  retries: 0,
  // A stray test.only must not silently shrink the CI run.
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  // scripts/test.sh adds the JSON reporter it counts tests from.
  reporter: [['list']],
  use: { trace: 'off' },
});
