/**
 * Where the evidence for each rule in page-rules.ts comes from (USPS-FACTS.md section and
 * confidence: A = official USPS page, B = real USPS markup, C = third-party report). Kept apart
 * from the rules so the always-on detector does not ship these sentences; a test checks that
 * every rule has one.
 */
export const RULE_SOURCES: Readonly<Record<string, string>> = {
  'error-access-denied': 'USPS-FACTS.md, Pages: edge block (C) — Akamai "Access Denied" page, any host',
  'error-outage': 'USPS-FACTS.md, Pages: errors — anyapp_outage_apology.htm, "experiencing difficulties" (B)',
  'error-not-found': 'USPS-FACTS.md, Pages: errors — error_404.htm, reg error404action_input (B); wording assumed',
  'error-unavailable':
    'USPS-FACTS.md, Pages: stuck service (C) tools.usps.com/rcas.htm; errors: moversguide fatal-error (B)',
  'account-locked':
    'USPS-FACTS.md, Policies: locked / disabled / temporarily disabled, unlock after 24 hours (A); wording Unknown',
  'sign-up': 'USPS-FACTS.md, Pages: registration RegistrationAction_input, /register, /portal/register, es-reg (B)',
  'new-password': 'USPS-FACTS.md, Pages: password expired (#tPasswordNew, #tPasswordRetype), change password (B)',
  'sign-in-failed':
    'USPS-FACTS.md, Pages: sign-in #response-msg, #error-*, verified "try again?" prompt (B); wording Unknown',
  'verify-identity':
    'USPS-FACTS.md, Pages: verification (MFA) screens on verified.usps.com (B); Policies: MFA, Verify Your Email (A)',
  'check-email':
    'USPS-FACTS.md, Policies: forgot username — USPS emails the username (A); Emails USPS sends; wording Unknown',
  'forgot-password':
    'USPS-FACTS.md, Pages: forgot password ForgotPasswordAction_input, /forgotpassword, asks for the username (B); FAQ 000006225 (A)',
  'forgot-username':
    'USPS-FACTS.md, Pages: forgot username — enter your email, USPS emails the username (A, FAQ); URL Unknown',
  'sign-in': 'USPS-FACTS.md, Pages: sign-in classic/portal and verified.usps.com (B)',
};
