import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startDetector } from '@/utils/recognition/detector';

// The only script every USPS page pays for, so it is kept tiny (size budget enforced by a test):
// it is an unlisted script registered as a content script in wxt.config.ts, which keeps WXT's
// content-script runtime and the webextension-polyfill out of it.
export default defineUnlistedScript(() => {
  startDetector(new AbortController().signal);
});
