import { matchesPattern } from './match-pattern';

/**
 * Account pages where help is shown on nearly every visit (USPS-FACTS.md, "Pages and URLs":
 * the three sign-in generations, forgot password, forgot username, password change,
 * registration, and verified.usps.com's single-page app, whose screens all share one URL). The
 * manifest declares the sidebar bundle on these URLs together with the detector (wxt.config.ts),
 * so help paints without a round trip through the background. Everywhere else the detector
 * still asks the background to inject the bundle when a page needs help, so a URL missing here
 * costs speed, never help.
 *
 * Match patterns (https, exact host, `*` in the path): Chrome and Firefox match the path and
 * query against them, case-sensitively, so the spellings are USPS's own.
 */
const REG_HOSTS = ['reg.usps.com', 'es-reg.usps.com', 'zh-reg.usps.com'];
const REG_PATHS = [
  '/entreg/LoginAction*', // classic sign-in, failed sign-in, expired password (same action)
  '/entreg/LoginBCGAction*', // Business Customer Gateway sign-in
  '/login*',
  '/portal/login*',
  '/entreg/ForgotPasswordAction*',
  '/forgotpassword*',
  '/entreg/ForgotUsernameAction*',
  '/entreg/secure/ChangePasswordAction*',
  '/entreg/RegistrationAction*',
  '/register*',
  '/portal/register*',
];

export const HELP_PAGE_MATCHES: readonly string[] = [
  ...REG_HOSTS.flatMap((host) => REG_PATHS.map((path) => `https://${host}${path}`)),
  'https://verified.usps.com/am/XUI/*',
];

/** Whether the manifest declares the sidebar bundle on this URL. */
export function matchesHelpPage(href: string, patterns: readonly string[] = HELP_PAGE_MATCHES): boolean {
  return patterns.some((pattern) => matchesPattern(href, pattern));
}
