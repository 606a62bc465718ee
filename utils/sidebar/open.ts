import type { PageKind } from '../core/page-kinds';
import { PROBLEM_KINDS } from '../core/page-kinds';
import type { Settings } from '../settings/settings';

/**
 * Whether the sidebar opens by itself on a page of this kind. A fresh profile opens it on
 * every help page; collapsing it on a plain page (sign-in, sign-up) keeps it collapsed there,
 * but problem pages open it anyway, because that is when people need it most. `other` pages
 * never open it by themselves (the success checklist and the keyboard shortcut do).
 */
export function opensByItself(kind: PageKind, settings: Pick<Settings, 'autoOpen' | 'collapsedOn'>): boolean {
  if (kind === 'other' || settings.autoOpen === 'never') return false;
  if (PROBLEM_KINDS.has(kind)) return true;
  if (settings.autoOpen === 'problems') return false;
  return !settings.collapsedOn.includes(kind);
}

/**
 * The `collapsedOn` list after the person opened or collapsed the sidebar on `kind`. Only
 * plain pages are remembered: a problem page always opens again.
 */
export function rememberCollapsed(kind: PageKind, collapsedOn: readonly PageKind[], open: boolean): PageKind[] {
  const rest = collapsedOn.filter((each) => each !== kind);
  if (open || kind === 'other' || PROBLEM_KINDS.has(kind)) return rest;
  return [...rest, kind];
}
