import type { WxtBrowser } from 'wxt/browser';

/**
 * The browser's own promise-based extension API, without webextension-polyfill. Only the
 * always-on detector uses it, and only for runtime messaging, which is promise-based natively in
 * Chrome MV3 and Firefox: the polyfill alone would be half of the detector's size budget.
 */
const scope = globalThis as unknown as { browser?: WxtBrowser; chrome?: WxtBrowser };
export const nativeBrowser = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as WxtBrowser;
