import type { PageRule, Signal } from './recognition/rule-types';

/**
 * Off the account hosts a USPS page can only need help when it is an error page. This is the
 * cheap part of the error rules — URL, title and headings, never the body text — derived from
 * the rules themselves (at build time, see wxt.config.ts), so they stay the one source of truth.
 *
 * It can only over-report: a rule can pass only if one of its cheap signals matches, or if its
 * other signals alone could reach its score (then the rule cannot be ruled out cheaply and every
 * page is a candidate). The full detector, loaded on candidates only, decides with every rule.
 */
export interface CheapFilter {
  url: NonNullable<Signal['url']>[];
  /** One case-insensitive pattern per area (the rules' patterns as alternatives), or null. */
  title: string | null;
  headings: string | null;
  /** Some rule can pass on signals this filter does not read: every page is a candidate. */
  always: boolean;
}

export function cheapFilter(rules: readonly PageRule[]): CheapFilter {
  const url: CheapFilter['url'] = [];
  const text = { title: [] as string[], headings: [] as string[] };
  let always = false;
  for (const rule of rules) {
    let uncheckedWeight = 0;
    for (const signal of rule.signals) {
      const area = signal.text?.in;
      if (signal.url) url.push(signal.url);
      else if (signal.text && (area === 'title' || area === 'headings')) text[area].push(signal.text.pattern);
      else uncheckedWeight += signal.weight;
    }
    if (uncheckedWeight >= rule.minScore) always = true;
  }
  const union = (patterns: string[]) => (patterns.length ? patterns.map((p) => `(?:${p})`).join('|') : null);
  return { url, title: union(text.title), headings: union(text.headings), always };
}

/** Every heading, shown or not: a superset of the rendered ones the rules read (page-text.ts). */
export const HEADINGS = 'h1, h2, h3, [role="heading"], legend';

export function passesCheapFilter(filter: CheapFilter, doc: Document, url: URL): boolean {
  if (filter.always) return true;
  for (const { hosts, path, query } of filter.url) {
    if (hosts && !hosts.includes(url.hostname.toLowerCase())) continue;
    if (path && !new RegExp(path, 'i').test(url.pathname)) continue;
    if (!query || new RegExp(query, 'i').test(url.search)) return true;
  }
  const collapse = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
  if (filter.title && new RegExp(filter.title, 'i').test(collapse(doc.title))) return true;
  if (!filter.headings) return false;
  const headings = [...doc.querySelectorAll(HEADINGS)].map((heading) => collapse(heading.textContent)).join(' | ');
  return new RegExp(filter.headings, 'i').test(headings);
}
