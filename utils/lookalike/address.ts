import { getDomain, parse } from 'tldts';
import { hostToUnicode } from './punycode';

/**
 * "Is this really USPS?", decided from a tab's address alone (never its content), by pure
 * functions so every answer is unit-tested (tests/unit/lookalike/).
 *
 * USPS's own domains: usps.com and its subdomains, usps.gov, uspis.gov (USPS markup, B; facts
 * notes, Support, "Official domains"; docs/sources.md). Lookalikes seen in smishing:
 * `usps.com-<random>.top`, `usps-post.world`, `uspspost.me`, `usps.informedtrck.com` (third-party
 * reports, C), and real phishing copies on other hosts (../shared/real-pages/kit-*.html, B).
 */
export const USPS_DOMAINS = ['usps.com', 'usps.gov', 'uspis.gov'] as const;

/** Why an address imitates USPS: each one is explained to the person in the popup. */
export const LOOKALIKE_SIGNS = [
  /** `https://usps.com@evil.test`: the part before @ is a user name the browser does not visit. */
  'userinfo',
  /** Starts with usps.com but goes on (`usps.com-track.top`, `usps.com.evil.test`). */
  'usps-com-start',
  /** "usps" or "uspis" in a name that is not USPS's domain (`usps-post.world`, `uspspost.me`). */
  'usps-name',
  /** Letters from another alphabet (or with marks) that, as shown, spell "usps". */
  'lookalike-letters',
  /** http:// where USPS, or an imitation of it, would be. */
  'not-https',
  /** A USPS host with a port after it, which USPS's addresses never have. */
  'unusual-port',
] as const;
export type LookalikeSign = (typeof LOOKALIKE_SIGNS)[number];

export type AddressCheck =
  /** Not a web address (a browser page, a file…): nothing to check. */
  | { verdict: 'not-web' }
  /** A genuine https address of USPS's own domains. */
  | { verdict: 'usps'; host: string; domain: string }
  /** An ordinary site that does not pretend to be USPS. */
  | { verdict: 'not-usps'; host: string; domain: string }
  | {
      verdict: 'lookalike';
      /** The host as the browser gives it (ASCII, `xn--` for other alphabets). */
      host: string;
      /** The host as the person was shown it, where it differs from `host`. */
      shownHost: string | null;
      /** The registrable domain under the Public Suffix List: who really runs the site. */
      domain: string;
      /** What the address really ends in (`top` for usps.com-track.top). */
      suffix: string;
      /** The user name of a `user@host` address. */
      userinfo: string | null;
      port: string | null;
      signs: LookalikeSign[];
    };

/** Letters that look like Latin ones in a browser's address bar (Cyrillic, Greek, Armenian). */
const CONFUSABLES: Record<string, string> = {
  а: 'a', // Cyrillic
  с: 'c',
  ԁ: 'd',
  е: 'e',
  һ: 'h',
  і: 'i',
  ј: 'j',
  ӏ: 'l',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  ս: 'u', // Armenian
  υ: 'u', // Greek
  ц: 'u',
  у: 'y',
  х: 'x',
  ԝ: 'w',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ϲ: 'c',
  ν: 'v',
  օ: 'o',
  ᴜ: 'u', // Latin small capitals
  ꜱ: 's',
  ᴘ: 'p',
};

/** The Latin letters a host's Unicode form looks like: marks dropped, look-alike letters swapped. */
export function latinSkeleton(unicodeHost: string): string {
  return [...unicodeHost.normalize('NFD').replace(/\p{M}/gu, '')].map((char) => CONFUSABLES[char] ?? char).join('');
}

const MENTIONS_USPS = /usps|uspis/;

function isUspsDomain(host: string): boolean {
  return USPS_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The registrable domain under the Public Suffix List (private suffixes included), or the host. */
export function registrableDomain(host: string): string {
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

function readable(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function checkAddress(address: string): AddressCheck {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { verdict: 'not-web' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { verdict: 'not-web' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  // Private suffixes count (blogspot.com, github.io…): whoever holds `x.github.io` runs that site.
  const parsed = parse(host, { allowPrivateDomains: true });
  const domain = parsed.domain ?? host;
  const unicodeHost = hostToUnicode(host);
  const own = isUspsDomain(host);

  const signs: LookalikeSign[] = [];
  if (url.username || url.password) signs.push('userinfo');
  if (!own && /(^|\.)usps\.com[.-]/.test(host)) signs.push('usps-com-start');
  else if (!own && MENTIONS_USPS.test(host)) signs.push('usps-name');
  if (!own && unicodeHost !== host && MENTIONS_USPS.test(latinSkeleton(unicodeHost))) signs.push('lookalike-letters');
  const imitates = own || signs.length > 0;
  if (imitates && url.protocol === 'http:') signs.push('not-https');
  if (own && url.port !== '') signs.push('unusual-port');

  if (signs.length === 0) return own ? { verdict: 'usps', host, domain } : { verdict: 'not-usps', host, domain };
  return {
    verdict: 'lookalike',
    host,
    shownHost: unicodeHost === host ? null : unicodeHost,
    domain,
    suffix: parsed.publicSuffix ?? '',
    userinfo: url.username ? readable(url.username) : null,
    port: url.port || null,
    signs,
  };
}
