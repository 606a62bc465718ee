/** The parts of a URL the error rules read, as `URL` would give them (hostname, pathname, search). */
export interface UrlParts {
  host: string;
  path: string;
  query: string;
}

// scheme://authority path ?query #fragment, as a browser serialises document.URL or a referrer.
const SERIALISED_URL = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)([^?#]*)(\?[^#]*)?/i;

/**
 * Splits a serialised absolute URL (document.URL, document.referrer) with string operations
 * only. The error watch runs on every USPS page in a fresh isolated world, where the first
 * `new URL` or `location` costs measurable script time; this costs none of that. Null for
 * anything that is not `scheme://…` (an empty referrer, a data: URL).
 */
export function splitUrl(url: string): UrlParts | null {
  const match = SERIALISED_URL.exec(url);
  if (!match) return null;
  const authority = match[1] ?? '';
  // Drop user info and port: hostname only, lower case like URL's.
  const host = authority
    .slice(authority.lastIndexOf('@') + 1)
    .replace(/:\d*$/, '')
    .toLowerCase();
  const query = match[3] ?? '';
  return { host, path: match[2] || '/', query: query === '?' ? '' : query };
}

/**
 * The path of a serialised absolute URL, as `URL.pathname` gives it ("/" when there is none),
 * with index and slice only: the error watch reads it on every USPS page and compiles no
 * regular expression for it. "" for anything that is not `scheme://…`.
 */
export function pathOf(url: string): string {
  const scheme = url.indexOf('://');
  if (scheme <= 0) return '';
  const authorityStart = scheme + 3;
  let end = url.length;
  for (const marker of ['?', '#']) {
    const at = url.indexOf(marker, authorityStart);
    if (at >= 0 && at < end) end = at;
  }
  const pathStart = url.indexOf('/', authorityStart);
  return pathStart < 0 || pathStart >= end ? '/' : url.slice(pathStart, end);
}
