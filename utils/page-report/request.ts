import type { ContentMessage, PageReportMade } from '../core/messages';
import { nativeBrowser as browser } from '../core/native-browser';

/**
 * The sidebar's "This help doesn't fit this page": the background makes the report of this tab
 * and opens the report page, as for the popup (utils/popup/page-report.ts). Rejects when it could
 * not. Native messaging, as the rest of the sidebar bundle (utils/core/native-browser.ts).
 */
export async function reportThisPage(): Promise<PageReportMade> {
  const message: ContentMessage = { type: 'report-this-page' };
  const answer = (await browser.runtime.sendMessage(message)) as PageReportMade | undefined;
  if (!answer?.id) throw new Error('No page report');
  return answer;
}
