import type { PageRule, Signal } from '../recognition/rule-types';
import { pathOf, splitUrl } from './split-url';

/**
 * Off the account hosts a USPS page can only need help when it is an error page. This is the
 * cheap part of the error rules — the page's URL and title, nothing else of the page — derived
 * from the rules themselves (at build time, see wxt.config.ts), so they stay the one source of
 * truth, and combined into one pattern over the path and the title, so the watch compiles one
 * regular expression (each compile in the watch's fresh isolated world is measurable).
 *
 * It can only over-report. An anchored rule passes only if one of its anchors matches, so when its
 * anchors are all URL or title signals they are its cheap part (every error rule is anchored so:
 * utils/recognition/error-rules.ts). A rule without such anchors passes only if its matched weight
 * reaches minScore, so if its other signals together stay below minScore one of its URL or title
 * signals must match; if they could reach it, the rule cannot be ruled out cheaply and every page
 * is a candidate (`always`). The full detector, loaded on candidates only, decides with every rule.
 */
export interface CheapFilter {
  /**
   * Case-insensitive, multi-line pattern over `path + "\n" + title` (whitespace collapsed): the
   * path-only URL signals and the title signals as alternatives, or null. A path pattern that
   * happens to match the title, or the reverse, only over-reports; `^` and `$` still anchor at
   * each line.
   */
  pattern: string | null;
  /** URL signals that also name hosts or a query, checked one by one (none among the error rules). */
  url: NonNullable<Signal['url']>[];
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
  const alternatives = [...paths, ...titles];
  const pattern = alternatives.length ? alternatives.map((p) => `(?:${p})`).join('|') : null;
  return { pattern, url, always };
}

/** Whether a page with this URL (document.URL) and title may be one the rules help with. */
export function passesCheapFilter(filter: CheapFilter, pageUrl: string, title: string): boolean {
  if (passesCheapPattern(filter, pageUrl, title)) return true;
  if (filter.url.length === 0) return false;
  const parts = splitUrl(pageUrl);
  if (!parts) return false;
  return filter.url.some(
    ({ hosts, path, query }) =>
      (!hosts || hosts.includes(parts.host)) &&
      (!path || new RegExp(path, 'i').test(parts.path)) &&
      (!query || new RegExp(query, 'i').test(parts.query)),
  );
}

/**
 * The same without the URL signals (`filter.url`): all of passesCheapFilter for a filter that has
 * none, as the error rules' has today. The error watch is built with this one then
 * (entrypoints/error-watch.ts), and leaves the URL-parsing code out of a script compiled on every
 * USPS page.
 */
export function passesCheapPattern(filter: CheapFilter, pageUrl: string, title: string): boolean {
  if (filter.always) return true;
  const text = `${pathOf(pageUrl)}\n${title.replace(/\s+/g, ' ').trim()}`;
  return filter.pattern !== null && new RegExp(filter.pattern, 'im').test(text);
}
