import type { PageKind } from '../core/page-kinds';

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

/** Carried identifiers expire after this long (issue: 30 minutes). */
export const CARRY_TTL_MS = 30 * 60 * 1000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A tab session as the background answers it (utils/session/store.ts checks it with zod). The
 * sidebar, popup and options carry no zod, so what arrives there is checked by shape: enough that
 * a stale or half-written value is refused and the part asks again or goes without.
 */
export function isTabSession(value: unknown): value is TabSession {
  if (!isObject(value) || !isObject(value.journey)) return false;
  const { journey, carried } = value;
  const carriedOk =
    carried === null ||
    (isObject(carried) && typeof carried.value === 'string' && typeof carried.capturedAt === 'number');
  return (
    carriedOk &&
    Array.isArray(journey.reached) &&
    (journey.current === null || typeof journey.current === 'string') &&
    typeof journey.successShown === 'boolean' &&
    (value.notice === null || value.notice === 'session-reset')
  );
}
