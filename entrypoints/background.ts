import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isBackgroundRequest } from '@/utils/messages';
import { isGenuineUspsUrl } from '@/utils/usps-hosts';

const SIDEBAR_FILE = '/sidebar.js';

async function injectSidebar(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [SIDEBAR_FILE] });
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isBackgroundRequest(message)) return undefined;
    const tabId = sender.tab?.id;
    // Only our own content scripts on genuine USPS pages may ask for the sidebar.
    if (sender.id !== browser.runtime.id || tabId === undefined || !sender.url || !isGenuineUspsUrl(sender.url)) {
      return undefined;
    }
    return injectSidebar(tabId, sender.frameId ?? 0).then(() => true);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'open-account-help' || tab?.id === undefined || !tab.url || !isGenuineUspsUrl(tab.url)) return;
    await injectSidebar(tab.id);
    await browser.tabs.sendMessage(tab.id, { type: 'open-sidebar' });
  });
});
