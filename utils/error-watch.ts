import { cameFromAccountHost } from './account-hosts';
import { type CheapFilter, passesCheapFilter } from './error-watch-filter';
import type { BackgroundRequest, TabStatus } from './messages';
import { isTabRequest } from './messages';
import { nativeBrowser as browser } from './native-browser';

const OTHER_STATUS: TabStatus = { recognition: { kind: 'other', signals: [] }, sidebarShown: false };

/**
 * The only script pages off the account hosts pay for. On a candidate page (it may be an error
 * page, or where a recovery journey ends) it asks the background to inject the full detector
 * into this frame, which then recognises the page with every rule. Otherwise it only answers the
 * popup's get-status with `other`: the filter never misses a page the error rules would match.
 */
export function startErrorWatch(filter: CheapFilter): void {
  const isCandidate = () =>
    passesCheapFilter(filter, document, new URL(location.href)) || cameFromAccountHost(document.referrer);
  let loadRequested = false;

  const onMessage = (message: unknown, _sender: unknown, sendResponse: (status: TabStatus) => void): undefined => {
    if (!isTabRequest(message) || message.type !== 'get-status') return undefined;
    // Checked again: the page may have drawn an error by script since it loaded.
    if (isCandidate()) loadDetector();
    else sendResponse(OTHER_STATUS);
    return undefined;
  };
  const onLoad = () => {
    if (isCandidate()) loadDetector();
  };
  const loadDetector = () => {
    if (loadRequested) return;
    loadRequested = true;
    // From here on the detector answers get-status.
    browser.runtime.onMessage.removeListener(onMessage);
    removeEventListener('load', onLoad);
    const request: BackgroundRequest = { type: 'load-detector' };
    browser.runtime.sendMessage(request).catch(() => {
      // The extension was reloaded or the background is gone: nothing more to do on this page.
    });
  };

  if (isCandidate()) {
    loadDetector();
    return;
  }
  browser.runtime.onMessage.addListener(onMessage);
  // A page that draws its error message by script after document_end is looked at once more.
  if (document.readyState !== 'complete') addEventListener('load', onLoad, { once: true });
}
