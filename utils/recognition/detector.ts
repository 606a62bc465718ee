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
  let current = recognisePage(document, location.href, { useLayout: true });
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

  watchPage(
    () => {
      const next = recognisePage(document, location.href, { useLayout: true });
      if (sameRecognition(next, current)) return;
      current = next;
      for (const listener of listeners) listener(current);
      requestHelp();
    },
    {
      signal,
      isOwnNode: (node) => node.nodeName.toLowerCase() === SIDEBAR_HOST_TAG,
      // Account hosts change screens by script (forms shown and hidden): watch visibility there too.
      watchVisibility: isAccountHost(location.hostname),
    },
  );

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
