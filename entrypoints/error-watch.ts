import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startErrorWatch } from '@/utils/error-watch/error-watch';
import { type CheapFilter, passesCheapFilter, passesCheapPattern } from '@/utils/error-watch/filter';

/** Replaced when building by `cheapFilter(ERROR_RULES)` (wxt.config.ts). */
declare const __ERROR_WATCH_FILTER__: CheapFilter;
/** Replaced when building: whether that filter has URL signals (`url`), as a literal. */
declare const __ERROR_WATCH_URL_SIGNALS__: boolean;

// The only script USPS pages off the account hosts pay for (tracking, the home page…), kept to
// about a kilobyte (size budget enforced by a test). Registered as a content script in
// wxt.config.ts, like the detector, so it has no WXT content-script runtime and no polyfill.
// It makes no performance mark: the benchmark reads none from it, and one more interface
// touched is script time on every page.
export default defineUnlistedScript(() => {
  // A literal when building, so the URL-signal code is left out when the filter has none
  // (every byte here is compiled on every USPS page off the account hosts).
  startErrorWatch(__ERROR_WATCH_FILTER__, __ERROR_WATCH_URL_SIGNALS__ ? passesCheapFilter : passesCheapPattern);
});
