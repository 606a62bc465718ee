import { browser } from 'wxt/browser';
import type { ExtensionPageMessage, PageReportMade } from '../core/messages';

/**
 * Popup "This help doesn't fit this page": the background builds the tab's page report, keeps it
 * and opens the report page (entrypoints/background.ts, `makePageReport`). Rejects when it could not.
 */
export async function makePageReport(tabId: number): Promise<PageReportMade> {
  const message: ExtensionPageMessage = { type: 'make-page-report', tabId };
  const answer = (await browser.runtime.sendMessage(message)) as PageReportMade | undefined;
  if (!answer?.id) throw new Error('No page report');
  return answer;
}
