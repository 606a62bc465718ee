/**
 * USPS-FACTS.md, Pages: account pages live on reg (and its language hosts) and verified.usps.com.
 * Only these hosts get the full detector from the manifest (wxt.config.ts); every other USPS host
 * can only show an error page, so it gets the tiny error watch (entrypoints/error-watch.ts).
 */
export const ACCOUNT_HOSTS = ['reg.usps.com', 'es-reg.usps.com', 'zh-reg.usps.com', 'verified.usps.com'];

export function isAccountHost(hostname: string): boolean {
  return ACCOUNT_HOSTS.includes(hostname.toLowerCase());
}

/** Opened from an account page (e.g. the redirect after signing in): a recovery journey may end here. */
export function cameFromAccountHost(referrer: string): boolean {
  try {
    return !!referrer && isAccountHost(new URL(referrer).hostname);
  } catch {
    return false;
  }
}
