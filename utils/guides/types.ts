import type { Language } from '../core/language';
import type { TargetId } from './targets';

/** One thing to do. `target` names something on the USPS page the step refers to ("Show me"). */
export interface GuideStep {
  text: string;
  target?: TargetId;
  /**
   * Spam-folder advice, left out while the spam reminder (components/spam/SpamReminder.tsx) is on
   * screen: the reminder is the one place that says it there.
   */
  unlessSpamReminder?: true;
}

/** A link the guide offers; `href` is always a constant from utils/usps/support.ts. */
export interface GuideLink {
  href: string;
  label: string;
}

/** What the person reads for one situation, in one language. Plain text only: rendered as text. */
export interface GuideText {
  /** The situation, in a few words; also announced when the page changes to it. */
  title: string;
  /** What is happening. */
  summary: string;
  /** What to do next, in order. */
  steps: GuideStep[];
  /** Said above the steps, e.g. that they are general advice rather than USPS facts. */
  stepsIntro?: string;
  /** A list to check against (e.g. USPS's password rules), shown under `checklistHeading`. */
  checklistHeading?: string;
  checklist?: string[];
  /** Good to know. */
  notes?: string[];
  links?: GuideLink[];
}

/**
 * Every guide file cites, in a comment above the guide, the public sources its USPS facts come
 * from, with their confidence (A, B or C; listed in docs/sources.md). They are kept out of the
 * data so the citations do not ship in the sidebar bundle.
 */
export interface Guide {
  /** USPS has emailed (or may have emailed) the person: the spam reminder belongs here. */
  emailed?: boolean;
  /** Same structure in both languages (checked by tests/unit/guides/guides.test.ts). */
  text: Record<Language, GuideText>;
}
