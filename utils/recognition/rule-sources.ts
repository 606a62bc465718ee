/**
 * Where the evidence for each rule in page-rules.ts comes from: the public source and its
 * confidence (A = official USPS page, B = real USPS markup, C = third-party report), as listed
 * in docs/sources.md. Kept apart from the rules so the always-on detector does not ship these
 * sentences; a test checks that every rule has one.
 */
export const RULE_SOURCES: Readonly<Record<string, string>> = {
  'error-access-denied':
    'Akamai "Access Denied" block pages recorded in public repositories (B); served by USPS\'s edge per third-party reports (C) — any host',
  'error-outage':
    'USPS\'s Google Tag Manager container, anyapp_outage_apology.htm (B); "experiencing difficulties", USPS markup (B)',
  'error-not-found':
    "USPS's Google Tag Manager container, error_404.htm and reg.usps.com error404action_input (B); wording assumed",
  'error-unavailable':
    "third-party reports of tools.usps.com/rcas.htm (C); USPS's Google Tag Manager container, moversguide fatal-error (B)",
  'account-locked':
    'reg.usps.com "Recovering Your USPS Online Account" (A: unlock after 24 hours); faq.usps.com article 000006225 (A: disabled / temporarily disabled); wording unknown',
  'sign-up':
    'USPS markup, reg.usps.com registration form, 2022 (B): RegistrationAction_input, /register, /portal/register, es-reg; form#frm1 posting to /entreg/RegistrationAction, #tuserName, #temail, #temailRetype, #tsecAnswer1, h3 "Step 1: …" to "Step 5"; 2018 RegistrationPortalAction_input, a public web page (C)',
  'new-password':
    'USPS markup, reg.usps.com sign-in page, 2018 (B): password expired (#tPasswordNew, #tPasswordRetype), change password',
  'sign-in-failed':
    'USPS markup, reg.usps.com sign-in page, 2018 and 2022 (B): #response-msg, #error-*; verified.usps.com "try again?" prompt, public sign-in code (B); wording unknown',
  'verify-identity':
    'verified.usps.com screens as recorded by public sign-in code (B); faq.usps.com "Multifactor Authentication (MFA)": MFA, Verify Your Email (A)',
  'check-email': 'faq.usps.com article 000006225 (A): USPS emails the username; wording unknown',
  'forgot-password':
    'USPS markup, reg.usps.com sign-in page, 2018 (B): ForgotPasswordAction_input; USPS markup (B): /forgotpassword, asks for the username; faq.usps.com article 000006225 (A)',
  'forgot-username': 'faq.usps.com article 000006225 (A): enter your email, USPS emails the username; URL unknown',
  'sign-in':
    'USPS markup, reg.usps.com sign-in page, 2018 and 2022 (B); verified.usps.com screens as recorded by public sign-in code (B)',
};
