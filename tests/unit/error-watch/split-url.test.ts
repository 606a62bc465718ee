import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathOf, splitUrl } from '../../../utils/error-watch/split-url';

/** The error watch splits document.URL as a string instead of `new URL`: it must agree with URL. */
/** Serialised web URLs with ports, user info, IPv4 hosts, queries and fragments. */
const webUrls = fc.webUrl({
  validSchemes: ['https', 'http'],
  authoritySettings: { withIPv4: true, withPort: true, withUserInfo: true },
  withQueryParameters: true,
  withFragments: true,
});

describe('splitUrl', () => {
  it.each([
    [
      'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400#top',
      'tools.usps.com',
      '/go/TrackConfirmAction',
      '?tLabels=9400',
    ],
    ['https://www.usps.com/', 'www.usps.com', '/', ''],
    ['https://www.usps.com', 'www.usps.com', '/', ''],
    ['https://www.usps.com/?', 'www.usps.com', '/', ''],
    ['https://WWW.USPS.com:443/Root/x.htm?a=/b#c?d', 'www.usps.com', '/Root/x.htm', '?a=/b'],
    [
      'https://user:pw@reg.usps.com:8443/entreg/error404action_input',
      'reg.usps.com',
      '/entreg/error404action_input',
      '',
    ],
    ['https://www.usps.com#only-fragment', 'www.usps.com', '/', ''],
  ])('%s → %s %s %s', (url, host, path, query) => {
    expect(splitUrl(url)).toEqual({ host, path, query });
  });

  it.each(['', 'not a url', 'data:text/html,hello', '/relative/path', 'about:blank'])('%j → null', (url) => {
    expect(splitUrl(url)).toBeNull();
  });

  it('agrees with URL on any serialised web URL', () => {
    fc.assert(
      fc.property(webUrls, (raw) => {
        const url = new URL(raw);
        expect(splitUrl(url.href)).toEqual({ host: url.hostname, path: url.pathname, query: url.search });
      }),
      { numRuns: 500 },
    );
  });
});

describe('pathOf', () => {
  it.each([
    [
      'https://www.usps.com/root/global/server_responses/error_404.htm?x=1#y',
      '/root/global/server_responses/error_404.htm',
    ],
    ['https://tools.usps.com', '/'],
    ['https://tools.usps.com?q=/a', '/'],
    ['https://tools.usps.com#/a', '/'],
    ['https://user@tools.usps.com:8443/rcas.htm', '/rcas.htm'],
    ['', ''],
    ['not a url', ''],
  ])('%s → %s', (url, path) => {
    expect(pathOf(url)).toBe(path);
  });

  it('agrees with URL.pathname on any serialised web URL', () => {
    fc.assert(
      fc.property(webUrls, (raw) => {
        const url = new URL(raw);
        expect(pathOf(url.href)).toBe(url.pathname);
      }),
      { numRuns: 500 },
    );
  });
});
