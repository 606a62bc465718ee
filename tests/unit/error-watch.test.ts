import { describe, expect, it } from 'vitest';
import { cameFromAccountHost, isAccountHost } from '../../utils/account-hosts';
import { cheapFilter, passesCheapFilter } from '../../utils/error-watch-filter';
import { ERROR_RULES } from '../../utils/recognition/error-rules';
import { recognisePage } from '../../utils/recognition/recognise';
import type { PageRule } from '../../utils/recognition/rule-types';
import { loadDecoys } from '../fixtures/decoys/harness';
import { loadFixturePool, parseFixture } from '../fixtures/pool';

/**
 * Off the account hosts only the error watch runs, and the full detector is loaded only where
 * its cheap pre-check passes. So the pre-check must never miss a page the rules would help with:
 * checked here over every saved page (pool and decoys), against both the page's expected kind
 * and what the full rules actually say about it.
 */
const filter = cheapFilter(ERROR_RULES);
const pages = [
  ...loadFixturePool().map((fixture) => ({ id: fixture.id, url: fixture.url, html: fixture.html, kind: fixture.kind })),
  ...loadDecoys().map((decoy) => ({ id: `decoys/${decoy.file}`, url: decoy.url, html: decoy.html, kind: undefined })),
];
const passes = (page: (typeof pages)[number]) => passesCheapFilter(filter, parseFixture(page), new URL(page.url));
const offAccountHosts = pages.filter((page) => !isAccountHost(new URL(page.url).hostname));

describe('the error watch pre-check over every saved page', () => {
  it('has pages off the account hosts to check, error pages among them', () => {
    expect(offAccountHosts.filter((page) => page.kind === 'error').length).toBeGreaterThan(5);
  });

  it.each(offAccountHosts.map((page) => [page.id, page] as const))(
    '%s: passes whenever the page needs help (expected kind or the rules say so)',
    (_id, page) => {
      const recognised = recognisePage(parseFixture(page), page.url).kind;
      if (page.kind !== undefined && page.kind !== 'other') expect(passes(page)).toBe(true);
      if (recognised !== 'other') expect(passes(page), `the rules say ${recognised}`).toBe(true);
    },
    20_000,
  );

  it('passes every error page, on the account hosts too', () => {
    const missed = pages.filter((page) => page.kind === 'error' && !passes(page)).map((page) => page.id);
    expect(missed).toEqual([]);
  });

  it('lets most ordinary pages through without loading the detector', () => {
    const ordinary = pages.filter((page) => page.kind === 'other');
    const loaded = ordinary.filter(passes).map((page) => page.id);
    expect(ordinary.length).toBeGreaterThan(10);
    expect(loaded.length, `ordinary pages that would load the detector: ${loaded.join(', ')}`).toBeLessThanOrEqual(
      Math.floor(ordinary.length / 4),
    );
  });
});

describe('cheapFilter: derived from the rules', () => {
  const rule = (signals: PageRule['signals'], minScore = 3): PageRule => ({
    id: 'test',
    kind: 'error',
    reason: 'outage',
    priority: 1,
    minScore,
    signals,
  });
  const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  const url = new URL('https://www.usps.com/anything');

  it('takes URL, title and heading signals, and never reads the body', () => {
    const filter = cheapFilter([
      rule([
        { id: 'u', weight: 2, url: { path: '^/broken' } },
        { id: 't', weight: 1, text: { in: 'title', pattern: 'oops' } },
        { id: 'h', weight: 1, text: { in: 'headings', pattern: 'gone' } },
        { id: 'b', weight: 1, text: { in: 'body', pattern: 'sorry' } },
      ]),
    ]);
    expect(filter.always).toBe(false);
    expect(passesCheapFilter(filter, doc('<p>sorry</p>'), url)).toBe(false);
    expect(passesCheapFilter(filter, doc('<p>x</p>'), new URL('https://www.usps.com/BROKEN'))).toBe(true);
    expect(passesCheapFilter(filter, doc('<title>Oops</title>'), url)).toBe(true);
    // Hidden headings count too: the rules read only shown ones, so this only over-reports.
    expect(passesCheapFilter(filter, doc('<h2 hidden>All   gone</h2>'), url)).toBe(true);
    expect(passesCheapFilter(filter, doc('<div role="heading">gone</div>'), url)).toBe(true);
  });

  it('lets every page through when a rule could pass on signals it does not read', () => {
    const filter = cheapFilter([
      rule([
        { id: 'b', weight: 2, text: { in: 'body', pattern: 'sorry' } },
        { id: 's', weight: 1, selector: '.outage' },
        { id: 't', weight: 1, text: { in: 'title', pattern: 'oops' } },
      ]),
    ]);
    expect(filter.always).toBe(true);
    expect(passesCheapFilter(filter, doc('<p>hello</p>'), url)).toBe(true);
  });
});

describe('cameFromAccountHost: where a recovery journey may end', () => {
  it.each([
    ['https://reg.usps.com/entreg/LoginAction_input', true],
    ['https://verified.usps.com/am/XUI/', true],
    ['https://es-reg.usps.com/', true],
    ['https://www.usps.com/', false],
    ['https://reg.usps.com.evil.test/', false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (referrer, expected) => {
    expect(cameFromAccountHost(referrer)).toBe(expected);
  });
});
