import { USPS_ACCOUNT_LINKS, USPS_SUPPORT } from '../usps/support';
import type { LookalikeKey } from './strings';

/** One step of "I entered my details on a fake USPS site" (components/fake-site-help/). */
export interface FakeSiteStep {
  id: string;
  heading: LookalikeKey;
  /** Shown above the body: marks a step that is not from USPS. */
  label?: LookalikeKey;
  body: LookalikeKey;
  links: Array<{ href: string; label: LookalikeKey; values?: Record<string, string> }>;
}

/**
 * The steps, each beside its public source (docs/sources.md, "Phishing and lookalike sites").
 * Forwarding texts to 7726 is not among them: no USPS or USPIS source we have says it.
 */
export const FAKE_SITE_STEPS: readonly FakeSiteStep[] = [
  {
    id: 'password',
    heading: 'passwordHeading',
    body: 'passwordBody',
    links: [
      // Change password: reg.usps.com/entreg/secure/ChangePasswordAction_input (USPS markup, B;
      // Apple's password-manager-resources change-password list, C).
      { href: USPS_ACCOUNT_LINKS.changePassword, label: 'passwordLink' },
      // Forgot password: the target of the sign-in page's #forgot-password-link (Sign-in 2018, B).
      { href: USPS_ACCOUNT_LINKS.forgotPassword, label: 'forgotLink' },
    ],
  },
  {
    id: 'report',
    heading: 'reportHeading',
    body: 'reportBody',
    links: [
      // The U.S. Postal Inspection Service's reporting addresses (USPIS, A/C).
      { href: USPS_SUPPORT.phishingReportUrl, label: 'reportLink' },
      {
        href: `mailto:${USPS_SUPPORT.phishingEmail}`,
        label: 'reportEmail',
        values: { email: USPS_SUPPORT.phishingEmail },
      },
    ],
  },
  {
    // "USPS does not text or email links unless you asked for the service with a tracking
    // number" (facts notes, Support, Phishing: USPIS, A/C).
    id: 'never',
    heading: 'neverHeading',
    body: 'neverBody',
    links: [],
  },
  {
    // General advice, not a USPS fact, and labelled so on screen.
    id: 'card',
    heading: 'cardHeading',
    label: 'cardLabel',
    body: 'cardBody',
    links: [],
  },
];
