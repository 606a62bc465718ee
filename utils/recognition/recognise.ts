import type { Recognition } from '../core/page-kinds';
import { isGenuineUspsUrl } from '../core/usps-hosts';
import { PAGE_RULES } from './page-rules';
import { PageText } from './page-text';
import type { PageRule, Signal } from './rule-types';

export interface RecogniseOptions {
  /** Use layout (checkVisibility) to skip stylesheet-hidden elements. Only in a real browser. */
  useLayout?: boolean;
  /** Rules to use; the shipped ones by default (tests pass variants). */
  rules?: readonly PageRule[];
  /** Tests only: let an unexpected exception through instead of answering `other`. */
  rethrow?: boolean;
  /**
   * Called when a rule passed on markup but none with layout: the page may not be laid out yet
   * (Firefox lays nothing out while the head's stylesheets load), so the detector looks again.
   */
  onLayoutHidAll?: () => void;
}

const OTHER: Recognition = { kind: 'other', signals: [] };
const MIN_DISTINCT_SIGNALS = 2;

const regexCache = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let compiled = regexCache.get(source);
  if (!compiled) {
    compiled = new RegExp(source, 'i');
    regexCache.set(source, compiled);
  }
  return compiled;
}

/**
 * A body pattern loosened for the joined reading of the body (page-text.ts, `joinedBodyText`),
 * which is the body text with some spaces deleted and each other space a run of whitespace: each
 * part of the pattern that can match a space may then match no character or a run of
 * whitespace, and word boundaries, which a deleted space can take away, are dropped. Where the
 * loose pattern does not match the joined reading, the pattern cannot match the body text. In
 * the body patterns the only parts that can match a space are literal spaces and unescaped dots,
 * each without a quantifier after it (`\s` only as `\s*`); that, and that the loose pattern
 * matches every such reading of a matching text, is checked for every rule by
 * tests/unit/recognition/joined-body.test.ts.
 */
export function loosenForJoinedText(source: string): string {
  return source.replace(/\\b/g, '').replace(/ |(?<!\\)\./g, (part) => (part === ' ' ? '\\s*' : '(?:.|\\s*)'));
}

/** One reading of the page: its address, and its text and elements (with or without layout). */
interface Context {
  url: URL;
  /** Lower case, without a trailing dot. */
  host: string;
  text: PageText;
}

function matches(signal: Signal, context: Context): boolean {
  if (signal.url) {
    const { hosts, path, query } = signal.url;
    if (hosts && !hosts.includes(context.url.hostname.toLowerCase())) return false;
    if (path && !regex(path).test(context.url.pathname)) return false;
    if (query && !regex(query).test(context.url.search)) return false;
    return true;
  }
  if (signal.selector) {
    try {
      return context.text.anyRendered(signal.selector);
    } catch {
      return false;
    }
  }
  if (signal.text) {
    const { in: area, pattern } = signal.text;
    // Building the body text visits every node of the page; on most pages no body pattern
    // matches, which the browser's own reading of the text can already tell.
    if (area === 'body' && !context.text.bodyMayMatch(regex(loosenForJoinedText(pattern)))) return false;
    return regex(pattern).test(context.text.get(area));
  }
  return false;
}

/**
 * Returns the matched signal ids if the rule passes, otherwise undefined. Looks at the signals in
 * the order the rule lists them, cheapest first (rule-types.ts, `signals`), and stops as soon as
 * the rule cannot pass: on a page that needs no help most rules end before any text is read.
 */
function evaluate(rule: PageRule, context: Context): string[] | undefined {
  if (rule.hosts && !rule.hosts.includes(context.host)) return undefined;
  const signals = rule.signals;
  let remaining = signals.reduce((sum, signal) => sum + signal.weight, 0);
  let score = 0;
  const matched: string[] = [];
  // Anchors not yet looked at; none left and none matched ends the rule.
  let anchorsLeft = rule.anchors?.length ?? 0;
  let anchored = !rule.anchors;
  for (const signal of signals) {
    if (score + remaining < rule.minScore) return undefined;
    remaining -= signal.weight;
    const isAnchor = !anchored && rule.anchors?.includes(signal.id);
    if (matches(signal, context)) {
      score += signal.weight;
      matched.push(signal.id);
      if (isAnchor) anchored = true;
    } else if (rule.required?.includes(signal.id)) {
      return undefined;
    } else if (isAnchor && --anchorsLeft === 0) {
      return undefined;
    }
  }
  if (!anchored || score < rule.minScore || new Set(matched).size < MIN_DISTINCT_SIGNALS) return undefined;
  return matched;
}

const sortedRules = new WeakMap<readonly PageRule[], PageRule[]>();
/** Highest priority first, so the first rule that passes is the answer. */
function byPriority(rules: readonly PageRule[]): PageRule[] {
  let sorted = sortedRules.get(rules);
  if (!sorted) {
    sorted = [...rules].sort((a, b) => b.priority - a.priority);
    sortedRules.set(rules, sorted);
  }
  return sorted;
}

function firstPassing(rules: PageRule[], context: Context): { rule: PageRule; signals: string[] } | undefined {
  for (const rule of rules) {
    const signals = evaluate(rule, context);
    if (signals) return { rule, signals };
  }
  return undefined;
}

/**
 * Decides what kind of USPS account page this is. Never throws: anything unexpected (no body,
 * a malformed URL, a hostile document) answers `other`, which shows nothing.
 */
export function recognisePage(doc: Document, pageUrl: string | URL, options: RecogniseOptions = {}): Recognition {
  try {
    if (!isGenuineUspsUrl(pageUrl)) return OTHER;
    const url = typeof pageUrl === 'string' ? new URL(pageUrl) : pageUrl;
    const rules = byPriority(options.rules ?? PAGE_RULES);
    const markupText = new PageText(doc, false);
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    let context: Context = { url, host, text: markupText };
    let best = firstPassing(rules, context);
    // Layout can only hide elements that markup alone counts as shown, and less evidence never
    // lets a rule pass (text patterns must not span an area's ' | ' separators or anchor to its
    // ends). So when no rule passes on markup alone, none would with layout: pages that need no
    // help never force a style and layout pass. Otherwise decide again with layout.
    if (best && options.useLayout) {
      context = { url, host, text: markupText.withLayout() };
      // For the same reason every rule above the best one, having failed on markup, fails with
      // layout too: the layout reading starts at the best rule.
      best = firstPassing(rules.slice(rules.indexOf(best.rule)), context);
      if (!best) options.onLayoutHidAll?.();
    }
    if (!best) return OTHER;
    const result: Recognition = { kind: best.rule.kind, signals: best.signals };
    if (best.rule.reason) result.reason = best.rule.reason;
    if (best.rule.reference) {
      const reference = regex(best.rule.reference).exec(context.text.get('body'))?.[1];
      if (reference) result.reference = reference.slice(0, 80);
    }
    return result;
  } catch (error) {
    if (options.rethrow) throw error;
    return OTHER;
  }
}
