import type { BrowserContext } from '@playwright/test';
import type { TabStatus } from '../../utils/core/messages';
import { DETECTOR_CHANNEL_NAME, readDetectorStatus } from '../../utils/recognition/detector-channel';
import { extensionWorker } from './extension';

/**
 * Reads the detector's status in the tab showing `url` the way the popup does: the popup's own
 * reader run in the top frame's isolated world by scripting.executeScript (utils/popup/status.ts).
 * The worker cannot import modules, so the call is sent as source, the reader's too, which is all
 * the browser sends to the tab anyway.
 */
export async function detectorStatus(context: BrowserContext, url: string): Promise<TabStatus | null> {
  const worker = await extensionWorker(context);
  return worker.evaluate(`(async () => {
    const tab = (await chrome.tabs.query({})).find((each) => each.url === ${JSON.stringify(url)});
    if (tab?.id === undefined) return null;
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [0] },
      func: ${readDetectorStatus.toString()},
      args: [${JSON.stringify(DETECTOR_CHANNEL_NAME)}],
    });
    return result?.result ?? null;
  })()`) as Promise<TabStatus | null>;
}

/**
 * Injects the detector into the top frame of the tab showing `url`, as the popup does where no
 * detector runs (utils/popup/status.ts).
 */
export async function injectDetectorLikePopup(context: BrowserContext, url: string): Promise<void> {
  const worker = await extensionWorker(context);
  await worker.evaluate(async (target) => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const tab = (await api.tabs.query({})).find((each) => each.url === target);
    if (tab?.id === undefined) throw new Error(`No tab shows ${target}`);
    await api.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: ['/detector.js'] });
  }, url);
}
