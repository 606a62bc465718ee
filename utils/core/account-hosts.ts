import { isGenuineUspsUrl } from './usps-hosts';

/**
 * Account pages live on reg (and its language hosts) and verified.usps.com (USPS markup, B;
 * docs/sources.md, "What the code relies on").
 * Only these hosts get the full detector from the manifest (wxt.config.ts); every other USPS host
 * can only show an error page, so it gets the tiny error watch (entrypoints/error-watch.ts).
 */
export const ACCOUNT_HOSTS = ['reg.usps.com', 'es-reg.usps.com', 'zh-reg.usps.com', 'verified.usps.com'];

export function isAccountHost(hostname: string): boolean {
  return ACCOUNT_HOSTS.includes(hostname.toLowerCase().replace(/\.$/, ''));
}

/**
 * A genuine https page on an account host. What the person typed is captured, filled in and
 * handed out only on these: any other USPS subdomain may run script nobody at USPS's sign-in
 * wrote (an XSS, a third-party service, a taken-over host).
 */
export function isAccountUrl(input: string | URL): boolean {
  if (!isGenuineUspsUrl(input)) return false;
  return isAccountHost(new URL(input).hostname);
}

/**
 * Opened from an account page (e.g. the redirect after signing in): a recovery journey may end
 * here. Compared as a string prefix (a serialised referrer has a lower-case host and a path):
 * the error watch asks this on every page and compiles no regular expression for it. Account
 * pages are https only, like every page the extension trusts.
 */
export function cameFromAccountHost(referrer: string): boolean {
  return ACCOUNT_HOSTS.some((host) => referrer.startsWith(`https://${host}/`));
}
