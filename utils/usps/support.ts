/**
 * How to reach USPS, as data. Source: USA.gov's entry for the U.S. Postal Service,
 * https://www.usa.gov/agencies/u-s-postal-service (A), matching USPS's contact page,
 * https://www.usps.com/help/contact-us.htm (B, a 2026 copy); docs/sources.md, "Support".
 * Phone and chat hours are unknown (no official source states them): never state them; link to
 * the contact page instead.
 */
export const USPS_SUPPORT = {
  phoneDisplay: '1-800-ASK-USPS (1-800-275-8777)',
  phoneTel: 'tel:+18002758777',
  /** TTY: 7-1-1, your state's relay service. */
  ttyDisplay: '7-1-1',
  ttyTel: 'tel:711',
  contactUrl: 'https://www.usps.com/help/contact-us.htm',
  faqUrl: 'https://faq.usps.com',
  /** "Recovering Your USPS Online Account", a USPS page (A). */
  recoveryHelpUrl: 'https://reg.usps.com/entreg/AccountRecoveryHelpAction_input',
  /** Phishing reports: the U.S. Postal Inspection Service's reporting addresses (A/C). */
  phishingEmail: 'spam@uspis.gov',
  phishingReportUrl: 'https://www.uspis.gov/report',
} as const;

/**
 * USPS account pages people are sent to. Sources (docs/sources.md, "Pages and URLs"): USPS markup,
 * reg.usps.com sign-in page, 2018 (B: sign-in, and forgot password as the target of
 * `#forgot-password-link`); its sign-in and registration forms, 2022 (B: sign-in, registration);
 * USPS markup (B: change password, preferences). The forgot-username page's own URL is not known
 * (only the link on the sign-in page), so there is no entry for it: send people to the sign-in
 * page's "Forgot your username?" link instead.
 */
export const USPS_ACCOUNT_LINKS = {
  signIn: 'https://reg.usps.com/entreg/LoginAction_input',
  forgotPassword: 'https://reg.usps.com/entreg/ForgotPasswordAction_input',
  register: 'https://reg.usps.com/entreg/RegistrationAction_input',
  changePassword: 'https://reg.usps.com/entreg/secure/ChangePasswordAction_input',
  preferences: 'https://reg.usps.com/preferences',
} as const;
