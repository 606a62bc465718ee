import { browser } from 'wxt/browser';
import { DETECTOR_CHANNEL_NAME, readDetectorStatus } from './detector-channel';
import type { TabStatus } from './messages';
import type { SidebarPreload } from './sidebar-preload';
import { encodeSidebarPreload, SIDEBAR_PRELOAD_NAME } from './sidebar-preload';

/**
 * Every script the extension injects (the background: the detector and the sidebar bundle; the
 * popup: the detector and its status read) asks to run at once. By default the browser holds an
 * injection until the page is "idle": Chromium until the page's load event or 200 ms after
 * DOMContentLoaded, so on a page still loading an image or a script the sidebar waited those 200
 * ms wherever the background injects it (measured, README, Performance). Each of these scripts
 * runs where the page's DOM is already complete (the detector or the error watch asked at
 * `document_end`) or copes with one still growing (the detector watches the page, the sidebar
 * bundle also runs at `document_start`).
 */
const AT_ONCE = { injectImmediately: true } as const;

/** One copy per frame: a second does nothing (findDetectorChannel, utils/detector.ts). */
const DETECTOR_FILE = '/detector.js';
const SIDEBAR_FILE = '/sidebar.js';

export async function injectDetector(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [DETECTOR_FILE], ...AT_ONCE });
}

/**
 * Hands the sidebar its preload in the same injection sequence, just before its bundle, so it
 * paints without waiting for two message round trips (utils/sidebar-preload.ts). A null preload
 * is set too, so an older one can never be taken for this injection's.
 */
export async function injectSidebar(tabId: number, frameId: number, preload: SidebarPreload | null): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.executeScript({
    target,
    func: (name: string, text: string) => {
      (globalThis as Record<symbol, unknown>)[Symbol.for(name)] = text;
    },
    args: [SIDEBAR_PRELOAD_NAME, encodeSidebarPreload(preload)],
    ...AT_ONCE,
  });
  await browser.scripting.executeScript({ target, files: [SIDEBAR_FILE], ...AT_ONCE });
}

/**
 * The popup's question to a tab: what its top frame's detector reports, read from the channel in
 * the extension's isolated world (utils/detector-channel.ts); null where no detector runs.
 */
export async function readTabDetectorStatus(tabId: number): Promise<TabStatus | null | undefined> {
  const results = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: readDetectorStatus,
    args: [DETECTOR_CHANNEL_NAME],
    ...AT_ONCE,
  });
  return results?.[0]?.result as TabStatus | null | undefined;
}
