import type { Language } from '@/utils/core/language';
import type { PageKind } from '@/utils/core/page-kinds';
import type { TabSession } from '@/utils/session/tab-session';
import type { Settings } from '@/utils/settings/settings';
import { CarryOver } from '../carry-over/CarryOver';

/** What a feature plugged into the guide gets, so it need not touch the guide's layout. */
export interface SidebarExtrasProps {
  kind: PageKind;
  language: Language;
  settings: Settings;
  /** Null until the background answered (or when it could not). */
  session: TabSession | null;
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
