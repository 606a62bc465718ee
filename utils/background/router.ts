import type { Browser } from 'wxt/browser';
import { isAccountUrl } from '../core/account-hosts';
import {
  ContentMessageSchema,
  ExtensionPageMessageSchema,
  type PageReportMade,
  type SessionRequest,
  type SettingsMessage,
  SettingsMessageSchema,
} from '../core/messages';
import { isGenuineUspsUrl } from '../core/usps-hosts';
import type { TabSession } from '../session/tab-session';
import {
  type Settings,
  type SettingsAnswer,
  type SettingsUpdateAnswer,
  SIDEBAR_SETTABLE_FIELDS,
} from '../settings/settings';
import { checkSettingsPatch, type LoadedSettings } from '../settings/store';

/**
 * Decides what the background does with a runtime message, without touching the browser
 * itself (the effects are passed in), so every accept/refuse rule is unit-tested. Anything not
 * matching the message schemas (utils/core/messages.ts) exactly, or not sent from where it may
 * come from, is ignored.
 */
export interface RouterEffects {
  runtimeId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
  now(): number;
  /**
   * `readSession` reads the tab's session for the sidebar's preload, as the sender may see it
   * (`peekForSender`): the way that tab's requests are read, and what was typed only on an
   * account host.
   */
  injectSidebar(tabId: number, frameId: number, readSession: () => Promise<TabSession>): Promise<unknown>;
  openHelp(tabId: number): Promise<unknown>;
  /**
   * Injects the live password check into this frame when its detector says the page is a
   * new-password or sign-up page (utils/delivery/script-injection.ts); resolves whether it did.
   */
  injectPasswordCheck(tabId: number, frameId: number): Promise<boolean>;
  /** Builds the page report in the tab, keeps it and opens the report page; rejects off USPS. */
  makePageReport(tabId: number): Promise<PageReportMade>;
  /** Opens the guide "I entered my details on a fake USPS site" in a new tab next to this one. */
  openFakeSiteHelp(openerTabId: number): Promise<unknown>;
  isIncognitoTab(tabId: number): Promise<boolean>;
  handleSession(context: SessionContext, request: SessionRequest): Promise<TabSession>;
  /**
   * The session as `session:get` would answer it, writing nothing: an unreadable session stays
   * for the sidebar's own first request to reset and report (utils/session/store.ts).
   */
  peekSession(context: SessionContext): Promise<TabSession>;
  forgetAllCarried(): Promise<number>;
  loadSettings(): Promise<LoadedSettings>;
  /** Only ever called with a patch that passed `checkSettingsPatch`. */
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
}

type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'url' | 'frameId'> & {
  tab?: Partial<Pick<Browser.tabs.Tab, 'id' | 'incognito'>>;
};

/** Where a message came from, or null when it must be ignored. */
export function classifySender(sender: Sender, effects: Pick<RouterEffects, 'runtimeId' | 'extensionOrigin'>) {
  if (sender.id !== effects.runtimeId || !sender.url) return null;
  if (sender.url.startsWith(effects.extensionOrigin)) return { from: 'extension-page' as const };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || !isGenuineUspsUrl(sender.url)) return null;
  return {
    from: 'content-script' as const,
    tabId,
    frameId: sender.frameId ?? 0,
    incognito: sender.tab?.incognito === true,
    // What the person typed is handed to, and taken from, account hosts only (isAccountUrl).
    accountHost: isAccountUrl(sender.url),
  };
}

/** The session as a content script may see it: what was typed only on an account host. */
function forSender(session: TabSession, accountHost: boolean): TabSession {
  return accountHost || session.carried === null ? session : { ...session, carried: null };
}

type SessionContext = { tabId: number; incognito: boolean; now: number };

/** The tab's session read without writing, as a content script on that page may see it. */
export function peekForSender(
  peekSession: RouterEffects['peekSession'],
  context: SessionContext,
  accountHost: boolean,
): Promise<TabSession> {
  return peekSession(context).then((session) => forSender(session, accountHost));
}

/**
 * Returns the answer's promise, or undefined when the message is not for us (so another
 * listener, or nobody, answers it).
 */
export function routeMessage(message: unknown, sender: Sender, effects: RouterEffects): Promise<unknown> | undefined {
  const origin = classifySender(sender, effects);
  if (!origin) return undefined;
  const settingsMessage = SettingsMessageSchema.safeParse(message);
  if (settingsMessage.success) return routeSettings(settingsMessage.data, origin.from, effects);
  if (origin.from === 'content-script') {
    const parsed = ContentMessageSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const { tabId, frameId, incognito, accountHost } = origin;
    const context = { tabId, incognito, now: effects.now() };
    const readSession = () => peekForSender(effects.peekSession, context, accountHost);
    if (parsed.data.type === 'show-help') {
      return effects.injectSidebar(tabId, frameId, readSession).then(() => true);
    }
    if (parsed.data.type === 'show-help-after-journey') {
      // The visit the sidebar would record anyway; it tells whether the journey ends here.
      return effects.handleSession(context, { type: 'journey:visit', kind: 'other' }).then((session) => {
        const { current, successShown } = session.journey;
        if (current !== 'signed-in' || successShown) return false;
        return effects.injectSidebar(tabId, frameId, readSession).then(() => true);
      });
    }
    if (parsed.data.type === 'session-peek') return readSession();
    // The one script that reads a (new) password field goes into account hosts only, and only
    // while the person has the option on: the settings are read here, not taken from the page.
    if (parsed.data.type === 'load-password-check') {
      if (!accountHost) return Promise.resolve(false);
      return effects
        .loadSettings()
        .then(({ settings }) => settings.passwordCheck && effects.injectPasswordCheck(tabId, frameId));
    }
    // The report holds no typed value (utils/page-report/sanitize.ts) and only ever opens a page
    // that shows it to the person; the sidebar asks for it on a trusted click only.
    if (parsed.data.type === 'report-this-page') return effects.makePageReport(tabId);
    // Opens only the extension's own guide page, and the sidebar asks on a trusted click only.
    if (parsed.data.type === 'open-fake-site-help') return effects.openFakeSiteHelp(tabId).then(() => true);
    // Elsewhere a page could have dressed itself up as a sign-in form: nothing it offers is kept.
    const request: SessionRequest =
      parsed.data.request.type === 'carry:set' && !accountHost ? { type: 'session:get' } : parsed.data.request;
    return effects.handleSession(context, request).then((session) => forSender(session, accountHost));
  }
  const parsed = ExtensionPageMessageSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const data = parsed.data;
  switch (data.type) {
    case 'forget-all-carried':
      return effects.forgetAllCarried().then((forgotten) => ({ forgotten }));
    case 'open-help':
      return effects.openHelp(data.tabId).then(() => true);
    case 'make-page-report':
      return effects.makePageReport(data.tabId);
    case 'session-for-tab':
      return effects
        .isIncognitoTab(data.tabId)
        .then((incognito) => effects.handleSession({ tabId: data.tabId, incognito, now: effects.now() }, data.request));
  }
}

function routeSettings(
  message: SettingsMessage,
  from: 'content-script' | 'extension-page',
  effects: RouterEffects,
): Promise<SettingsAnswer | SettingsUpdateAnswer> {
  if (message.type === 'settings:get') {
    return effects.loadSettings().then(({ settings, notice, resetFields }) => ({ settings, notice, resetFields }));
  }
  // A page's script can click the sidebar's controls (its shadow root is open): whatever reaches
  // here from a content script may change the display, never what the extension does.
  const { patch } = message;
  if (from === 'content-script' && typeof patch === 'object' && patch !== null && !Array.isArray(patch)) {
    const settable: readonly string[] = SIDEBAR_SETTABLE_FIELDS;
    const refused = Object.keys(patch).filter((field) => !settable.includes(field));
    if (refused.length > 0) return Promise.resolve({ ok: false, refused, reason: 'options-page-only' });
  }
  const checked = checkSettingsPatch(patch);
  if (!checked.ok) return Promise.resolve({ ok: false, refused: checked.refused, reason: 'invalid' });
  return effects.updateSettings(checked.patch).then((settings) => ({ ok: true, settings }));
}
