import type { BrowserContext, Locator, Page } from '@playwright/test';
import { type Fixture, fixtureById } from '../fixtures/pool';
import { SIDEBAR } from './extension';

/** One page per situation the sidebar explains (every kind, every error reason). */
export const ONE_PER_SITUATION = [
  'sign-in/classic-loginaction.html',
  'sign-in-failed/classic-response-msg.html',
  'verify-identity/verified-enter-code.html',
  'forgot-password/classic-forgot-password.html',
  'forgot-username/classic-forgot-username.html',
  'check-email/classic-username-sent.html',
  'new-password/classic-password-expired.html',
  'account-locked/classic-locked.html',
  'sign-up/classic-registration.html',
  'error/outage-www.html',
  'error/not-found-www.html',
  'error/access-denied-reg.html',
  'error/unavailable-rcas.html',
].map(fixtureById);

export function sidebar(page: Page): Locator {
  return page.getByRole(SIDEBAR.role, { name: SIDEBAR.name });
}

export async function openSituation(page: Page, fixture: Pick<Fixture, 'url'>): Promise<Locator> {
  await page.goto(fixture.url);
  const aside = sidebar(page);
  await aside.waitFor();
  return aside;
}

/** The focused element, looking inside shadow roots: a short description for assertions. */
export function deepFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return 'none';
    const inSidebar = active.getRootNode() instanceof ShadowRoot;
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? '';
    return `${inSidebar ? 'sidebar' : 'page'}:${active.localName}${active.id ? `#${active.id}` : ''}:${name}`;
  });
}

/** What the background sends on the keyboard shortcut, sent the same way (tabs.sendMessage). */
export async function sendOpenSidebar(context: BrowserContext, page: Page): Promise<void> {
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('no extension service worker');
  await worker.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const tab = (await api.tabs.query({})).find((each) => each.url === url);
    if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
    await api.tabs.sendMessage(tab.id, { type: 'open-sidebar' }, { frameId: 0 });
  }, page.url());
}
