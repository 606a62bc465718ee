import type { ContentMessage } from '../core/messages';
import { nativeBrowser as browser } from '../core/native-browser';

/**
 * The sidebar's way to the guide "I entered my details on a fake USPS site": a content script may
 * not link to an extension page (no web_accessible_resources), so the background opens it. Native
 * messaging, as the rest of the sidebar bundle (utils/core/native-browser.ts).
 */
export function openFakeSiteHelp(): void {
  const message: ContentMessage = { type: 'open-fake-site-help' };
  browser.runtime.sendMessage(message).catch(() => {});
}
