import { render } from 'preact';
import { type SidebarHost, SidebarRoot } from '@/components/sidebar/Sidebar';
import { startCarryOver } from '../carry-over/controller';
import type { TabMessage } from '../core/messages';
import { nativeBrowser } from '../core/native-browser';
import { afterNextFrame, soon } from '../core/task-timing';
import { dropSidebarPreload, receiveSidebarPreload, type SidebarPreload } from '../delivery/sidebar-preload';
import { SIDEBAR_HOST_TAG } from '../recognition/detector';
import {
  claimSidebar,
  type DetectorChannel,
  findDetectorChannel,
  whenDetectorChannel,
} from '../recognition/detector-channel';
import { peekSession, requestSession } from '../session/client';
import type { TabSession } from '../session/tab-session';
import { loadSettings, readStoredSettings, updateSettings, watchSettings } from '../settings/client';
import { PageMargin } from './layout';
import { createShadowHost } from './shadow-host';
import { returnFocusToPage } from './show-me';
import { SidebarState } from './state';

/**
 * How the sidebar bundle starts, wherever it came from (entrypoints/sidebar/index.tsx; the four
 * ways are in docs/architecture.md). Only where help is shown, so the UI bundle costs nothing on
 * the pages people visit most: the manifest declares it at document_start on the account pages
 * that nearly always need help (utils/delivery/help-pages.ts), where it waits for the detector;
 * elsewhere the background injects it (scripting.executeScript) when the detector finds a page
 * that needs help. CSS is inlined into the shadow root: no web-accessible resources, no fetch.
 */
export function startSidebar(css: string): void {
  // For `npm run bench`: when the bundle starts (document_start on help pages, after the
  // background's injection elsewhere).
  performance.mark('restore-access:sidebar-start');
  // Injected by the background: the detector already runs in this frame (the background injects
  // the bundle only after it, utils/delivery/script-injection.ts), and the preload comes with the bundle.
  const injected = findDetectorChannel() !== undefined;
  if (!claimSidebar()) {
    // Another copy runs here: this injection's preload, before or after this copy, is not left
    // for anyone.
    dropSidebarPreload();
    return;
  }
  const preload = injected ? receiveSidebarPreload() : null;
  const onOpenRequest = listenForOpenRequests();
  // Declared by the manifest: nobody preloads anything, so the settings are read now, while the
  // page is parsed, before the detector recognises it at document_end; the tab's journey too.
  const journeySoFar = preload ? null : askForJourney();
  const start: Promise<SidebarPreload | null> =
    preload ??
    readStoredSettings().then(
      (settings) => settings && { settings, session: null },
      () => null,
    );
  // Mounted in a task of its own, of the highest priority, right after the detector's, so each
  // stays under a frame (docs/performance.md); by document_end the page has been laid out once,
  // so waiting for the next task costs no extra layout.
  whenDetectorChannel((channel) => {
    start.then((ready) =>
      soon(() => {
        const session = ready?.session ?? journeySoFar?.answer ?? null;
        mountSidebar(channel, ready && { ...ready, session }, onOpenRequest, css);
      }),
    );
  });
}

/**
 * The tab's journey so far, asked for at document_start where the manifest declares the bundle,
 * so that the first render already shows "Step x of 5" (the sidebar works out this page's visit
 * itself) and the visit's answer re-renders nothing. Used only if it has arrived by the mount:
 * the background's service worker may be asleep, and the first render never waits for it; the
 * step then shows when the visit answers, as it did before.
 */
function askForJourney(): { answer: TabSession | null } {
  const journey: { answer: TabSession | null } = { answer: null };
  // Read only: an unreadable session is left for the visit to reset and report (the carry-over
  // shows that notice), as where the background preloads the session for an injected bundle.
  peekSession().then(
    (answer) => {
      journey.answer = answer;
    },
    () => {
      // The background is gone (extension reloaded): the sidebar's own visit will say so.
    },
  );
  return journey;
}

/**
 * "Open the sidebar and move focus into it" (keyboard shortcut, popup), listened for from the
 * bundle's start: on help pages it starts at document_start but mounts at document_end, and a
 * request made in between waits for the sidebar instead of being lost. The native API, as in
 * the detector (no polyfill in this size-budgeted bundle); no answer is sent, since Chrome's
 * native onMessage cannot answer with a promise.
 */
function listenForOpenRequests(): SidebarHost['onOpenRequest'] {
  const listeners = new Set<() => void>();
  let pending = false;
  nativeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as Partial<TabMessage> | null)?.type !== 'open-sidebar') return undefined;
    // Kept for the first subscriber when nothing listens yet: the background sends this right
    // after injecting the bundle, and the Sidebar subscribes in an effect.
    if (listeners.size === 0) pending = true;
    for (const listener of listeners) listener();
    return undefined;
  });
  return (listener) => {
    listeners.add(listener);
    if (pending) {
      pending = false;
      listener();
    }
    return () => listeners.delete(listener);
  };
}

function mountSidebar(
  channel: DetectorChannel,
  preload: SidebarPreload | null,
  onOpenRequest: SidebarHost['onOpenRequest'],
  css: string,
): void {
  const { host, container } = createShadowHost(SIDEBAR_HOST_TAG, css);

  // Keys typed in the sidebar must not reach the page's own shortcuts: keyboard events are
  // composed, so they would bubble out of the shadow root into the page's listeners.
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (event) => event.stopPropagation());

  // The form field the person used last, for Escape: not a footer link Tab went on to. Focus
  // inside our shadow root shows up here retargeted to the host, which is no field.
  let lastPageFocus: HTMLElement | null = null;
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLElement && target.matches('input:not([type=hidden]), select, textarea'))
        lastPageFocus = target;
    },
    true,
  );

  const sidebarHost: SidebarHost = {
    onOpenRequest,
    returnFocus: () => returnFocusToPage(lastPageFocus),
    margin: new PageMargin(),
    shortcut: (
      nativeBrowser.runtime.getManifest() as { commands?: Record<string, { suggested_key?: { default?: string } }> }
    ).commands?.['open-account-help']?.suggested_key?.default,
    // For `npm run bench`, once the sidebar first has content (it renders nothing until it has
    // the settings, preloaded by the background or read): rAF runs just before the frame that
    // shows it is painted; the first high-priority task after it stands for that paint.
    onFirstShown: () => requestAnimationFrame(() => soon(() => performance.mark('restore-access:sidebar-painted'))),
  };
  // The one owner of the settings and the tab's session; it starts with the first render's effects.
  const state = new SidebarState(channel, preload, { requestSession, loadSettings, watchSettings, updateSettings });
  // Runs for the bundle's whole life, open or collapsed: captures typing on sign-in pages and
  // fills the forgot forms (utils/carry-over/controller.ts). It starts after the sidebar's first
  // frame: in a task of its own right after this one it ran ahead of that frame and held the
  // paint back (docs/performance.md). It lives as long as the page: nothing aborts it.
  const carryOver = startCarryOver({ doc: document, state }, new AbortController().signal, afterNextFrame);
  render(<SidebarRoot state={state} carryOver={carryOver} host={sidebarHost} />, container);
  // For `npm run bench`: the first render is done (the paint follows in the next frame).
  performance.mark('restore-access:sidebar-rendered');
}
