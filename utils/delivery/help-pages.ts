import { ACCOUNT_HOSTS } from '../core/account-hosts';
import { matchesPattern } from './match-pattern';

/**
 * Pages where help is shown on nearly every visit (USPS markup, reg.usps.com sign-in page, 2018,
 * and its sign-in and registration forms, 2022, B; docs/sources.md, "Pages and URLs"): on the
 * account hosts the three sign-in generations, forgot password, forgot username, password change,
 * registration, verified.usps.com's single-page app (whose screens share one URL, at /am/XUI/ or
 * at the 2026 header's /login) and the account host's own error page; off them, USPS's error
 * pages at their fixed addresses (USPS's Google Tag Manager container, B). The manifest declares
 * the sidebar bundle on these URLs together with the detector (wxt.config.ts), so help paints
 * without a round trip through the background. Everywhere else the detector still asks the background to inject the bundle when a page needs
 * help (and off the account hosts the error watch first asks for the detector), so a URL missing
 * here costs speed, never help.
 *
 * Match patterns (https, exact host, `*` in the path): Chrome and Firefox match the path and
 * query against them, case-sensitively, so the spellings are USPS's own.
 *
 * The reg hosts are the account hosts but verified.usps.com (one list, so a new language host is
 * not missed here): its single-page app has a pattern of its own below, none of reg's paths.
 */
const REG_HOSTS = ACCOUNT_HOSTS.filter((host) => host !== 'verified.usps.com');
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
  '/entreg/error404action_input*', // reg.usps.com's "page not found", spelled as USPS's analytics have it (B)
];

/**
 * USPS's error pages off the account hosts, at the addresses USPS's own Google Tag Manager
 * container names (B; docs/sources.md, "Error pages"): the 404 page shares the outage page's
 * hosts and folder. The manifest declares the detector here as on the account hosts, and no
 * error watch. Akamai's block and the stuck-service page have no address of their own (or
 * another state at it: tools.usps.com/rcas.htm), so the error watch still finds those.
 */
const ERROR_PAGE_HOSTS = ['www.usps.com', 'es.usps.com', 'zh.usps.com'];
export const ERROR_PAGE_MATCHES: readonly string[] = [
  ...ERROR_PAGE_HOSTS.flatMap((host) => [
    `https://${host}/root/global/server_responses/anyapp_outage_apology.htm*`,
    `https://${host}/root/global/server_responses/error_404.htm*`,
  ]),
  'https://moversguide.usps.com/mgo/error/fatal-error*',
];

export const HELP_PAGE_MATCHES: readonly string[] = [
  ...REG_HOSTS.flatMap((host) => REG_PATHS.map((path) => `https://${host}${path}`)),
  'https://verified.usps.com/am/XUI/*',
  // Since January 2026 www.usps.com's header "Register / Sign In" opens /login?goto=<page> here
  // (USPS markup, www.usps.com ge-login.js, 2026, B); its screens are recognised by content.
  'https://verified.usps.com/login*',
  ...ERROR_PAGE_MATCHES,
];

/** Whether the manifest declares the sidebar bundle on this URL. */
export function matchesHelpPage(href: string, patterns: readonly string[] = HELP_PAGE_MATCHES): boolean {
  return patterns.some((pattern) => matchesPattern(href, pattern));
}
