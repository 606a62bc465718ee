import type { ErrorReason, PageKind } from '../core/page-kinds';

/**
 * Where a text signal looks. Narrow areas are cheap and precise; `body` is the fallback for
 * bare pages (Akamai, outage apologies) and is read last, only when a rule still needs it.
 */
export type TextArea = 'title' | 'headings' | 'labels' | 'buttons' | 'messages' | 'body';

/** One weak piece of evidence. Exactly one of `url`, `selector`, `text` is set. */
export interface Signal {
  /** Stable id reported in `Recognition.signals`, e.g. `url:classic-login`, `dom:password-field`. */
  id: string;
  weight: number;
  /** Matches the page URL: host list (exact, lower case) and/or a case-insensitive path regex. */
  url?: { hosts?: string[]; path?: string; query?: string };
  /** Matches when at least one *rendered* element matches this CSS selector. */
  selector?: string;
  /** Case-insensitive regular expression over the collected text of one area. */
  text?: { in: TextArea; pattern: string };
}

/**
 * One page kind's rule: a set of signals and a score to reach. Its citation lives in
 * rule-sources.ts under the same id (kept out of the shipped detector).
 */
export interface PageRule {
  /** Unique id, e.g. `sign-in` or `error-outage`. */
  id: string;
  kind: PageKind;
  reason?: ErrorReason;
  /** When several rules pass, the highest priority wins (a failed sign-in beats a sign-in). */
  priority: number;
  /**
   * The only hosts (exact, lower case) the rule can pass on, checked before any signal. Every
   * account kind lists the account hosts: elsewhere a page's own script could dress any USPS
   * page up as a forgot form and be handed what the person typed (page-rules.ts).
   */
  hosts?: readonly string[];
  /** Sum of matched weights needed. At least two different signals must match as well. */
  minScore: number;
  /** Signal ids that must all match for the rule to pass. */
  required?: string[];
  /**
   * Signal ids of which at least one must match for the rule to pass: what the page is known by
   * (its address or its title), when no single one of them is always present.
   */
  anchors?: string[];
  /**
   * Listed cheapest first, the order the recogniser looks at them in (recognise.ts): the address,
   * then selectors and the title, then headings, labels, buttons and message areas, then the body
   * text; among equally cheap ones, required signals and anchors first, since one missing ends
   * the rule. Kept in the data rather than sorted on every page (the detector is script time on
   * every account page); tests/unit/recognition/page-rules.test.ts checks the order.
   */
  signals: Signal[];
  /** Regex with one capture group, run over the body text, for a support reference number. */
  reference?: string;
}
