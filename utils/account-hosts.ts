import { splitUrl } from './split-url';

/**
 * USPS-FACTS.md, Pages: account pages live on reg (and its language hosts) and verified.usps.com.
 * Only these hosts get the full detector from the manifest (wxt.config.ts); every other USPS host
 * can only show an error page, so it gets the tiny error watch (entrypoints/error-watch.ts).
 */
export const ACCOUNT_HOSTS = ['reg.usps.com', 'es-reg.usps.com', 'zh-reg.usps.com', 'verified.usps.com'];

export function isAccountHost(hostname: string): boolean {
  return ACCOUNT_HOSTS.includes(hostname.toLowerCase());
}

/**
 * Opened from an account page (e.g. the redirect after signing in): a recovery journey may end
 * here. Split as a string: the error watch asks this on every page and avoids `new URL` (split-url.ts).
 */
export function cameFromAccountHost(referrer: string): boolean {
  const host = splitUrl(referrer)?.host;
  return host !== undefined && isAccountHost(host);
}
