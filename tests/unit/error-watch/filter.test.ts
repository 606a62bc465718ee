import { describe, expect, it } from 'vitest';
import { cameFromAccountHost, isAccountHost } from '../../../utils/core/account-hosts';
import { cheapFilter, passesCheapFilter, passesCheapPattern } from '../../../utils/error-watch/filter';
import { ERROR_RULES } from '../../../utils/recognition/error-rules';
import { recognisePage } from '../../../utils/recognition/recognise';
import type { PageRule } from '../../../utils/recognition/rule-types';
import { loadDecoys } from '../../fixtures/decoys/load';
import { loadFixturePool, parseFixture } from '../../fixtures/pool';

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
// What the watch reads: document.URL (the page's serialised URL) and document.title.
const passes = (page: (typeof pages)[number]) =>
  passesCheapFilter(filter, new URL(page.url).href, parseFixture(page).title);
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

  it('reads only the URL and title for the error rules, so the watch stays cheap', () => {
    expect(filter.always).toBe(false);
    expect(filter.url).toEqual([]);
    // One pattern: the watch compiles a single regular expression.
    expect(filter.pattern).not.toBeNull();
    expect(() => new RegExp(filter.pattern ?? '', 'im')).not.toThrow();
  });

  it('answers the same without the URL-signal code, which the watch is then built without (no URL signals)', () => {
    expect(filter.url).toEqual([]);
    const differ = pages
      .filter((page) => passesCheapPattern(filter, new URL(page.url).href, parseFixture(page).title) !== passes(page))
      .map((page) => page.id);
    expect(differ).toEqual([]);
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
  const rule = (signals: PageRule['signals'], extra: Partial<PageRule> = {}): PageRule => ({
    id: 'test',
    kind: 'error',
    reason: 'outage',
    priority: 1,
    minScore: 3,
    signals,
    ...extra,
  });
  const page = 'https://www.usps.com/anything';
  const signals: PageRule['signals'] = [
    { id: 'url:broken', weight: 2, url: { path: '^/broken' } },
    { id: 'url:gone', weight: 1, url: { path: 'gone\\.htm$' } },
    { id: 'text:title', weight: 1, text: { in: 'title', pattern: 'oops' } },
    { id: 'text:heading', weight: 1, text: { in: 'headings', pattern: 'gone' } },
    { id: 'text:body', weight: 1, text: { in: 'body', pattern: 'sorry' } },
  ];

  it('takes an anchored rule by its anchors only, in one path and one title pattern', () => {
    const filter = cheapFilter([rule(signals, { anchors: ['url:broken', 'text:title'] })]);
    expect(filter).toEqual({ pattern: '(?:^/broken)|(?:oops)', url: [], always: false });
    expect(passesCheapFilter(filter, page, 'sorry, all gone')).toBe(false);
    expect(passesCheapFilter(filter, 'https://www.usps.com/BROKEN?x=1', '')).toBe(true);
    expect(passesCheapFilter(filter, page, '  Oops,\n  again ')).toBe(true);
    // Not an anchor: a page at gone.htm cannot pass the rule without one.
    expect(passesCheapFilter(filter, 'https://www.usps.com/gone.htm', '')).toBe(false);
  });

  it('takes every URL and title signal of a rule without anchors, when the rest cannot reach its score', () => {
    const filter = cheapFilter([rule(signals)]);
    expect(filter).toEqual({ pattern: '(?:^/broken)|(?:gone\\.htm$)|(?:oops)', url: [], always: false });
    expect(passesCheapFilter(filter, 'https://www.usps.com/x/gone.htm', '')).toBe(true);
    expect(passesCheapFilter(filter, page, 'nothing here')).toBe(false);
  });

  it('checks URL signals naming hosts or a query one by one', () => {
    const filter = cheapFilter([
      rule([
        { id: 'url:tools', weight: 2, url: { hosts: ['tools.usps.com'], query: 'err=1' } },
        { id: 'text:body', weight: 2, text: { in: 'body', pattern: 'sorry' } },
      ]),
    ]);
    expect(filter.pattern).toBeNull();
    expect(passesCheapFilter(filter, 'https://tools.usps.com/go/x?err=1', '')).toBe(true);
    expect(passesCheapFilter(filter, 'https://www.usps.com/go/x?err=1', '')).toBe(false);
    expect(passesCheapFilter(filter, 'https://tools.usps.com/go/x', '')).toBe(false);
    // Why the watch keeps the URL-signal code whenever a filter has such signals.
    expect(passesCheapPattern(filter, 'https://tools.usps.com/go/x?err=1', '')).toBe(false);
  });

  it('lets every page through when a rule could pass on signals it does not read', () => {
    const unanchored = rule([
      { id: 'text:body', weight: 2, text: { in: 'body', pattern: 'sorry' } },
      { id: 'dom:outage', weight: 1, selector: '.outage' },
      { id: 'text:title', weight: 1, text: { in: 'title', pattern: 'oops' } },
    ]);
    expect(cheapFilter([unanchored]).always).toBe(true);
    expect(passesCheapFilter(cheapFilter([unanchored]), page, 'hello')).toBe(true);
    // Anchored by a heading, which the watch does not read: no cheaper than unanchored.
    expect(cheapFilter([rule(signals, { anchors: ['text:heading'], minScore: 2 })]).always).toBe(true);
  });
});

describe('cameFromAccountHost: where a recovery journey may end', () => {
  it.each([
    ['https://reg.usps.com/entreg/LoginAction_input', true],
    ['https://verified.usps.com/am/XUI/', true],
    ['https://es-reg.usps.com/', true],
    ['https://www.usps.com/', false],
    ['https://reg.usps.com.evil.test/', false],
    // Only genuine account pages count: https, the default port.
    ['http://reg.usps.com/entreg/LoginAction_input', false],
    ['https://reg.usps.com:8443/', false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (referrer, expected) => {
    expect(cameFromAccountHost(referrer)).toBe(expected);
  });
});
