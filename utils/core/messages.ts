import * as z from 'zod/mini';
import { MAX_IDENTIFIER_LENGTH } from '../carry-over/identifier';
import { PAGE_KINDS, type Recognition } from './page-kinds';

/**
 * Every runtime message between the extension's parts, declared once. The background checks what
 * it receives with these schemas (utils/background/router.ts); content scripts and extension pages
 * import only the derived types (`import type`), so no zod reaches their bundles. Only the
 * extension can send these (runtime.sendMessage / tabs.sendMessage): a page's postMessage never
 * reaches them, and the router also checks where each one came from.
 */

const TabId = z.number().check(z.int(), z.gte(0));

/** What a part asks of a tab's session (utils/session/store.ts applies it). */
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
export type SessionRequest = z.infer<typeof SessionRequestSchema>;

/**
 * The settings, read and saved through the background by the sidebar (whose bundle carries no
 * zod). The patch itself is checked by the router (utils/background/router.ts) against the
 * settings schema (utils/settings/store.ts), so the answer can name the refused fields.
 */
export const SettingsMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('settings:get') }),
  z.strictObject({ type: z.literal('settings:update'), patch: z.unknown() }),
]);
export type SettingsMessage = z.infer<typeof SettingsMessageSchema>;

/** From a content script in a USPS page; the background keys it by the sender's own tab. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  /** The detector found a page that needs help: inject the sidebar bundle into this frame. */
  z.strictObject({ type: z.literal('show-help') }),
  /**
   * An ordinary page reached from an account page: inject the sidebar only if this tab's recovery
   * journey just ended here (signed in), for the "secure your account" checklist.
   */
  z.strictObject({ type: z.literal('show-help-after-journey') }),
  z.strictObject({ type: z.literal('session'), request: SessionRequestSchema }),
  /** The tab's session read without writing anything, for the sidebar's first render. */
  z.strictObject({ type: z.literal('session-peek') }),
  /**
   * The sidebar's "This help doesn't fit this page" (a trusted click only): the popup's page
   * report, made of the sender's own tab; answered like `make-page-report` from the popup.
   */
  z.strictObject({ type: z.literal('report-this-page') }),
  /**
   * The support card's "I entered my details on a fake USPS site" (a trusted click only): open
   * the guide page in a new tab. A content script cannot link to an extension page without
   * web_accessible_resources, which the extension does not have.
   */
  z.strictObject({ type: z.literal('open-fake-site-help') }),
  /**
   * The sidebar shows USPS's password rules with the live check on: inject the live check
   * (entrypoints/password-check.ts) into this frame, if it is an account host, the option is on and
   * the frame's detector says new-password or sign-up. Carries nothing typed.
   */
  z.strictObject({ type: z.literal('load-password-check') }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/**
 * From the error watch (off the account hosts): the page may need help, so inject the full
 * detector into this frame to recognise it (utils/background/detector-loader.ts).
 */
export const LoadDetectorMessageSchema = z.strictObject({ type: z.literal('load-detector') });
export type LoadDetectorMessage = z.infer<typeof LoadDetectorMessageSchema>;

/** From an extension page (popup, options), which has no tab of its own and names one. */
export const ExtensionPageMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('session-for-tab'), tabId: TabId, request: SessionRequestSchema }),
  /** Options page "Forget what I typed": every tab at once. */
  z.strictObject({ type: z.literal('forget-all-carried') }),
  /** Popup "Open help in this tab": the same path as the keyboard command. */
  z.strictObject({ type: z.literal('open-help'), tabId: TabId }),
  /**
   * Popup "This help doesn't fit this page": build the page report in that tab (USPS tabs only),
   * keep it in storage.session and open the report page (utils/page-report/).
   */
  z.strictObject({ type: z.literal('make-page-report'), tabId: TabId }),
]);
export type ExtensionPageMessage = z.infer<typeof ExtensionPageMessageSchema>;

/** Answer to `make-page-report`: the id the report page reads it by. */
export interface PageReportMade {
  id: string;
}

/** From the background to the sidebar in a tab (keyboard shortcut or popup button). */
export const TabMessageSchema = z.strictObject({ type: z.literal('open-sidebar') });
export type TabMessage = z.infer<typeof TabMessageSchema>;

/** Answer to `forget-all-carried`: how many tabs had something carried. */
export interface ForgetAllResult {
  forgotten: number;
}

/** What the popup reads from the tab's detector (utils/popup/status.ts, `readDetectorStatus`). */
export interface TabStatus {
  recognition: Recognition;
  sidebarShown: boolean;
  /** The page has a form (the popup's "We don't know this USPS page yet"). */
  hasForm: boolean;
}
