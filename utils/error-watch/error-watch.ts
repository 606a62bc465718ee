import { cameFromAccountHost } from '../core/account-hosts';
import type { LoadDetectorMessage } from '../core/messages';
import { findNativeBrowser } from '../core/native-browser';
import type { CheapFilter } from './filter';

/**
 * The only script pages off the account hosts pay for. `passes` is passesCheapFilter, or
 * passesCheapPattern where the filter has no URL signals (utils/error-watch/filter.ts). On a
 * candidate page (it may be an error page, or where a recovery journey ends) it asks the
 * background to inject the full detector into this frame, which then recognises the page with
 * every rule; the filter never misses a page the error rules would match.
 *
 * It runs in a fresh isolated world on every USPS page, where the first touch of each DOM or
 * extension interface costs script time, so it reads three strings of `document` and nothing
 * else: no `location`, no `new URL`, no element, and no `runtime.onMessage` listener (registering
 * one cost more than all the rest). The popup, finding no detector here, injects one itself
 * (utils/popup/status.ts).
 */
export function startErrorWatch(
  filter: CheapFilter,
  passes: (filter: CheapFilter, pageUrl: string, title: string) => boolean,
): void {
  const isCandidate = () => passes(filter, document.URL, document.title) || cameFromAccountHost(document.referrer);
  if (isCandidate()) {
    loadDetector();
    return;
  }
  // A page that sets its title by script after document_end is looked at once more.
  if (document.readyState !== 'complete') {
    addEventListener(
      'load',
      () => {
        if (isCandidate()) loadDetector();
      },
      { once: true },
    );
  }
}

function loadDetector(): void {
  const request: LoadDetectorMessage = { type: 'load-detector' };
  // The extension API is first touched here, on candidate pages only.
  findNativeBrowser()
    .runtime.sendMessage(request)
    .catch(() => {
      // The extension was reloaded or the background is gone: nothing more to do on this page.
    });
}
