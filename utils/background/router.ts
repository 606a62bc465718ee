import type { Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { isAccountUrl } from './account-hosts';
import { MAX_IDENTIFIER_LENGTH } from './identifier';
import { PAGE_KINDS } from './page-kinds';
import { type Settings, type SettingsAnswer, type SettingsUpdateAnswer, SIDEBAR_SETTABLE_FIELDS } from './settings';
import { checkSettingsPatch, type LoadedSettings } from './settings-store';
import type { SessionRequest, TabSession } from './tab-session';
import { isGenuineUspsUrl } from './usps-hosts';

/**
 * Decides what the background does with a runtime message, without touching the browser
 * itself (the effects are passed in), so every accept/refuse rule is unit-tested. Anything not
 * matching these schemas exactly, or not sent from where it may come from, is ignored.
 */
const TabId = z.number().check(z.int(), z.gte(0));

export const SessionRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('session:get') }),
  // `emailed`: the page says USPS emailed the person (a code on a verification screen, say).
  z.strictObject({ type: z.literal('journey:visit'), kind: z.enum(PAGE_KINDS), emailed: z.optional(z.boolean()) }),
  z.strictObject({ type: z.literal('journey:success-shown') }),
  z.strictObject({ type: z.literal('journey:reset') }),
  // Length is checked again (with the other rules) by the store; this only bounds the message.
  z.strictObject({ type: z.literal('carry:set'), value: z.string().check(z.maxLength(MAX_IDENTIFIER_LENGTH * 2)) }),
  z.strictObject({ type: z.literal('carry:forget') }),
]);

/**
 * The sidebar's settings, read and saved through the background so its bundle carries no zod.
 * The envelope is checked here; the patch itself against the settings schema in `routeSettings`
 * (utils/settings-store.ts), so the answer can name the refused fields.
 */
const SettingsMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('settings:get') }),
  z.strictObject({ type: z.literal('settings:update'), patch: z.unknown() }),
]);

const ContentMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('show-help') }),
  z.strictObject({ type: z.literal('show-help-after-journey') }),
  z.strictObject({ type: z.literal('session'), request: SessionRequestSchema }),
  // The tab's session read without writing anything (peekSession), for the sidebar's first render.
  z.strictObject({ type: z.literal('session-peek') }),
]);

const ExtensionPageMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('session-for-tab'), tabId: TabId, request: SessionRequestSchema }),
  z.strictObject({ type: z.literal('forget-all-carried') }),
  z.strictObject({ type: z.literal('open-help'), tabId: TabId }),
]);

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
  isIncognitoTab(tabId: number): Promise<boolean>;
  handleSession(context: SessionContext, request: SessionRequest): Promise<TabSession>;
  /**
   * The session as `session:get` would answer it, writing nothing: an unreadable session stays
   * for the sidebar's own first request to reset and report (utils/tab-session-store.ts).
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
    const parsed = ContentMessage.safeParse(message);
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
    // Elsewhere a page could have dressed itself up as a sign-in form: nothing it offers is kept.
    const request: SessionRequest =
      parsed.data.request.type === 'carry:set' && !accountHost ? { type: 'session:get' } : parsed.data.request;
    return effects.handleSession(context, request).then((session) => forSender(session, accountHost));
  }
  const parsed = ExtensionPageMessage.safeParse(message);
  if (!parsed.success) return undefined;
  const data = parsed.data;
  switch (data.type) {
    case 'forget-all-carried':
      return effects.forgetAllCarried().then((forgotten) => ({ forgotten }));
    case 'open-help':
      return effects.openHelp(data.tabId).then(() => true);
    case 'session-for-tab':
      return effects
        .isIncognitoTab(data.tabId)
        .then((incognito) => effects.handleSession({ tabId: data.tabId, incognito, now: effects.now() }, data.request));
  }
}

function routeSettings(
  message: z.infer<typeof SettingsMessageSchema>,
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
