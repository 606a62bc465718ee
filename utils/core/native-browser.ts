import type { WxtBrowser } from 'wxt/browser';

/**
 * The browser's own promise-based extension API, without webextension-polyfill. The detector and
 * the error watch use it (findNativeBrowser, looked up only to send a message), and so does the
 * sidebar bundle (utils/settings/client.ts, utils/session/client.ts, utils/sidebar/start.tsx; the
 * popup and options page share the two clients), for runtime messaging and storage, which are
 * promise-based natively in Chrome MV3 and Firefox: the polyfill alone would be half of the
 * detector's size budget, and would weigh on the sidebar bundle's too.
 */
export function findNativeBrowser(): WxtBrowser {
  const scope = globalThis as unknown as { browser?: WxtBrowser; chrome?: WxtBrowser };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as WxtBrowser;
}

/** Resolved when a script starts; the error watch calls findNativeBrowser only when it needs it. */
export const nativeBrowser = /* @__PURE__ */ findNativeBrowser();
