import { browser } from 'wxt/browser';
import type { TabStatus } from '../core/messages';
import { isGenuineUspsUrl, USPS_HOST_PERMISSION } from '../core/usps-hosts';
import { injectDetector, readTabDetectorStatus } from '../delivery/script-injection';
import { type AddressCheck, checkAddress } from '../lookalike/address';
import { requestSessionForTab } from '../session/client';
import { journeyProgress } from '../session/journey';

/**
 * What the popup knows about the tab it speaks for. The tab is the active tab of the popup's
 * window, or the one named by `?tab=<id>` in the popup's own URL: the end-to-end tests open
 * popup.html as an ordinary tab (which would make the popup its own active tab), and only the
 * extension itself can open its pages, so the parameter gives no one else a say.
 */
export type PopupTabState =
  /** Not a usps.com page; `domain` when its address could be read (activeTab: the toolbar button was clicked). */
  | { state: 'not-usps'; domain?: string }
  /** An address that imitates USPS (utils/lookalike/address.ts), explained from the address alone. */
  | { state: 'lookalike'; check: Extract<AddressCheck, { verdict: 'lookalike' }> }
  /** A genuine USPS site the extension does not help on (usps.gov, uspis.gov). */
  | { state: 'usps-elsewhere'; domain: string }
  /**
   * No address to read: a browser page, or a popup opened without the toolbar button's activeTab
   * grant (the tab is then not on https://*.usps.com, where the host permission shows the URL).
   */
  | { state: 'no-address' }
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

/**
 * What the address alone says about a tab that is not a genuine usps.com page. Only the address:
 * the popup never reads such a page's content.
 */
export function addressState(address: string): PopupTabState {
  const check = checkAddress(address);
  switch (check.verdict) {
    case 'lookalike':
      return { state: 'lookalike', check };
    case 'usps':
      return { state: 'usps-elsewhere', domain: check.domain };
    case 'not-usps':
      return { state: 'not-usps', domain: check.domain };
    case 'not-web':
      return { state: 'not-usps' };
  }
}

export async function loadPopupTabState(search: string): Promise<PopupTabState> {
  const [tab, granted] = await Promise.all([findTab(search), hostAccessGranted()]);
  // The URL is visible for usps.com tabs (host permission) and, through activeTab, for the tab the
  // toolbar button was clicked on. A lookalike is answered even while usps.com access is withheld.
  if (tab?.url && !isGenuineUspsUrl(tab.url)) return addressState(tab.url);
  if (!granted) return { state: 'no-access' };
  if (tab?.id === undefined || !tab.url) return { state: 'no-address' };
  const tabId = tab.id;
  const hostname = new URL(tab.url).hostname;
  const status = (await askStatus(tabId)) ?? (await askAfterInjecting(tabId));
  if (!status) return { state: 'no-answer', tabId, hostname };
  const progress = await progressOf(tabId).catch(() => null);
  return { state: 'status', tabId, hostname, status, progress };
}
