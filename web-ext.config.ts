import { defineWebExtConfig } from 'wxt';

// Chromium's path differs per machine: it comes from CHROMIUM_PATH (as in the e2e tests), and
// without it web-ext finds an installed Chrome itself.
const CHROMIUM_PATH = process.env.CHROMIUM_PATH;

// `wxt dev` would try to open a browser; in CI or without a display there is none.
export default defineWebExtConfig({
  disabled: !!process.env.CI || !process.env.DISPLAY,
  binaries: { ...(CHROMIUM_PATH ? { chrome: CHROMIUM_PATH } : {}), firefox: '/usr/bin/firefox-esr' },
});
