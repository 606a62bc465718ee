/**
 * How to reach USPS, as data. Source: ../shared/USPS-FACTS.md, Support (A, USA.gov).
 * Phone and chat hours are unknown (USPS-FACTS.md, Unknown): never state them; link to the
 * contact page instead.
 */
export const USPS_SUPPORT = {
  phoneDisplay: '1-800-ASK-USPS (1-800-275-8777)',
  phoneTel: 'tel:+18002758777',
  /** TTY: 7-1-1, your state's relay service. */
  ttyDisplay: '7-1-1',
  ttyTel: 'tel:711',
  contactUrl: 'https://www.usps.com/help/contact-us.htm',
  faqUrl: 'https://faq.usps.com',
  /** "Recovering Your USPS Online Account" (A). */
  recoveryHelpUrl: 'https://reg.usps.com/entreg/AccountRecoveryHelpAction_input',
  /** Phishing reports (A/C). */
  phishingEmail: 'spam@uspis.gov',
  phishingReportUrl: 'https://www.uspis.gov/report',
} as const;

/**
 * USPS account pages people are sent to. Source: USPS-FACTS.md, Pages and URLs (B). The
 * forgot-username page's own URL is not known (only the link on the sign-in page), so there is
 * no entry for it: send people to the sign-in page's "Forgot your username?" link instead.
 */
export const USPS_ACCOUNT_LINKS = {
  signIn: 'https://reg.usps.com/entreg/LoginAction_input',
  forgotPassword: 'https://reg.usps.com/entreg/ForgotPasswordAction_input',
  register: 'https://reg.usps.com/entreg/RegistrationAction_input',
  changePassword: 'https://reg.usps.com/entreg/secure/ChangePasswordAction_input',
  preferences: 'https://reg.usps.com/preferences',
} as const;
