import { defineWebExtConfig } from 'wxt';

// `wxt dev` would try to open a browser; in CI or without a display there is none.
export default defineWebExtConfig({
  disabled: !!process.env.CI || !process.env.DISPLAY,
  binaries: { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' },
});
