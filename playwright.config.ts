import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Each worker owns one Chromium with the extension; two workers fit CI's two cores.
  workers: process.env.CI ? 2 : 2,
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: { trace: 'off' },
});
