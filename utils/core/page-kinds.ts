/**
 * The fixed vocabulary of situations the extension recognises. Every other part of the product
 * (rules, guides, fixtures, journey, e2e steps) is keyed by these names, so they never change
 * casually: add a kind here first, then its rule, guide, fixtures and journey step.
 */
export const PAGE_KINDS = [
  'sign-in',
  'sign-in-failed',
  'verify-identity',
  'forgot-password',
  'forgot-username',
  'check-email',
  'new-password',
  'account-locked',
  'sign-up',
  'error',
  'other',
] as const;

export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * The kinds that only USPS's account hosts serve (sign-in and recovery forms): their rules pass
 * only there (utils/recognition/page-rules.ts). Errors can appear on any USPS host.
 */
export const ACCOUNT_KINDS: ReadonlySet<PageKind> = new Set(
  PAGE_KINDS.filter((kind) => kind !== 'error' && kind !== 'other'),
);

/** Why an `error` page is an error. Only `error` pages carry a reason. */
export const ERROR_REASONS = ['outage', 'not-found', 'access-denied', 'unavailable'] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/** What the recogniser says about one page. */
export interface Recognition {
  kind: PageKind;
  /** Only for kind `error`. */
  reason?: ErrorReason;
  /** Ids of the signals that decided the kind, for maintainers and the `classify` command. */
  signals: string[];
  /** Akamai "Reference #…" on access-denied pages, so the person can quote it to support. */
  reference?: string;
}

/** Kinds where something went wrong: they open the sidebar even if the person collapsed it. */
export const PROBLEM_KINDS: ReadonlySet<PageKind> = new Set([
  'sign-in-failed',
  'verify-identity',
  'forgot-password',
  'forgot-username',
  'check-email',
  'new-password',
  'account-locked',
  'error',
]);

export function needsHelp(recognition: Pick<Recognition, 'kind'>): boolean {
  return recognition.kind !== 'other';
}
