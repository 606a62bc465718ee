import type { PageKind } from './page-kinds';

/**
 * Per-tab state kept by the background in storage.session (memory only, gone when the browser
 * closes), keyed by tab id. CONTRACT between background, sidebar, popup and options.
 * Content scripts never touch storage.session themselves: they ask the background, which knows
 * the sender's tab id and whether the window is private.
 */

/** The recovery journey, in order. */
export const JOURNEY_STEPS = ['sign-in', 'forgot', 'check-email', 'new-password', 'signed-in'] as const;
export type JourneyStep = (typeof JOURNEY_STEPS)[number];

export interface JourneyState {
  /** Steps reached so far, in order of first visit. */
  reached: JourneyStep[];
  current: JourneyStep | null;
  /** Which forgot route the person took, for the guide wording. */
  route: 'password' | 'username' | null;
  startedAt: number;
  /** True once the "secure your account" checklist has been shown or dismissed for this journey. */
  successShown: boolean;
  /** When USPS last said it emailed the person (for the follow-up), ms since epoch. */
  emailedAt: number | null;
  /** The page kind that said so, while the person has not moved on to another journey step. */
  emailedOn: PageKind | null;
  /** The kind of the latest page visited (any kind): tells a plain sign-in from a failed one. */
  lastKind: PageKind | null;
}

export interface CarriedIdentifier {
  /** Exactly what was typed (case kept). Never a password. */
  value: string;
  capturedAt: number;
}

export interface TabSession {
  journey: JourneyState;
  carried: CarriedIdentifier | null;
  /** Set when stored session data was unreadable and was reset to defaults. */
  notice: 'session-reset' | null;
}

/** Requests content scripts and extension pages send to the background. */
export type SessionRequest =
  | { type: 'session:get' }
  /** `emailed`: the page says USPS emailed the person (see `uspsHasEmailed`). */
  | { type: 'journey:visit'; kind: PageKind; emailed?: boolean }
  | { type: 'journey:success-shown' }
  | { type: 'journey:reset' }
  | { type: 'carry:set'; value: string }
  | { type: 'carry:forget' };

/** Carried identifiers expire after this long (issue: 30 minutes). */
export const CARRY_TTL_MS = 30 * 60 * 1000;

/**
 * Envelopes the background accepts (checked with zod/mini in utils/background-router.ts).
 * Content scripts send `session` (keyed by their own tab); extension pages name the tab.
 */
export type SessionMessage =
  | { type: 'session'; request: SessionRequest }
  /** From a content script: its tab's session, read without writing (the sidebar's first render). */
  | { type: 'session-peek' }
  | { type: 'session-for-tab'; tabId: number; request: SessionRequest }
  /** Options page "Forget what I typed": every tab at once. */
  | { type: 'forget-all-carried' };

/** Answer to `forget-all-carried`: how many tabs had something carried. */
export interface ForgetAllResult {
  forgotten: number;
}

/** Popup "Open help in this tab": same path as the keyboard command. */
export interface OpenHelpMessage {
  type: 'open-help';
  tabId: number;
}
