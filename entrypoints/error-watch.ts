import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startErrorWatch } from '@/utils/error-watch';
import type { CheapFilter } from '@/utils/error-watch-filter';

/** Replaced when building by `cheapFilter(ERROR_RULES)` (wxt.config.ts). */
declare const __ERROR_WATCH_FILTER__: CheapFilter;

// The only script USPS pages off the account hosts pay for (tracking, the home page…), kept to
// about a kilobyte (size budget enforced by a test). Registered as a content script in
// wxt.config.ts, like the detector, so it has no WXT content-script runtime and no polyfill.
export default defineUnlistedScript(() => {
  // For `npm run bench`: the page's timeline sees marks made from this isolated world.
  performance.mark('restore-access:error-watch-start');
  startErrorWatch(__ERROR_WATCH_FILTER__);
});
