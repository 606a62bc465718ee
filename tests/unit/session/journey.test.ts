import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, type PageKind } from '@/utils/core/page-kinds';
import { advanceJourney, journeyProgress, newJourney, sameSessionShown } from '@/utils/session/journey';
import { JOURNEY_STEPS, type JourneyState, type TabSession } from '@/utils/session/tab-session';

const T0 = 1_700_000_000_000;

/** Visits kinds one minute apart, as a person clicking through USPS pages would. */
function walk(kinds: PageKind[], start: JourneyState = newJourney(T0)): JourneyState {
  return kinds.reduce((state, kind, index) => advanceJourney(state, kind, T0 + (index + 1) * 60_000), start);
}

describe('newJourney', () => {
  it('starts with nothing reached, no route and no email sent', () => {
    expect(newJourney(T0)).toEqual({
      reached: [],
      current: null,
      route: null,
      startedAt: T0,
      successShown: false,
      emailedAt: null,
      emailedOn: null,
      lastKind: null,
    });
  });
});

describe('advanceJourney: which page kind leads to which step', () => {
  it.each([
    ['sign-in', 'sign-in', null],
    ['sign-in-failed', 'sign-in', null],
    ['forgot-password', 'forgot', 'password'],
    ['forgot-username', 'forgot', 'username'],
    ['check-email', 'check-email', null],
    ['new-password', 'new-password', null],
  ] as const)('%s from a new journey → step %s, route %s', (kind, step, route) => {
    const state = advanceJourney(newJourney(T0), kind, T0 + 1);
    expect(state.current).toBe(step);
    expect(state.reached).toEqual([step]);
    expect(state.route).toBe(route);
  });

  it.each(['error', 'account-locked', 'sign-up', 'verify-identity', 'other'] as const)(
    '%s on a new journey moves no step (only the last page kind is noted)',
    (kind) => {
      const start = newJourney(T0);
      expect(advanceJourney(start, kind, T0 + 1)).toEqual({ ...start, lastKind: kind });
    },
  );

  it.each(['error', 'account-locked', 'sign-up', 'verify-identity'] as const)(
    '%s in the middle of a recovery keeps the current step, route and email time',
    (kind) => {
      const middle = walk(['sign-in-failed', 'forgot-password', 'check-email']);
      expect(advanceJourney(middle, kind, T0 + 999_999)).toEqual({ ...middle, lastKind: kind });
    },
  );

  it('covers every page kind (a new kind must be given a journey rule here)', () => {
    const tested = new Set<PageKind>([
      'sign-in',
      'sign-in-failed',
      'forgot-password',
      'forgot-username',
      'check-email',
      'new-password',
      'error',
      'account-locked',
      'sign-up',
      'verify-identity',
      'other',
    ]);
    expect([...tested].sort()).toEqual([...PAGE_KINDS].sort());
  });
});

describe('advanceJourney: whole journeys', () => {
  it('follows the password route to the end: signed in after a new password', () => {
    const state = walk(['sign-in', 'sign-in-failed', 'forgot-password', 'check-email', 'new-password', 'other']);
    expect(state.reached).toEqual(['sign-in', 'forgot', 'check-email', 'new-password', 'signed-in']);
    expect(state.current).toBe('signed-in');
    expect(state.route).toBe('password');
    expect(state.emailedAt).toBe(T0 + 4 * 60_000);
  });

  it('follows the username route: forgot username, email, back to sign-in, signed in', () => {
    const state = walk(['sign-in', 'forgot-username', 'check-email', 'sign-in', 'other']);
    expect(state.reached).toEqual(['sign-in', 'forgot', 'check-email', 'signed-in']);
    expect(state.route).toBe('username');
    expect(state.current).toBe('signed-in');
  });

  it('does not call an ordinary page "signed in" when no recovery step was reached', () => {
    const state = walk(['sign-in', 'sign-in-failed', 'other']);
    expect(state.current).toBe('sign-in');
    expect(state.reached).toEqual(['sign-in']);
  });

  it('switches the route when the person changes from the password form to the username form', () => {
    const state = walk(['forgot-password', 'forgot-username']);
    expect(state.current).toBe('forgot');
    expect(state.route).toBe('username');
    expect(state.reached).toEqual(['forgot']);
  });

  it('records when USPS said it emailed, and again when the person asks for a new email later', () => {
    const first = walk(['forgot-password', 'check-email']);
    expect(first.emailedAt).toBe(T0 + 2 * 60_000);
    const again = advanceJourney(
      advanceJourney(first, 'forgot-password', T0 + 10 * 60_000),
      'check-email',
      T0 + 11 * 60_000,
    );
    expect(again.emailedAt).toBe(T0 + 11 * 60_000);
    expect(again.reached).toEqual(['forgot', 'check-email']);
  });
});

describe('advanceJourney: reload and back', () => {
  it.each(['sign-in', 'sign-in-failed', 'forgot-password', 'forgot-username', 'check-email', 'new-password'] as const)(
    'reloading a %s page returns the very same state (no advance, no reset)',
    (kind) => {
      const once = walk(['sign-in', kind]);
      expect(advanceJourney(once, kind, T0 + 999_999)).toBe(once);
    },
  );

  it('keeps the email time when the "check your email" page is reloaded', () => {
    const state = walk(['forgot-password', 'check-email']);
    expect(advanceJourney(state, 'check-email', T0 + 30 * 60_000).emailedAt).toBe(T0 + 2 * 60_000);
  });

  it('going back from the forgot form to sign-in moves the current step back but keeps what was reached', () => {
    const back = walk(['sign-in', 'forgot-password', 'sign-in']);
    expect(back.current).toBe('sign-in');
    expect(back.reached).toEqual(['sign-in', 'forgot']);
    expect(back.route).toBe('password');
    const forward = advanceJourney(back, 'forgot-password', T0 + 999_999);
    expect(forward.current).toBe('forgot');
    expect(forward.reached).toEqual(['sign-in', 'forgot']);
  });

  it('an ordinary page after signing in again stays "signed in"', () => {
    const done = walk(['forgot-password', 'new-password', 'other']);
    expect(advanceJourney(done, 'other', T0 + 999_999)).toBe(done);
  });

  it('keeps successShown and the start time through the journey', () => {
    const shown = { ...walk(['forgot-password']), successShown: true };
    const later = walk(['check-email', 'new-password'], shown);
    expect(later.successShown).toBe(true);
    expect(later.startedAt).toBe(T0);
  });
});

describe('advanceJourney: starting over', () => {
  it('a new account page after a finished journey starts a new journey', () => {
    const done = walk(['forgot-password', 'check-email', 'new-password', 'other']);
    const finished = { ...done, successShown: true };
    const next = advanceJourney(finished, 'sign-in-failed', T0 + 3_600_000);
    expect(next).toEqual({
      reached: ['sign-in'],
      current: 'sign-in',
      route: null,
      startedAt: T0 + 3_600_000,
      successShown: false,
      emailedAt: null,
      emailedOn: null,
      lastKind: 'sign-in-failed',
    });
  });

  it('newJourney is the "start over" state, whatever came before', () => {
    const restarted = newJourney(T0 + 5);
    expect(journeyProgress(restarted)).toEqual({ step: 1, of: JOURNEY_STEPS.length });
    expect(advanceJourney(restarted, 'forgot-username', T0 + 6).reached).toEqual(['forgot']);
  });
});

describe('journeyProgress', () => {
  it('counts "Step x of y" from the current step, y being every journey step', () => {
    expect(journeyProgress(newJourney(T0))).toEqual({ step: 1, of: 5 });
    expect(journeyProgress(walk(['sign-in']))).toEqual({ step: 1, of: 5 });
    expect(journeyProgress(walk(['forgot-username']))).toEqual({ step: 2, of: 5 });
    expect(journeyProgress(walk(['forgot-password', 'check-email']))).toEqual({ step: 3, of: 5 });
    expect(journeyProgress(walk(['forgot-password', 'new-password']))).toEqual({ step: 4, of: 5 });
    expect(journeyProgress(walk(['forgot-password', 'new-password', 'other']))).toEqual({ step: 5, of: 5 });
  });
});

describe('advanceJourney: when an ordinary page means "signed in"', () => {
  it('not when a FAQ is opened from the forgot form mid-recovery, nor after coming back to it', () => {
    const faq = walk(['sign-in', 'forgot-password', 'other']);
    expect(faq.current).toBe('forgot');
    expect(faq.reached).not.toContain('signed-in');
    const back = walk(['forgot-password', 'other'], faq);
    expect(back.current).toBe('forgot');
  });

  it.each([
    ['waiting for the email', ['forgot-password', 'check-email', 'other']],
    ['on a failed sign-in after recovering', ['forgot-password', 'check-email', 'sign-in-failed', 'other']],
    ['on a verification screen during recovery', ['forgot-password', 'verify-identity', 'other']],
    ['with a page in between', ['forgot-password', 'sign-in', 'error', 'other']],
  ] as const)('not from a page opened while %s', (_label, kinds) => {
    expect(walk([...kinds]).current).not.toBe('signed-in');
  });

  it.each([
    ['back to sign-in after the email', ['sign-in', 'forgot-username', 'check-email', 'sign-in', 'other']],
    ['a new password set', ['forgot-password', 'check-email', 'new-password', 'other']],
    [
      'the code screen after signing in again',
      ['forgot-password', 'check-email', 'sign-in', 'verify-identity', 'other'],
    ],
    ['a failed try, then a plain sign-in', ['forgot-password', 'check-email', 'sign-in-failed', 'sign-in', 'other']],
  ] as const)('yes after %s', (_label, kinds) => {
    const state = walk([...kinds]);
    expect(state.current).toBe('signed-in');
    expect(state.reached.at(-1)).toBe('signed-in');
  });

  it('not from a plain sign-in when no recovery step came before it', () => {
    expect(walk(['sign-in', 'other']).current).toBe('sign-in');
    expect(walk(['sign-in', 'verify-identity', 'other']).current).toBe('sign-in');
  });
});

describe('advanceJourney: when USPS emailed the person (follow-up clock)', () => {
  it('starts on a verification screen that says USPS emailed a code, keeping the first time there', () => {
    const signIn = walk(['sign-in']);
    const choice = advanceJourney(signIn, 'verify-identity', T0 + 2 * 60_000);
    expect(choice.emailedAt).toBeNull();
    const code = advanceJourney(choice, 'verify-identity', T0 + 3 * 60_000, true);
    expect(code.emailedAt).toBe(T0 + 3 * 60_000);
    expect(code.emailedOn).toBe('verify-identity');
    // The same screen again (reload, a second message from the sidebar): same time, same object.
    expect(advanceJourney(code, 'verify-identity', T0 + 9 * 60_000, true)).toBe(code);
    expect(advanceJourney(code, 'verify-identity', T0 + 9 * 60_000)).toBe(code);
    // The code screen moves no journey step.
    expect(code.current).toBe('sign-in');
    expect(code.reached).toEqual(['sign-in']);
  });

  it('keeps the time through a FAQ or an error page, restarts after another journey step', () => {
    const code = advanceJourney(walk(['sign-in', 'verify-identity']), 'verify-identity', T0 + 3 * 60_000, true);
    const faq = advanceJourney(code, 'other', T0 + 4 * 60_000);
    const back = advanceJourney(faq, 'verify-identity', T0 + 5 * 60_000, true);
    expect(back.emailedAt).toBe(T0 + 3 * 60_000);
    // Signed in again and asked for a new code: a new wait.
    const signIn = advanceJourney(back, 'sign-in', T0 + 20 * 60_000);
    const newCode = advanceJourney(signIn, 'verify-identity', T0 + 21 * 60_000, true);
    expect(newCode.emailedAt).toBe(T0 + 21 * 60_000);
  });

  it('restarts on a check-email page after a code was emailed (another email)', () => {
    const code = advanceJourney(walk(['forgot-password', 'verify-identity']), 'verify-identity', T0 + 3 * 60_000, true);
    expect(advanceJourney(code, 'check-email', T0 + 5 * 60_000).emailedAt).toBe(T0 + 5 * 60_000);
  });

  it('is forgotten when a new journey starts', () => {
    const done = walk(['forgot-password', 'check-email', 'new-password', 'other']);
    expect(done.emailedAt).toBe(T0 + 2 * 60_000);
    const again = advanceJourney(done, 'sign-in', T0 + 3_600_000);
    expect(again.emailedAt).toBeNull();
    expect(again.emailedOn).toBeNull();
  });
});

describe("sameSessionShown: the sidebar's own working-out of a visit against the background's answer", () => {
  const session = (journey: JourneyState, carried: TabSession['carried'] = null): TabSession => ({
    journey,
    carried,
    notice: null,
  });

  it('is the same when only the clocks differ (a new journey, an email noted a moment apart)', () => {
    const here = advanceJourney(newJourney(T0), 'verify-identity', T0 + 5, true);
    const there = advanceJourney(newJourney(T0 + 3), 'verify-identity', T0 + 9, true);
    expect(here).not.toEqual(there);
    expect(sameSessionShown(session(here), session(there))).toBe(true);
  });

  it.each<[string, (s: TabSession) => TabSession]>([
    ['another step', (s) => ({ ...s, journey: advanceJourney(s.journey, 'check-email', T0 + 2) })],
    ['another route', (s) => ({ ...s, journey: { ...s.journey, route: 'username' } })],
    ['the checklist shown', (s) => ({ ...s, journey: { ...s.journey, successShown: true } })],
    ['another last page', (s) => ({ ...s, journey: { ...s.journey, lastKind: 'error' } })],
    ['an email noted', (s) => ({ ...s, journey: { ...s.journey, emailedAt: T0, emailedOn: 'check-email' } })],
    ['a reset notice', (s) => ({ ...s, notice: 'session-reset' })],
    ['something carried', (s) => ({ ...s, carried: { value: 'Pat.Doe', capturedAt: T0 } })],
  ])('differs with %s', (_what, change) => {
    const base = session(walk(['sign-in', 'forgot-password']));
    expect(sameSessionShown(base, base)).toBe(true);
    expect(sameSessionShown(base, change(base))).toBe(false);
    expect(sameSessionShown(change(base), base)).toBe(false);
  });
});
