import { browser } from 'wxt/browser';
import type { TabStatus } from '../core/messages';
import { isGenuineUspsUrl, USPS_HOST_PERMISSION } from '../core/usps-hosts';
import { injectDetector, readTabDetectorStatus } from '../delivery/script-injection';
import { requestSessionForTab } from '../session/client';
import { journeyProgress } from '../session/journey';

/**
 * What the popup knows about the tab it speaks for. The tab is the active tab of the popup's
 * window, or the one named by `?tab=<id>` in the popup's own URL: the end-to-end tests open
 * popup.html as an ordinary tab (which would make the popup its own active tab), and only the
 * extension itself can open its pages, so the parameter gives no one else a say.
 */
export type PopupTabState =
  | { state: 'not-usps' }
  /** The person withheld the extension's usps.com access (Firefox: about:addons, site access). */
  | { state: 'no-access' }
  /** A USPS page where even a freshly injected detector did not answer (e.g. a page still loading). */
  | { state: 'no-answer'; tabId: number; hostname: string }
  | {
      state: 'status';
      tabId: number;
      hostname: string;
      status: TabStatus;
      progress: { step: number; of: number } | null;
    };

export function tabIdFromLocation(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}

async function findTab(search: string) {
  const named = tabIdFromLocation(search);
  if (named !== null) return browser.tabs.get(named).catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

async function askStatus(tabId: number): Promise<TabStatus | undefined> {
  const status = await readTabDetectorStatus(tabId).catch(() => undefined);
  return status?.recognition ? status : undefined;
}

/**
 * Off the account hosts only the error watch runs, and it publishes nothing (every byte and call
 * there is script time on every USPS page: utils/error-watch/error-watch.ts); a tab opened before the
 * extension was installed has no script at all. Either way the popup injects the detector into
 * the top frame, as the background does, and asks once more; undefined where it cannot.
 */
function askAfterInjecting(tabId: number): Promise<TabStatus | undefined> {
  return injectDetector(tabId).then(
    () => askStatus(tabId),
    () => undefined,
  );
}

async function progressOf(tabId: number): Promise<{ step: number; of: number } | null> {
  const session = await requestSessionForTab(tabId, { type: 'session:get' });
  return session.journey.current === null ? null : journeyProgress(session.journey);
}

/**
 * Whether the extension may run on usps.com. Firefox MV3 lets the person withhold host access;
 * then no content script runs, executeScript fails and tabs hide their URL, so without this
 * check the popup would call a sign-in tab "not a USPS.com page". An API that cannot answer
 * counts as granted: the popup then says what it always said.
 */
export function hostAccessGranted(): Promise<boolean> {
  return browser.permissions.contains({ origins: [USPS_HOST_PERMISSION] }).then(
    (granted) => granted !== false,
    () => true,
  );
}

/** Asks for the usps.com access back; only from a click in the popup (a user gesture). */
export function requestHostAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: [USPS_HOST_PERMISSION] }).catch(() => false);
}

export async function loadPopupTabState(search: string): Promise<PopupTabState> {
  const [tab, granted] = await Promise.all([findTab(search), hostAccessGranted()]);
  if (!granted) return { state: 'no-access' };
  // Without the "tabs" permission the URL is only visible for hosts we may script (usps.com).
  if (tab?.id === undefined || !tab.url || !isGenuineUspsUrl(tab.url)) return { state: 'not-usps' };
  const tabId = tab.id;
  const hostname = new URL(tab.url).hostname;
  const status = (await askStatus(tabId)) ?? (await askAfterInjecting(tabId));
  if (!status) return { state: 'no-answer', tabId, hostname };
  const progress = await progressOf(tabId).catch(() => null);
  return { state: 'status', tabId, hostname, status, progress };
}
