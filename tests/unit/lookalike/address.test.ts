import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isGenuineUspsUrl } from '@/utils/core/usps-hosts';
import { checkAddress, LOOKALIKE_SIGNS, latinSkeleton, registrableDomain } from '@/utils/lookalike/address';
import { decodePunycode, hostToUnicode } from '@/utils/lookalike/punycode';
import { loadDecoys } from '../../fixtures/decoys/load';
import { loadFixturePool } from '../../fixtures/pool';
import { loadRealPages, REAL_PAGES_MISSING } from '../../fixtures/real-pages';

/**
 * Lookalikes in the shapes seen in smishing (facts notes, Support: `usps.com-<random>.top`,
 * `usps-post.world`, `uspspost.me`, `usps.informedtrck.com`, third-party reports, C), on the
 * hosts of the real phishing copies (../shared/real-pages/pages.json, `lookalike: true`) and of
 * our own decoys, plus the address tricks the popup explains. No brand but USPS.
 */
const LOOKALIKES: Array<[string, string, string[]]> = [
  ['https://usps.com-trackwpy.top/i', 'com-trackwpy.top', ['usps-com-start']],
  ['https://usps.com-track.top/entreg/ForgotPasswordAction_input', 'com-track.top', ['usps-com-start']],
  ['https://usps-post.world/', 'usps-post.world', ['usps-name']],
  ['https://uspspost.me/track', 'uspspost.me', ['usps-name']],
  ['https://usps.informedtrck.com/', 'informedtrck.com', ['usps-name']],
  ['https://usps-redelivery.example/track', 'usps-redelivery.example', ['usps-name']],
  ['https://usps.com.packagesteis.example/address', 'packagesteis.example', ['usps-com-start']],
  ['https://reg.usps.com.evil.test/entreg/ForgotPasswordAction_input', 'evil.test', ['usps-com-start']],
  ['https://www.uspis.gov.evil.test/report', 'evil.test', ['usps-name']],
  ['https://usps.com@evil.test/login', 'evil.test', ['userinfo']],
  ['https://reg.usps.com:secret@evil.test/', 'evil.test', ['userinfo']],
  ['http://usps.com@evil.test/login', 'evil.test', ['userinfo', 'not-https']],
  ['http://reg.usps.com/entreg/LoginAction_input', 'usps.com', ['not-https']],
  ['http://usps.com-track.top/', 'com-track.top', ['usps-com-start', 'not-https']],
  ['https://reg.usps.com:8443/login', 'usps.com', ['unusual-port']],
  // Cyrillic ѕ and р, Greek υ, a dotted ụ, a small-capital ᴜ: each spells "usps" as shown.
  ['https://uѕрѕ.com/', 'xn--u-5tb6db.com', ['lookalike-letters']],
  ['https://usрs.com/', 'xn--uss-1ed.com', ['lookalike-letters']],
  ['https://υsps.com/', 'xn--sps-xzc.com', ['lookalike-letters']],
  ['https://ụsps.com/', 'xn--sps-joz.com', ['lookalike-letters']],
  ['https://ᴜsps.com/', 'xn--sps-b6x.com', ['lookalike-letters']],
  ['https://xn--ups-tracking-ook.com/', 'xn--ups-tracking-ook.com', ['lookalike-letters']],
  // A Cyrillic "с" in "com": USPS's own name, on a domain that is not usps.com.
  ['https://usps.сom/', 'usps.xn--om-nmc', ['usps-name', 'lookalike-letters']],
  // Private suffixes count: whoever holds the github.io name runs the site.
  ['https://usps-tracking.github.io/', 'usps-tracking.github.io', ['usps-name']],
];

const GENUINE = [
  'https://reg.usps.com/entreg/LoginAction_input?app=Phoenix&appURL=https://www.usps.com/',
  'https://www.usps.com/',
  'https://usps.com/',
  'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899561664217817',
  'https://verified.usps.com/am/XUI/?realm=/alpha&goto=https://www.usps.com/',
  'https://es-reg.usps.com/register',
  'https://reg.usps.com:443/login',
  'https://REG.USPS.COM./login',
  'https://www.uspis.gov/report',
  'https://about.usps.gov/',
];

/** Ordinary sites: a calm "not a USPS site", even with USPS in the path or a search query. */
const ORDINARY: Array<[string, string]> = [
  ['https://example.com/', 'example.com'],
  ['https://example.org/', 'example.org'],
  ['https://duckduckgo.com/?q=usps+tracking', 'duckduckgo.com'],
  ['https://www.bing.com/search?q=usps.com+sign+in', 'bing.com'],
  ['https://evil.test/usps.com/login', 'evil.test'],
  ['http://example.com/', 'example.com'],
  ['https://news.bbc.co.uk/', 'bbc.co.uk'],
  ['https://bücher.example/', 'xn--bcher-kva.example'],
  ['https://192.0.2.1/', '192.0.2.1'],
];

describe('checkAddress', () => {
  it.each(LOOKALIKES)('%s imitates USPS; the site is really %s', (address, domain, signs) => {
    const check = checkAddress(address);
    expect(check).toMatchObject({ verdict: 'lookalike', domain, signs });
    expect(isGenuineUspsUrl(address)).toBe(false);
  });

  it.each(GENUINE)('%s is USPS', (address) => {
    const check = checkAddress(address);
    expect(check.verdict).toBe('usps');
  });

  it.each(ORDINARY)('%s is an ordinary site on %s, not an imitation', (address, domain) => {
    expect(checkAddress(address)).toEqual({ verdict: 'not-usps', host: expect.any(String), domain });
  });

  it.each([
    'about:blank',
    'chrome://newtab/',
    'moz-extension://3f0c2b9e-5d4a-4c47-9a55-7d1e1c2a9b10/popup.html',
    'file:///home/me/usps.html',
    'data:text/html,usps.com',
    '',
    'not an address',
  ])('%j is not a web address', (address) => {
    expect(checkAddress(address)).toEqual({ verdict: 'not-web' });
  });

  it('gives what the popup explains: the suffix the address really ends in, the user name, the Unicode form', () => {
    expect(checkAddress('https://usps.com-trackwpy.top/i')).toMatchObject({ suffix: 'top', shownHost: null });
    expect(checkAddress('https://usps.com%40track@evil.test/')).toMatchObject({ userinfo: 'usps.com@track' });
    expect(checkAddress('https://uѕрѕ.com/')).toMatchObject({ host: 'xn--u-5tb6db.com', shownHost: 'uѕрѕ.com' });
    expect(checkAddress('https://reg.usps.com:8443/')).toMatchObject({ port: '8443' });
  });

  it('names every sign it can give in some case above', () => {
    const given = new Set(LOOKALIKES.flatMap(([, , signs]) => signs));
    expect([...given].sort()).toEqual([...LOOKALIKE_SIGNS].sort());
  });

  it('agrees with the extension’s own USPS check on usps.com: https, no user name, no port', () => {
    for (const address of [...GENUINE, ...LOOKALIKES.map(([a]) => a), ...ORDINARY.map(([a]) => a)]) {
      const onUspsCom = /(^|\.)usps\.com$/.test(new URL(address).hostname.replace(/\.$/, '').toLowerCase());
      if (onUspsCom) expect(checkAddress(address).verdict === 'usps', address).toBe(isGenuineUspsUrl(address));
    }
  });
});

describe('the fixture pool, the decoys and the real pages', () => {
  it('calls every genuine USPS fixture address USPS, and the pool’s lookalike copies lookalikes', () => {
    const pool = loadFixturePool();
    const lookalikes = pool.filter((fixture) => !isGenuineUspsUrl(fixture.url)).map((fixture) => fixture.url);
    // The phishing copy on usps.com-track.top and the sign-in page over plain http (other/fixtures.json).
    expect(lookalikes).toHaveLength(2);
    for (const fixture of pool) {
      expect(checkAddress(fixture.url).verdict, fixture.url).toBe(
        lookalikes.includes(fixture.url) ? 'lookalike' : 'usps',
      );
    }
  });

  it('calls every decoy address off genuine USPS a lookalike (plain http, lookalike hosts)', () => {
    const offUsps = loadDecoys().filter((decoy) => !isGenuineUspsUrl(decoy.url));
    expect(offUsps.map((decoy) => decoy.url)).toEqual(
      expect.arrayContaining(['https://usps.com-track.top/entreg/ForgotPasswordAction_input']),
    );
    for (const decoy of offUsps) expect(checkAddress(decoy.url).verdict, decoy.url).toBe('lookalike');
  });

  it.skipIf(REAL_PAGES_MISSING !== null)(
    'calls every lookalike entry of pages.json a lookalike, and the rest USPS',
    () => {
      const pages = loadRealPages();
      expect(pages.filter((page) => page.lookalike).length).toBeGreaterThan(0);
      for (const page of pages) {
        expect(checkAddress(page.url).verdict, page.label).toBe(page.lookalike ? 'lookalike' : 'usps');
      }
    },
  );
});

describe('registrableDomain (Public Suffix List, private suffixes included)', () => {
  it.each([
    ['usps.com-trackwpy.top', 'com-trackwpy.top'],
    ['reg.usps.com', 'usps.com'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['usps-tracking.github.io', 'usps-tracking.github.io'],
    ['localhost', 'localhost'],
  ])('%s → %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });
});

describe('punycode', () => {
  it.each([
    'xn--u-5tb6db.com',
    'xn--uss-1ed.com',
    'xn--sps-joz.com',
    'xn--bcher-kva.example',
    'xn--ups-tracking-ook.com',
    'xn--fsqu00a.xn--0zwm56d',
    'usps.xn--om-nmc',
  ])('decodes %s as the platform does', (host) => {
    expect(hostToUnicode(host)).toBe(domainToUnicode(host));
  });

  it('leaves labels that are not valid punycode as they were', () => {
    expect(decodePunycode('!!')).toBeNull();
    expect(hostToUnicode('xn--!!.com')).toBe('xn--!!.com');
  });

  it('reads look-alike letters as the Latin ones they look like', () => {
    expect(latinSkeleton('uѕрѕ.сom')).toBe('usps.com');
    expect(latinSkeleton('ụśpš.com')).toBe('usps.com');
  });
});
