import type { Language } from '@/utils/i18n/language';
import type { PageKind } from '@/utils/page-kinds';
import type { Settings } from '@/utils/settings';
import type { TabSession } from '@/utils/tab-session';
import { CarryOver } from './CarryOver';

/**
 * The places other features plug into the guide, so they need not touch the guide's layout.
 * Both render nothing until a feature fills them.
 */
export interface SidebarExtrasProps {
  kind: PageKind;
  language: Language;
  settings: Settings;
  /** Null until the background answered (or when it could not). */
  session: TabSession | null;
}

/**
 * Right under the situation's summary on pages where USPS emailed the person (guide.emailed:
 * verify-identity, check-email): the spam/junk reminder and the "still waiting?" follow-up go here.
 */
export function EmailedExtras(_props: SidebarExtrasProps) {
  return null;
}

/**
 * On the forgot pages, where it fills the form, the carried username ("We filled in your
 * username", Undo, Forget it) comes right under the summary, so it is seen without scrolling;
 * elsewhere it waits under the steps.
 */
export function identifierFirst(kind: PageKind): boolean {
  return kind === 'forgot-password' || kind === 'forgot-username';
}

/** The carried username (carry-over/prefill notice): under the summary or the steps, see identifierFirst. */
export function IdentifierExtras(props: SidebarExtrasProps) {
  return <CarryOver lang={props.language} />;
}
