import type { PageRule, Signal } from './recognition/rule-types';
import { splitUrl } from './split-url';

/**
 * Off the account hosts a USPS page can only need help when it is an error page. This is the
 * cheap part of the error rules — the page's URL and title, nothing else of the page — derived
 * from the rules themselves (at build time, see wxt.config.ts), so they stay the one source of
 * truth, and combined into one path pattern and one title pattern so the watch compiles two.
 *
 * It can only over-report. An anchored rule passes only if one of its anchors matches, so when
 * its anchors are all URL or title signals they are its cheap part (every error rule is anchored
 * so: error-rules.ts). A rule without such anchors passes only if its matched weight reaches
 * minScore, so if its other signals together stay below minScore one of its URL or title signals
 * must match; if they could reach it, the rule cannot be ruled out cheaply and every page is a
 * candidate (`always`). The full detector, loaded on candidates only, decides with every rule.
 */
export interface CheapFilter {
  /** Case-insensitive pattern over the URL path: the path-only URL signals as alternatives, or null. */
  path: string | null;
  /** URL signals that also name hosts or a query, checked one by one (none among the error rules). */
  url: NonNullable<Signal['url']>[];
  /** Case-insensitive pattern over the title (whitespace collapsed), or null. */
  title: string | null;
  /** Some rule can pass on signals this filter does not read: every page is a candidate. */
  always: boolean;
}

const isCheap = (signal: Signal) => signal.url !== undefined || signal.text?.in === 'title';

/** The signals of which at least one must match for the rule to pass, or null if some need not. */
function cheapSignals(rule: PageRule): Signal[] | null {
  const anchors = rule.signals.filter((signal) => rule.anchors?.includes(signal.id));
  if (anchors.length > 0 && anchors.every(isCheap)) return anchors;
  const unchecked = rule.signals.filter((signal) => !isCheap(signal)).reduce((sum, signal) => sum + signal.weight, 0);
  return unchecked >= rule.minScore ? null : rule.signals.filter(isCheap);
}

export function cheapFilter(rules: readonly PageRule[]): CheapFilter {
  const paths: string[] = [];
  const titles: string[] = [];
  const url: CheapFilter['url'] = [];
  let always = false;
  for (const rule of rules) {
    const signals = cheapSignals(rule);
    if (!signals) always = true;
    for (const signal of signals ?? []) {
      if (signal.text) titles.push(signal.text.pattern);
      else if (signal.url?.path && !signal.url.hosts && !signal.url.query) paths.push(signal.url.path);
      else if (signal.url) url.push(signal.url);
    }
  }
  const union = (patterns: string[]) => (patterns.length ? patterns.map((p) => `(?:${p})`).join('|') : null);
  return { path: union(paths), url, title: union(titles), always };
}

/** Whether a page with this URL (document.URL) and title may be one the rules help with. */
export function passesCheapFilter(filter: CheapFilter, pageUrl: string, title: string): boolean {
  if (filter.always) return true;
  const parts = splitUrl(pageUrl);
  if (parts) {
    if (filter.path && new RegExp(filter.path, 'i').test(parts.path)) return true;
    for (const { hosts, path, query } of filter.url) {
      if (hosts && !hosts.includes(parts.host)) continue;
      if (path && !new RegExp(path, 'i').test(parts.path)) continue;
      if (!query || new RegExp(query, 'i').test(parts.query)) return true;
    }
  }
  return filter.title !== null && new RegExp(filter.title, 'i').test(title.replace(/\s+/g, ' ').trim());
}
