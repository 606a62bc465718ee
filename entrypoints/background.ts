import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type RouterEffects, routeMessage } from '@/utils/background-router';
import { type DetectorLoaderEffects, routeDetectorLoad } from '@/utils/detector-loader';
import type { TabRequest } from '@/utils/messages';
import { loadSettings, updateSettings } from '@/utils/settings-store';
import { SIDEBAR_PRELOAD_NAME, type SidebarPreload } from '@/utils/sidebar-preload';
import {
  clearSessionsOnTabRemoval,
  forgetAllCarried,
  handleSessionRequest,
  peekTabSession,
  sweepExpiredCarried,
} from '@/utils/tab-session-store';
import { isGenuineUspsUrl } from '@/utils/usps-hosts';

const SIDEBAR_FILE = '/sidebar.js';
// Registered by the manifest on the account hosts only; elsewhere injected on the error watch's
// request (utils/error-watch.ts) or when the person opens the help.
const DETECTOR_FILE = '/detector.js';

async function injectDetector(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [DETECTOR_FILE] });
}

/**
 * What the sidebar would otherwise ask for first (settings, the tab's session), both read at
 * once and neither written; null when either read fails (the sidebar then asks as before).
 */
function readSidebarPreload(tabId: number, incognito: boolean): Promise<SidebarPreload | null> {
  return Promise.all([loadSettings(), peekTabSession({ tabId, incognito, now: Date.now() })]).then(
    ([{ settings, notice, resetFields }, session]) => ({ settings: { settings, notice, resetFields }, session }),
    () => null,
  );
}

/**
 * Hands the sidebar its preload in the same injection sequence, just before its bundle, so it
 * paints without waiting for two message round trips (utils/sidebar-preload.ts). A null preload
 * is set too, so an older one can never be taken for this injection's.
 */
async function injectSidebar(tabId: number, frameId: number, incognito: boolean): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  const preload = await readSidebarPreload(tabId, incognito);
  await browser.scripting.executeScript({
    target,
    func: (name: string, value: SidebarPreload | null) => {
      (globalThis as Record<symbol, unknown>)[Symbol.for(name)] = value;
    },
    args: [SIDEBAR_PRELOAD_NAME, preload],
  });
  await browser.scripting.executeScript({ target, files: [SIDEBAR_FILE] });
}

/**
 * Keyboard command and popup button: inject the sidebar even on pages that need no help (the
 * person asked for it), then tell it to open and take focus. Only on genuine USPS pages.
 */
async function openHelp(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url || !isGenuineUspsUrl(tab.url)) throw new Error('Not a USPS.com page');
  // The sidebar needs the detector's channel; where only the error watch ran there is none yet
  // (a second copy of the detector does nothing).
  await injectDetector(tabId);
  await injectSidebar(tabId, 0, tab.incognito);
  const open: TabRequest = { type: 'open-sidebar' };
  // The sidebar does not answer (its bundle uses the native API, which cannot answer with a
  // promise), and Chrome reports an unanswered message as an error: the injection above is what
  // decides success.
  await browser.tabs.sendMessage(tabId, open, { frameId: 0 }).catch(() => undefined);
}

const effects: RouterEffects = {
  runtimeId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL('/'),
  now: () => Date.now(),
  injectSidebar,
  openHelp,
  isIncognitoTab: async (tabId) => (await browser.tabs.get(tabId)).incognito,
  handleSession: (context, request) => {
    void sweepExpiredCarried(context.now);
    return handleSessionRequest(context, request);
  },
  peekSession: peekTabSession,
  forgetAllCarried,
  // The sidebar's settings (utils/settings-client.ts): the zod schema stays out of its bundle.
  loadSettings,
  updateSettings,
};

const detectorLoader: DetectorLoaderEffects = {
  runtimeId: effects.runtimeId,
  extensionOrigin: effects.extensionOrigin,
  injectDetector,
};

export default defineBackground(() => {
  // Every rule about who may ask for what lives in utils/background-router.ts and, for the error
  // watch's one request, utils/detector-loader.ts (both unit-tested).
  browser.runtime.onMessage.addListener((message, sender) => routeMessage(message, sender, effects));
  browser.runtime.onMessage.addListener((message, sender) => routeDetectorLoad(message, sender, detectorLoader));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'open-account-help' || tab?.id === undefined) return;
    openHelp(tab.id).catch(() => {
      // Not a USPS page, or a page the extension may not script: the shortcut does nothing there.
    });
  });

  clearSessionsOnTabRemoval();
  void sweepExpiredCarried(Date.now());
});
