/**
 * The extension's one host permission (wxt.config.ts). Firefox MV3 lets the person withhold it
 * (about:addons), so the popup checks it is still granted (utils/popup/status.ts).
 */
export const USPS_HOST_PERMISSION = 'https://*.usps.com/*';

/**
 * Which pages are genuine USPS pages. Only https and only usps.com or one of its subdomains,
 * matched on the parsed hostname, so lookalikes such as `usps.com-track.top` or
 * `reg.usps.com.evil.test` never count (usps.com and its subdomains, B; lookalikes seen in
 * smishing, third-party reports, C; docs/sources.md).
 */
export function isGenuineUspsUrl(input: string | URL): boolean {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : input;
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  if (url.port && url.port !== '443') return false;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return host === 'usps.com' || host.endsWith('.usps.com');
}
