import type { PageKind } from '../core/page-kinds';
import { JOURNEY_STEPS, type JourneyState, type JourneyStep, type TabSession } from './tab-session';

/**
 * The recovery journey as a pure state machine over page kinds, so reloads, the back button and
 * SPA screen changes can be replayed in tests. Visiting the kind you are already on changes
 * nothing (a reload neither advances nor resets the journey).
 */
export function newJourney(now: number): JourneyState {
  return {
    reached: [],
    current: null,
    route: null,
    startedAt: now,
    successShown: false,
    emailedAt: null,
    emailedOn: null,
    lastKind: null,
  };
}

/** Steps that show the person was recovering access (not just signing in). */
const RECOVERY_STEPS: ReadonlySet<JourneyStep> = new Set(['forgot', 'check-email', 'new-password']);

/**
 * Whether an ordinary page now means the person got back in: after a recovery step, they were on a
 * sign-in step (a plain sign-in page, not a failed one, or the new-password page) or on the code
 * screen USPS shows after one (multi-factor sign-in: faq.usps.com "Multifactor Authentication
 * (MFA)", A; verified.usps.com's code screen, B), and left it for an ordinary page. An ordinary
 * page opened from the forgot form or while waiting for the email (a FAQ, say) is not "signed in".
 */
function gotBackIn(state: JourneyState): boolean {
  if (!state.reached.some((step) => RECOVERY_STEPS.has(step))) return false;
  switch (state.lastKind) {
    case 'sign-in':
    case 'new-password':
      return true;
    case 'verify-identity':
      return state.current === 'sign-in' || state.current === 'new-password';
    default:
      return false;
  }
}

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
      return state.current !== 'signed-in' && gotBackIn(state) ? { step: 'signed-in' } : null;
    // Errors, locks, sign-up and verification screens interrupt the journey without moving it.
    default:
      return null;
  }
}

function moveStep(state: JourneyState, kind: PageKind, now: number): JourneyState {
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
  };
}

/**
 * Page kinds that are steps of the journey (an ordinary page may be one, a FAQ say, or not).
 * Elsewhere (locked, errors, codes, sign-up) the sidebar hides its "Step x of 5".
 */
export const STEP_KINDS: ReadonlySet<PageKind> = new Set([
  'sign-in',
  'sign-in-failed',
  'forgot-password',
  'forgot-username',
  'check-email',
  'new-password',
]);

/**
 * `emailed`: the page says USPS emailed the person (the sidebar decides with `uspsHasEmailed`;
 * a check-email page always says so). The follow-up counts from the first such visit to a page
 * kind: reloads and screen changes of the same kind keep the time, and so do pages that are no
 * step of the journey (a FAQ, an error); a visit to another journey step ends that wait, so
 * coming back later (the person asked for a new email or code) starts a new one.
 */
function noteEmail(state: JourneyState, kind: PageKind, now: number, emailed: boolean): JourneyState {
  const emailedOn = STEP_KINDS.has(kind) && state.emailedOn !== kind ? null : state.emailedOn;
  if ((emailed || kind === 'check-email') && emailedOn !== kind) return { ...state, emailedAt: now, emailedOn: kind };
  return emailedOn === state.emailedOn ? state : { ...state, emailedOn };
}

/**
 * Moves the journey for a visit to a page of `kind`. Visiting the kind you are already on
 * answers the very same state (a reload neither advances nor resets anything).
 */
export function advanceJourney(state: JourneyState, kind: PageKind, now: number, emailed = false): JourneyState {
  const moved = noteEmail(moveStep(state, kind, now), kind, now, emailed);
  return moved.lastKind === kind ? moved : { ...moved, lastKind: kind };
}

/** "Step x of y": x counts from 1; before any step is reached it is step 1 (signing in). */
export function journeyProgress(state: JourneyState): { step: number; of: number } {
  const index = state.current === null ? 0 : JOURNEY_STEPS.indexOf(state.current);
  return { step: index + 1, of: JOURNEY_STEPS.length };
}

/**
 * The same session apart from when things happened: the sidebar works out its journey visit with
 * its own clock (components/sidebar/Sidebar.tsx) before the background answers with its own, so the two
 * can differ in the times they read, and in nothing else that is shown or decided on.
 */
export function sameSessionShown(a: TabSession, b: TabSession): boolean {
  const x = a.journey;
  const y = b.journey;
  return (
    x.current === y.current &&
    x.route === y.route &&
    x.successShown === y.successShown &&
    x.lastKind === y.lastKind &&
    x.emailedOn === y.emailedOn &&
    (x.emailedAt === null) === (y.emailedAt === null) &&
    x.reached.length === y.reached.length &&
    x.reached.every((step, index) => step === y.reached[index]) &&
    a.notice === b.notice &&
    a.carried?.value === b.carried?.value
  );
}
