import { browser } from 'wxt/browser';
import type { TabStatus } from '../core/messages';
import { buildReportInPage, PAGE_REPORT_BUILDER_NAME } from '../page-report/in-page';
import { DETECTOR_CHANNEL_NAME, readDetectorStatus } from '../recognition/detector-channel';
import type { SidebarPreload } from './sidebar-preload';
import { deliverSidebarPreload, encodeSidebarPreload, SIDEBAR_PRELOAD_NAME } from './sidebar-preload';

/**
 * Every script the extension injects (the background: the detector and the sidebar bundle; the
 * popup: the detector and its status read) asks to run at once. By default the browser holds an
 * injection until the page is "idle": Chromium until the page's load event or 200 ms after
 * DOMContentLoaded, so on a page still loading an image or a script the sidebar would wait those
 * 200 ms wherever the background injects it (docs/performance.md). Each of these scripts
 * runs where the page's DOM is already complete (the detector or the error watch asked at
 * `document_end`) or copes with one still growing (the detector watches the page, the sidebar
 * bundle also runs at `document_start`).
 */
const AT_ONCE = { injectImmediately: true } as const;

/** One copy per frame: a second does nothing (findDetectorChannel, utils/recognition/detector.ts). */
const DETECTOR_FILE = '/detector.js';
const SIDEBAR_FILE = '/sidebar.js';
/** The page report's builder (utils/page-report/sanitize.ts), injected only when asked for. */
const PAGE_REPORT_FILE = '/page-report-builder.js';
/**
 * The live password check (entrypoints/password-check.ts), the only script that reads a password
 * field: injected only where `injectPasswordCheck` decides.
 */
const PASSWORD_CHECK_FILE = '/password-check.js';

/** Page kinds with USPS's password rules in the sidebar: the new-password and sign-up guides. */
export const PASSWORD_CHECK_KINDS: readonly string[] = ['new-password', 'sign-up'];

export async function injectDetector(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [DETECTOR_FILE], ...AT_ONCE });
}

/**
 * Injects the sidebar bundle at once and, as soon as the background has read it, its preload
 * (settings and the tab's session, utils/delivery/sidebar-preload.ts), so the bundle is compiled and run
 * while the preload is read: whichever arrives first waits for the other. The sidebar then paints
 * without asking the background for anything. A null preload is delivered too, so the bundle
 * never waits for one that is not coming.
 */
export async function injectSidebar(
  tabId: number,
  frameId: number,
  preload: Promise<SidebarPreload | null>,
): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  await Promise.all([
    browser.scripting.executeScript({ target, files: [SIDEBAR_FILE], ...AT_ONCE }),
    preload.then((value) =>
      browser.scripting.executeScript({
        target,
        func: deliverSidebarPreload,
        args: [SIDEBAR_PRELOAD_NAME, encodeSidebarPreload(value)],
        ...AT_ONCE,
      }),
    ),
  ]);
}

/**
 * Injects the live password check into a frame whose detector (read from the channel, which the
 * page cannot forge) says it is a new-password or sign-up page. The router has already checked
 * the account host and the option. Resolves whether it injected.
 */
export async function injectPasswordCheck(tabId: number, frameId: number): Promise<boolean> {
  const status = await readTabDetectorStatus(tabId, frameId);
  if (!status || !PASSWORD_CHECK_KINDS.includes(status.recognition.kind)) return false;
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [PASSWORD_CHECK_FILE],
    ...AT_ONCE,
  });
  return true;
}

/**
 * The popup's question to a tab: what its top frame's detector reports (or another frame's, for
 * the live password check), read from the channel in
 * the extension's isolated world (utils/recognition/detector-channel.ts); null where no detector runs.
 */
export async function readTabDetectorStatus(tabId: number, frameId = 0): Promise<TabStatus | null | undefined> {
  const results = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: readDetectorStatus,
    args: [DETECTOR_CHANNEL_NAME],
    ...AT_ONCE,
  });
  return results?.[0]?.result as TabStatus | null | undefined;
}

/**
 * The page report of a tab's top frame (utils/page-report/sanitize.ts): the builder is injected,
 * then called with the page's address and what the detector decided. Null where it could not run.
 */
export async function makeTabPageReport(tabId: number, version: string): Promise<string | null> {
  const target = { tabId, frameIds: [0] };
  const status = await readTabDetectorStatus(tabId).catch(() => undefined);
  await browser.scripting.executeScript({ target, files: [PAGE_REPORT_FILE], ...AT_ONCE });
  const results = await browser.scripting.executeScript({
    target,
    func: buildReportInPage,
    args: [PAGE_REPORT_BUILDER_NAME, version, JSON.stringify(status?.recognition ?? null)],
    ...AT_ONCE,
  });
  const report = results?.[0]?.result;
  return typeof report === 'string' ? report : null;
}
