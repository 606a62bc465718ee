import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { launchWithExtension } from './extension';

/**
 * Clicking the extension's toolbar button in a test, for real. The popup's "Is this really USPS?"
 * needs the activeTab grant, which the browser gives only when the person invokes the extension
 * on a tab: without it, tabs.get() hides the address of any tab off usps.com. Chromium's DevTools
 * protocol runs an extension's action as a click would (`Extensions.triggerAction`, allowed with
 * --enable-unsafe-extension-debugging over Playwright's pipe): it grants activeTab on that tab
 * and opens the real popup, which Playwright does not list as a page, so it is read through a
 * DevTools session of its own.
 */
export function launchWithToolbarButton(): Promise<BrowserContext> {
  return launchWithExtension({ extraArgs: ['--enable-unsafe-extension-debugging'] });
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function targets(session: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [{}] })) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

/** The popup the browser opened from the toolbar, read in its own DevTools session. */
export interface ToolbarPopup {
  /** Runs `expression` in the popup and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  /** A PNG of the popup as drawn (for the store pictures, scripts/screenshots.ts). */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

async function until<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let tries = 0; tries < 400; tries++) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

/**
 * Clicks the toolbar button while `page`'s tab is showing, and returns the popup that opened.
 * Needs a context from launchWithToolbarButton, and `page` must be the only tab at its address.
 */
export async function clickToolbarButton(
  context: BrowserContext,
  extensionId: string,
  page: Page,
): Promise<ToolbarPopup> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser to open a DevTools session on');
  const session = await browser.newBrowserCDPSession();
  await page.bringToFront();
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const tabs = (await targets(session)).filter((target) => target.type === 'tab' && target.url === page.url());
  const [tab] = tabs;
  if (!tab || tabs.length !== 1) throw new Error(`${tabs.length} tabs show ${page.url()}: expected exactly one`);
  const before = new Set((await targets(session)).map((target) => target.targetId));
  await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  const popup = await until(async () => {
    const opened = (await targets(session)).find(
      (target) => target.type === 'page' && target.url === popupUrl && !before.has(target.targetId),
    );
    return opened;
  }, 'the toolbar popup');
  // A session of the old, unflattened kind: Playwright's own sessions are flattened, and would
  // drop the popup's answers as coming from a session it does not know.
  const { sessionId } = (await session.send('Target.attachToTarget', {
    targetId: popup.targetId,
    flatten: false,
  })) as { sessionId: string };
  type Answer = { id?: number; result?: Record<string, unknown>; error?: unknown };
  let lastId = 0;
  const waiting = new Map<number, (message: Answer) => void>();
  session.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const message = JSON.parse(event.message) as Answer;
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  });
  const call = (method: string, params: Record<string, unknown>): Promise<Record<string, unknown> | undefined> => {
    const id = ++lastId;
    return new Promise((resolve, reject) => {
      waiting.set(id, (message) => {
        waiting.delete(id);
        if (message.error) reject(new Error(JSON.stringify(message.error)));
        else resolve(message.result);
      });
      session
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(reject);
    });
  };
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const answer = await call('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
      return (answer?.result as { value?: unknown } | undefined)?.value as T;
    },
    async screenshot(): Promise<Buffer> {
      const answer = await call('Page.captureScreenshot', { format: 'png' });
      return Buffer.from(String(answer?.data ?? ''), 'base64');
    },
    async close() {
      await session.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => {});
      await session.detach().catch(() => {});
    },
  };
}

/** What the toolbar popup says once it has looked at the tab (not "Checking this tab…"). */
export interface PopupAnswer {
  status: string;
  realDomain: string | null;
  signs: string[];
  text: string;
  guideLink: string | null;
  lang: string;
}

export async function popupAnswer(popup: ToolbarPopup): Promise<PopupAnswer> {
  return until(async () => {
    const answer = await popup.evaluate<PopupAnswer | null>(`(() => {
      const status = document.querySelector('[role="status"]')?.textContent ?? '';
      if (!status || /Checking this tab|Revisando esta pestaña/.test(status)) return null;
      return {
        status,
        realDomain: document.querySelector('[data-testid="real-domain"]')?.textContent ?? null,
        signs: [...document.querySelectorAll('[data-sign]')].map((item) => item.getAttribute('data-sign')),
        text: document.querySelector('main')?.innerText ?? '',
        guideLink: document.querySelector('a[href$="/fake-site-help.html"]')?.getAttribute('href') ?? null,
        lang: document.documentElement.lang,
      };
    })()`);
    return answer ?? undefined;
  }, 'the popup to answer');
}

/** The id of `page`'s tab, asked of the service worker while the page is the active tab. */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.id;
  });
  if (id === undefined) throw new Error(`No active tab for ${page.url()}`);
  return id;
}
