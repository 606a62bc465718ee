import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type DetectorLoaderEffects, routeDetectorLoad } from '@/utils/background/detector-loader';
import { peekForSender, type RouterEffects, routeMessage } from '@/utils/background/router';
import { isAccountUrl } from '@/utils/core/account-hosts';
import type { TabMessage } from '@/utils/core/messages';
import { isGenuineUspsUrl } from '@/utils/core/usps-hosts';
import {
  injectDetector,
  injectPasswordCheck,
  injectSidebar,
  makeTabPageReport,
} from '@/utils/delivery/script-injection';
import type { SidebarPreload } from '@/utils/delivery/sidebar-preload';
import { FAKE_SITE_HELP_PATH } from '@/utils/lookalike/paths';
import { keepPageReport } from '@/utils/page-report/store';
import {
  clearSessionsOnTabRemoval,
  forgetAllCarried,
  handleSessionRequest,
  peekTabSession,
  sweepExpiredCarried,
} from '@/utils/session/store';
import type { TabSession } from '@/utils/session/tab-session';
import { loadSettings, updateSettings } from '@/utils/settings/store';

/**
 * What the sidebar would otherwise ask for first (settings, the tab's session), both read at
 * once and neither written; null when either read fails (the sidebar then asks as before).
 */
function readSidebarPreload(readSession: () => Promise<TabSession>): Promise<SidebarPreload | null> {
  return Promise.all([loadSettings(), readSession()]).then(
    ([{ settings, notice, resetFields }, session]) => ({ settings: { settings, notice, resetFields }, session }),
    () => null,
  );
}

/** The sidebar's bundle injected while its preload is read here (utils/delivery/script-injection.ts). */
function readAndInjectSidebar(tabId: number, frameId: number, readSession: () => Promise<TabSession>): Promise<void> {
  return injectSidebar(tabId, frameId, readSidebarPreload(readSession));
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
  const context = { tabId, incognito: tab.incognito, now: Date.now() };
  await readAndInjectSidebar(tabId, 0, () => peekForSender(peekTabSession, context, isAccountUrl(tab.url ?? '')));
  const open: TabMessage = { type: 'open-sidebar' };
  // The sidebar does not answer (its bundle uses the native API, which cannot answer with a
  // promise), and Chrome reports an unanswered message as an error: the injection above is what
  // decides success.
  await browser.tabs.sendMessage(tabId, open, { frameId: 0 }).catch(() => undefined);
}

/**
 * Popup "This help doesn't fit this page": the report is built in the tab (USPS pages only), kept
 * in storage.session under a random id and shown on the report page, which reads and deletes it.
 * Nothing is sent anywhere: the person decides whether to share it.
 */
async function makePageReport(tabId: number): Promise<{ id: string }> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url || !isGenuineUspsUrl(tab.url)) throw new Error('Not a USPS.com page');
  // What the recogniser decided goes into the report: where only the error watch ran, there is
  // no detector yet (a second copy does nothing).
  await injectDetector(tabId);
  const report = await makeTabPageReport(tabId, browser.runtime.getManifest().version);
  if (report === null) throw new Error('The page report could not be made');
  const id = await keepPageReport(report);
  await browser.tabs.create({ url: browser.runtime.getURL(`/page-report.html?id=${id}`), openerTabId: tabId });
  return { id };
}

/** The guide "I entered my details on a fake USPS site", asked for by the sidebar's support card. */
function openFakeSiteHelp(openerTabId: number): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(FAKE_SITE_HELP_PATH), openerTabId });
}

const effects: RouterEffects = {
  runtimeId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL('/'),
  now: () => Date.now(),
  injectSidebar: readAndInjectSidebar,
  openHelp,
  makePageReport,
  openFakeSiteHelp,
  injectPasswordCheck,
  isIncognitoTab: async (tabId) => (await browser.tabs.get(tabId)).incognito,
  handleSession: (context, request) => {
    void sweepExpiredCarried(context.now);
    return handleSessionRequest(context, request);
  },
  peekSession: peekTabSession,
  forgetAllCarried,
  // The sidebar's settings (utils/settings/client.ts): the zod schema stays out of its bundle.
  loadSettings,
  updateSettings,
};

const detectorLoader: DetectorLoaderEffects = {
  runtimeId: effects.runtimeId,
  extensionOrigin: effects.extensionOrigin,
  injectDetector,
};

export default defineBackground(() => {
  // Every rule about who may ask for what lives in utils/background/router.ts and, for the error
  // watch's one request, utils/background/detector-loader.ts (both unit-tested).
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
