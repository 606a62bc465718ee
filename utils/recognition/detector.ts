import { cameFromAccountHost, isAccountHost } from '../core/account-hosts';
import type { ContentMessage } from '../core/messages';
import { findNativeBrowser } from '../core/native-browser';
import type { Recognition } from '../core/page-kinds';
import { needsHelp } from '../core/page-kinds';
import type { DetectorChannel } from './detector-channel';
import { findDetectorChannel, publishDetectorChannel, sidebarPresent } from './detector-channel';
import { watchPage } from './page-watcher';
import { recognisePage } from './recognise';

/** Marks our own UI so the watcher ignores its mutations. */
export const SIDEBAR_HOST_TAG = 'restore-access-sidebar';

function sameRecognition(a: Recognition, b: Recognition): boolean {
  return a.kind === b.kind && a.reason === b.reason && a.reference === b.reference;
}

/**
 * The always-on part: recognise the page, keep recognising as it changes, and ask the
 * background to inject the sidebar only when the page needs help. Pages that need no help
 * pay for one recognition and a filtered mutation observer: no message listener (the popup reads
 * the channel itself, utils/popup/status.ts), and the extension API is looked up only to send a
 * message, since the first lookup builds its bindings in our world, which costs script time on
 * every page (docs/performance.md).
 */
export function startDetector(signal: AbortSignal): void {
  // Injected again into a frame that already has it (the popup's Open help loads it with the
  // sidebar wherever the error watch ran): one detector per frame.
  if (findDetectorChannel()) return;
  // For `npm run bench`: the page's timeline sees marks made from this isolated world.
  performance.mark('restore-access:detector-start');
  // Set once the page is to be looked at again at `load` (see recognise, below).
  let recheckAtLoad = false;
  let current = recognise();
  let helpRequested = false;
  const listeners = new Set<(recognition: Recognition) => void>();

  const requestHelp = () => {
    if (helpRequested || !needsHelp(current)) return;
    helpRequested = true;
    // On help pages the manifest declares the sidebar bundle before this script: it is already
    // here, listening to the channel, and shows itself (utils/delivery/help-pages.ts).
    if (sidebarPresent()) return;
    const request: ContentMessage = { type: 'show-help' };
    findNativeBrowser()
      .runtime.sendMessage(request)
      .catch(() => {
        // The extension was reloaded or the background is gone; try again on the next change.
        helpRequested = false;
      });
  };

  const channel: DetectorChannel = {
    current: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    helpRequested: () => helpRequested,
  };
  publishDetectorChannel(channel);

  function refresh(): void {
    const next = recognise();
    if (sameRecognition(next, current)) return;
    current = next;
    for (const listener of listeners) listener(current);
    requestHelp();
  }

  /**
   * Firefox runs document_end scripts, and the page's own DOMContentLoaded work, before it lays
   * the page out when stylesheets in the head are still loading; until then checkVisibility()
   * calls every element hidden, and no mutation follows when the sheets arrive. So a page that
   * passed a rule on markup but none with layout before `load` is looked at once more at `load`
   * (issue 28: verified.usps.com's code screen, drawn in its DOMContentLoaded handler). Pages
   * that pass no rule on markup never get here; Chromium lays out on demand and never does.
   */
  function recognise(): Recognition {
    return recognisePage(document, location.href, {
      useLayout: true,
      onLayoutHidAll: () => {
        if (recheckAtLoad || document.readyState === 'complete') return;
        recheckAtLoad = true;
        addEventListener('load', refresh, { once: true, signal });
      },
    });
  }

  watchPage(refresh, {
    signal,
    isOwnNode: (node) => node.nodeName.toLowerCase() === SIDEBAR_HOST_TAG,
    // Account hosts change screens by script (forms shown and hidden): watch visibility there too.
    watchVisibility: isAccountHost(location.hostname),
  });

  requestHelp();
  // Back in after a recovery? Only worth asking on a page reached from a USPS account page.
  if (!needsHelp(current) && cameFromAccountHost(document.referrer)) {
    const request: ContentMessage = { type: 'show-help-after-journey' };
    findNativeBrowser()
      .runtime.sendMessage(request)
      .then(
        (shown) => (helpRequested ||= shown === true),
        () => {},
      );
  }
}
