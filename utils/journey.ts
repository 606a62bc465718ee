import type { PageKind } from './page-kinds';
import { JOURNEY_STEPS, type JourneyState, type JourneyStep } from './tab-session';

/**
 * The recovery journey as a pure state machine over page kinds, so reloads, the back button and
 * SPA screen changes can be replayed in tests. Visiting the kind you are already on changes
 * nothing (a reload neither advances nor resets the journey).
 */
export function newJourney(now: number): JourneyState {
  return { reached: [], current: null, route: null, startedAt: now, successShown: false, emailedAt: null };
}

/** Steps after which an ordinary USPS page means the person got back in. */
const RECOVERY_STEPS: ReadonlySet<JourneyStep> = new Set(['forgot', 'check-email', 'new-password']);

function stepFor(kind: PageKind, state: JourneyState): { step: JourneyStep; route?: 'password' | 'username' } | null {
  switch (kind) {
    case 'sign-in':
    case 'sign-in-failed':
      return { step: 'sign-in' };
    case 'forgot-password':
      return { step: 'forgot', route: 'password' };
    case 'forgot-username':
      return { step: 'forgot', route: 'username' };
    case 'check-email':
      return { step: 'check-email' };
    case 'new-password':
      return { step: 'new-password' };
    case 'other':
      return state.reached.some((step) => RECOVERY_STEPS.has(step)) ? { step: 'signed-in' } : null;
    // Errors, locks, sign-up and verification screens interrupt the journey without moving it.
    default:
      return null;
  }
}

export function advanceJourney(state: JourneyState, kind: PageKind, now: number): JourneyState {
  const target = stepFor(kind, state);
  if (!target) return state;
  const sameRoute = target.route === undefined || target.route === state.route;
  if (target.step === state.current && sameRoute) return state;
  // A finished journey followed by another account page is a new attempt, not a step back.
  const base = state.current === 'signed-in' && target.step !== 'signed-in' ? newJourney(now) : state;
  return {
    ...base,
    current: target.step,
    reached: base.reached.includes(target.step) ? base.reached : [...base.reached, target.step],
    route: target.route ?? base.route,
    emailedAt: target.step === 'check-email' ? now : base.emailedAt,
  };
}

/** "Step x of y": x counts from 1; before any step is reached it is step 1 (signing in). */
export function journeyProgress(state: JourneyState): { step: number; of: number } {
  const index = state.current === null ? 0 : JOURNEY_STEPS.indexOf(state.current);
  return { step: index + 1, of: JOURNEY_STEPS.length };
}
