import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ACCOUNT_HOSTS, isAccountHost } from '../../../utils/core/account-hosts';
import { isGenuineUspsUrl } from '../../../utils/core/usps-hosts';
import { ERROR_PAGE_MATCHES, HELP_PAGE_MATCHES, matchesHelpPage } from '../../../utils/delivery/help-pages';
import { loadFixturePool } from '../../fixtures/pool';

/**
 * The manifest declares the sidebar bundle on HELP_PAGE_MATCHES (wxt.config.ts). A help page
 * missing from the list only costs speed (the detector still asks the background), but a page
 * wrongly on it would load the sidebar bundle where no help is shown: the pool must land on the
 * right side of the line, and matchesHelpPage must read the patterns as the browsers do.
 */
const pool = loadFixturePool();
const fixtureUrl = (id: string) => pool.find((fixture) => fixture.id === id)?.url ?? '';

describe('the help-page match patterns', () => {
  it('are all https on an exact host with a path: an account host, or off them an error page only', () => {
    for (const pattern of HELP_PAGE_MATCHES) {
      const match = /^https:\/\/([^/*]+)(\/.*)$/.exec(pattern);
      expect(match, pattern).not.toBeNull();
      if (!ERROR_PAGE_MATCHES.includes(pattern)) expect(ACCOUNT_HOSTS, pattern).toContain(match?.[1]);
    }
    for (const pattern of ERROR_PAGE_MATCHES) {
      expect(HELP_PAGE_MATCHES).toContain(pattern);
      // The detector is declared there beside the account hosts (wxt.config.ts): a genuine USPS
      // page, never on an account host.
      const url = pattern.replace('*', '');
      expect(isGenuineUspsUrl(url), pattern).toBe(true);
      expect(isAccountHost(new URL(url).hostname), pattern).toBe(false);
    }
  });

  it('cover every pool page on an account host whose kind needs help (errors aside)', () => {
    const needing = pool.filter(
      (fixture) => isAccountHost(new URL(fixture.url).hostname) && fixture.kind !== 'other' && fixture.kind !== 'error',
    );
    expect(needing.length).toBeGreaterThan(30);
    for (const fixture of needing) expect(matchesHelpPage(fixture.url), `${fixture.id} ${fixture.url}`).toBe(true);
  });

  it("cover USPS's error pages at their own addresses, and no other error page but one at a help page's address", () => {
    const errors = pool.filter((fixture) => fixture.kind === 'error');
    const declared = errors.filter((fixture) => matchesHelpPage(fixture.url)).map((fixture) => fixture.id);
    // USPS's error pages as its Google Tag Manager container names them (B; docs/sources.md): the
    // outage apology, the 404 pages, moversguide's fatal error. Akamai's block comes at any address: on the sign-in page's it is declared for the
    // sign-in page, on a tracking address it is not. The stuck-service address also shows
    // "Initializing Services" (other/rcas-initializing.html).
    expect(declared.sort()).toEqual([
      'error/access-denied-reg.html',
      'error/not-found-es.html',
      'error/not-found-reg.html',
      'error/not-found-www.html',
      'error/outage-es.html',
      'error/outage-www.html',
      'error/outage-zh.html',
      'error/unavailable-moversguide.html',
    ]);
    expect(matchesHelpPage(fixtureUrl('error/access-denied-tools.html'))).toBe(false);
    expect(matchesHelpPage(fixtureUrl('error/unavailable-rcas.html'))).toBe(false);
  });

  it('leave out every pool page that needs no help', () => {
    const others = pool.filter((fixture) => fixture.kind === 'other');
    // The tricky ones are in the pool: an account page needing no help, the recovery help page,
    // plain http on the real host and a lookalike host with the real path.
    expect(others.map((fixture) => fixture.url)).toEqual(
      expect.arrayContaining([
        'https://reg.usps.com/preferences',
        'https://reg.usps.com/entreg/AccountRecoveryHelpAction_input',
        'http://reg.usps.com/entreg/LoginAction_input?app=Phoenix&appURL=https://www.usps.com/',
        'https://usps.com-track.top/entreg/LoginAction_input?app=Phoenix&appURL=https://www.usps.com/',
      ]),
    );
    for (const fixture of others) expect(matchesHelpPage(fixture.url), `${fixture.id} ${fixture.url}`).toBe(false);
  });
});

describe('matchesHelpPage reads URLs as the browsers do', () => {
  it.each([
    // The fragment is never part of the match; the query is, after the path.
    ['https://reg.usps.com/login#main', true],
    ['https://reg.usps.com/preferences#/login', false],
    ['https://verified.usps.com/am/XUI/#/login', true],
    // The 2026 header's sign-in entry (USPS markup, www.usps.com ge-login.js, 2026, B).
    ['https://verified.usps.com/login?goto=https://www.usps.com/', true],
    ['https://verified.usps.com/logout', false],
    ['https://reg.usps.com/register?app=RMIN&appURL=https://informeddelivery.usps.com/', true],
    ['https://reg.usps.com/preferences?next=/login', false],
    ['https://reg.usps.com/?/login', false],
    // Paths are case-sensitive in match patterns: USPS's own spelling only.
    ['https://reg.usps.com/entreg/LoginAction_input', true],
    ['https://reg.usps.com/entreg/loginaction_input', false],
    ['https://reg.usps.com/ENTREG/LoginAction_input', false],
    ['https://verified.usps.com/am/xui/', false],
    // Exact hosts and https only.
    ['https://es-reg.usps.com/entreg/ForgotPasswordAction_input', true],
    ['https://fr-reg.usps.com/entreg/ForgotPasswordAction_input', false],
    ['https://www.usps.com/login', false],
    // USPS's error pages, off the account hosts, at their own addresses only.
    ['https://www.usps.com/root/global/server_responses/anyapp_outage_apology.htm', true],
    ['https://zh.usps.com/root/global/server_responses/error_404.htm?from=/ship', true],
    ['https://tools.usps.com/root/global/server_responses/anyapp_outage_apology.htm', false],
    ['https://www.usps.com/root/global/server_responses/', false],
    ['https://moversguide.usps.com/mgo/error/fatal-error', true],
    ['https://moversguide.usps.com/mgo/disclaimer', false],
    ['https://reg.usps.com.evil.test/login', false],
    ['https://evil.test/?https://reg.usps.com/login', false],
    ['http://verified.usps.com/am/XUI/', false],
  ])('%s → %s', (href, expected) => {
    expect(matchesHelpPage(href)).toBe(expected);
  });

  it('matches the parsed URL, whose host the browser writes in lower case', () => {
    expect(matchesHelpPage(new URL('https://REG.USPS.COM/entreg/LoginAction_input').href)).toBe(true);
    expect(matchesHelpPage(new URL('https://reg.usps.com:443/login').href)).toBe(true);
  });

  it("agrees with WXT's MatchPattern on URLs built from the account hosts and USPS's paths", () => {
    const patterns = HELP_PAGE_MATCHES.map((pattern) => new MatchPattern(pattern));
    const segment = fc.constantFrom(
      'entreg',
      'LoginAction',
      'LoginAction_input',
      'loginaction_input',
      'ForgotPasswordAction_input',
      'secure',
      'ChangePasswordAction_input',
      'login',
      'portal',
      'register',
      'preferences',
      'am',
      'XUI',
      'forgotpassword',
      'root',
      'global',
      'server_responses',
      'anyapp_outage_apology.htm',
      'error_404.htm',
    );
    const url = fc
      .record({
        scheme: fc.constantFrom('https', 'http'),
        host: fc.constantFrom(...ACCOUNT_HOSTS, 'www.usps.com', 'zh.usps.com', 'tools.usps.com'),
        path: fc.array(segment, { maxLength: 4 }),
        trailing: fc.constantFrom('', '/'),
        query: fc.constantFrom('', '?app=Phoenix', '?next=/login'),
        fragment: fc.constantFrom('', '#/login', '#main'),
      })
      .map(
        ({ scheme, host, path, trailing, query, fragment }) =>
          new URL(`${scheme}://${host}/${path.join('/')}${trailing}${query}${fragment}`).href,
      );
    const answers = new Set<boolean>();
    fc.assert(
      fc.property(url, (href) => {
        // MatchPattern tests the path alone; every pattern here ends in `*` with no `?` before
        // it, so testing the path and query (as browsers do) answers the same.
        const expected = patterns.some((pattern) => pattern.includes(href));
        answers.add(expected);
        expect(matchesHelpPage(href)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    // Both sides of the line were tried.
    expect(answers).toEqual(new Set([true, false]));
  });
});
