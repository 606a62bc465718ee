import type { WxtBrowser } from 'wxt/browser';

/**
 * The browser's own promise-based extension API, without webextension-polyfill. Only the
 * always-on detector uses it, and only for runtime messaging, which is promise-based natively in
 * Chrome MV3 and Firefox: the polyfill alone would be half of the detector's size budget.
 */
export function findNativeBrowser(): WxtBrowser {
  const scope = globalThis as unknown as { browser?: WxtBrowser; chrome?: WxtBrowser };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as WxtBrowser;
}

/** Resolved when a script starts; the error watch calls findNativeBrowser only when it needs it. */
export const nativeBrowser = /* @__PURE__ */ findNativeBrowser();
