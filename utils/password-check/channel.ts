import type { Language } from '../core/language';

/**
 * How the sidebar bundle and the live check's script (entrypoints/password-check.ts, injected
 * later into the same frame) find each other. Both run in the extension's isolated world, whose
 * globals the page cannot see: the sidebar offers a place in its shadow root and what the check
 * needs to know; the check draws there. Nothing typed ever passes through here.
 */
export interface PasswordCheckSlot {
  /** An element of the sidebar's own, left empty by Preact, where the live list is drawn. */
  container: HTMLElement;
  language: Language;
  /** The static rule texts, in the order of RULE_IDS (utils/password-check/checker.ts). */
  rules: readonly string[];
  /** The username carried from the sign-in page (account hosts only), or null. */
  carried: string | null;
  /** Called once the live list is drawn: the sidebar then drops its static one. */
  shown(): void;
  /** Set by the live check: stops it (listeners removed, list taken down). */
  stop?: () => void;
}

const SLOT_KEY = Symbol.for('restore-access.password-check-slot');
const SERVE_KEY = Symbol.for('restore-access.password-check');

type Scope = Record<symbol, unknown>;
const scope = () => globalThis as Scope;

/** The sidebar's side: offers the slot (now, or to the check when it starts); returns the withdrawal. */
export function offerPasswordCheckSlot(slot: PasswordCheckSlot): () => void {
  scope()[SLOT_KEY] = slot;
  (scope()[SERVE_KEY] as ((slot: PasswordCheckSlot) => void) | undefined)?.(slot);
  return () => {
    if (scope()[SLOT_KEY] === slot) delete scope()[SLOT_KEY];
    slot.stop?.();
  };
}

/**
 * The live check's side: serves the slot offered already, and every one offered later. False,
 * serving nothing, for a second copy of the script in the frame (the first one serves).
 */
export function servePasswordCheckSlots(serve: (slot: PasswordCheckSlot) => void): boolean {
  if (scope()[SERVE_KEY]) return false;
  scope()[SERVE_KEY] = serve;
  const offered = scope()[SLOT_KEY] as PasswordCheckSlot | undefined;
  if (offered) serve(offered);
  return true;
}
