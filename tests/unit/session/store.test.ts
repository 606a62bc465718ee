import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageKind } from '@/utils/core/page-kinds';
import { newJourney } from '@/utils/session/journey';
import {
  clearSessionsOnTabRemoval,
  clearTabSession,
  forgetAllCarried,
  handleSessionRequest,
  type SessionContext,
  sweepExpiredCarried,
} from '@/utils/session/store';
import { CARRY_TTL_MS } from '@/utils/session/tab-session';

const T0 = 1_700_000_000_000;
const tab = (tabId: number, now = T0, incognito = false): SessionContext => ({ tabId, now, incognito });

describe('tab session store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts a tab with a new journey, nothing carried and no notice', async () => {
    const session = await handleSessionRequest(tab(1), { type: 'session:get' });
    expect(session).toEqual({
      journey: newJourney(T0),
      carried: null,
      notice: null,
    });
  });

  it('keeps the journey across requests (a page load in the same tab)', async () => {
    await handleSessionRequest(tab(1), { type: 'journey:visit', kind: 'forgot-password' });
    const session = await handleSessionRequest(tab(1, T0 + 1000), { type: 'session:get' });
    expect(session.journey.current).toBe('forgot');
    expect(session.journey.route).toBe('password');
  });

  it('keeps tabs apart', async () => {
    await handleSessionRequest(tab(1), { type: 'journey:visit', kind: 'forgot-password' });
    await handleSessionRequest(tab(1), { type: 'carry:set', value: 'Pat.Doe' });
    const other = await handleSessionRequest(tab(2), { type: 'session:get' });
    expect(other.journey.current).toBeNull();
    expect(other.carried).toBeNull();
    expect((await handleSessionRequest(tab(1), { type: 'session:get' })).carried?.value).toBe('Pat.Doe');
  });

  it('stores the identifier exactly as typed (case and spaces kept)', async () => {
    const session = await handleSessionRequest(tab(1), { type: 'carry:set', value: ' MixedCase.User ' });
    expect(session.carried).toEqual({ value: ' MixedCase.User ', capturedAt: T0 });
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['255 characters', 'a'.repeat(255)],
    ['a right-to-left override', 'user\u202Eexe.txt'],
    ['a zero-width space', 'pat\u200Bdoe'],
    ['a newline', 'pat\ndoe'],
  ])('refuses an identifier that is %s and keeps the previous one', async (_label, value) => {
    await handleSessionRequest(tab(1), { type: 'carry:set', value: 'pat@example.com' });
    const session = await handleSessionRequest(tab(1, T0 + 1), { type: 'carry:set', value });
    expect(session.carried).toEqual({ value: 'pat@example.com', capturedAt: T0 });
  });

  it('never carries anything in a private window', async () => {
    const session = await handleSessionRequest(tab(1, T0, true), { type: 'carry:set', value: 'pat@example.com' });
    expect(session.carried).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({
      'tab-1': expect.objectContaining({ carried: null }),
    });
  });

  it('returns the carried identifier until just before 30 minutes, then deletes it', async () => {
    await handleSessionRequest(tab(1), { type: 'carry:set', value: 'pat@example.com' });
    const before = await handleSessionRequest(tab(1, T0 + CARRY_TTL_MS - 1), { type: 'session:get' });
    expect(before.carried?.value).toBe('pat@example.com');
    const after = await handleSessionRequest(tab(1, T0 + CARRY_TTL_MS), { type: 'session:get' });
    expect(after.carried).toBeNull();
    const stored = (await fakeBrowser.storage.session.get('tab-1'))['tab-1'] as { carried: unknown };
    expect(stored.carried).toBeNull();
  });

  it('treats a capture time in the future (changed clock) as expired', async () => {
    await handleSessionRequest(tab(1, T0 + 60_000), { type: 'carry:set', value: 'pat' });
    expect((await handleSessionRequest(tab(1, T0), { type: 'session:get' })).carried).toBeNull();
  });

  it('forgets the carried identifier on request, keeping the journey', async () => {
    await handleSessionRequest(tab(1), { type: 'journey:visit', kind: 'forgot-username' });
    await handleSessionRequest(tab(1), { type: 'carry:set', value: 'pat' });
    const session = await handleSessionRequest(tab(1), { type: 'carry:forget' });
    expect(session.carried).toBeNull();
    expect(session.journey.current).toBe('forgot');
  });

  it('marks the success checklist shown and starts over on reset', async () => {
    await handleSessionRequest(tab(1), { type: 'journey:visit', kind: 'forgot-password' });
    const shown = await handleSessionRequest(tab(1), { type: 'journey:success-shown' });
    expect(shown.journey.successShown).toBe(true);
    const reset = await handleSessionRequest(tab(1, T0 + 5), { type: 'journey:reset' });
    expect(reset.journey).toEqual(newJourney(T0 + 5));
  });

  it.each([
    ['a string', 'garbage'],
    ['a wrong shape', { journey: { current: 'flying' }, carried: null }],
    [
      'an invalid stored identifier',
      {
        journey: { reached: [], current: null, route: null, startedAt: T0, successShown: false, emailedAt: null },
        carried: { value: 'a\u202Eb', capturedAt: T0 },
      },
    ],
  ])('resets a corrupted session (%s) to defaults with a notice, once', async (_label, raw) => {
    await fakeBrowser.storage.session.set({ 'tab-1': raw });
    const session = await handleSessionRequest(tab(1), { type: 'session:get' });
    expect(session.notice).toBe('session-reset');
    expect(session.carried).toBeNull();
    expect(session.journey.current).toBeNull();
    expect((await handleSessionRequest(tab(1), { type: 'session:get' })).notice).toBeNull();
  });

  it('does not lose updates when requests for one tab arrive together', async () => {
    await Promise.all([
      handleSessionRequest(tab(1), { type: 'journey:visit', kind: 'sign-in' }),
      handleSessionRequest(tab(1), { type: 'carry:set', value: 'pat' }),
      handleSessionRequest(tab(1), { type: 'journey:visit', kind: 'forgot-password' }),
    ]);
    const session = await handleSessionRequest(tab(1), { type: 'session:get' });
    expect(session.journey.reached).toEqual(['sign-in', 'forgot']);
    expect(session.carried?.value).toBe('pat');
  });

  it('forgets what was typed in every tab at once and says how many tabs had something', async () => {
    await handleSessionRequest(tab(1), { type: 'carry:set', value: 'pat' });
    await handleSessionRequest(tab(2), { type: 'carry:set', value: 'sam@example.com' });
    await handleSessionRequest(tab(3), { type: 'journey:visit', kind: 'check-email' });
    expect(await forgetAllCarried()).toBe(2);
    for (const id of [1, 2, 3]) {
      expect((await handleSessionRequest(tab(id), { type: 'session:get' })).carried).toBeNull();
    }
    expect((await handleSessionRequest(tab(3), { type: 'session:get' })).journey.current).toBe('check-email');
  });

  it('clears a tab when asked and when the tab is closed', async () => {
    clearSessionsOnTabRemoval();
    await handleSessionRequest(tab(1), { type: 'carry:set', value: 'pat' });
    await handleSessionRequest(tab(2), { type: 'carry:set', value: 'sam' });
    await clearTabSession(1);
    expect(await fakeBrowser.storage.session.get(null)).not.toHaveProperty('tab-1');
    await fakeBrowser.tabs.onRemoved.trigger(2, { windowId: 1, isWindowClosing: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('tab session store: the journey', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const visit = (kind: PageKind, now: number, emailed?: boolean) =>
    handleSessionRequest(tab(1, now), { type: 'journey:visit', kind, ...(emailed === undefined ? {} : { emailed }) });

  it('forgets the carried identifier once the person is back in, and not before', async () => {
    await visit('sign-in', T0);
    await handleSessionRequest(tab(1, T0), { type: 'carry:set', value: 'Pat.Doe' });
    await visit('forgot-password', T0 + 1);
    // Mid-recovery, a FAQ opened from the forgot form: not back in, still carried.
    const faq = await visit('other', T0 + 2);
    expect(faq.journey.current).toBe('forgot');
    expect(faq.carried?.value).toBe('Pat.Doe');
    await visit('forgot-password', T0 + 3);
    await visit('sign-in', T0 + 4);
    const backIn = await visit('other', T0 + 5);
    expect(backIn.journey.current).toBe('signed-in');
    expect(backIn.carried).toBeNull();
    expect(await fakeBrowser.storage.session.get('tab-1')).toMatchObject({ 'tab-1': { carried: null } });
  });

  it('starts the follow-up clock on a verification screen that says USPS emailed a code', async () => {
    await visit('sign-in', T0);
    const choice = await visit('verify-identity', T0 + 60_000);
    expect(choice.journey.emailedAt).toBeNull();
    const code = await visit('verify-identity', T0 + 2 * 60_000, true);
    expect(code.journey.emailedAt).toBe(T0 + 2 * 60_000);
    const again = await visit('verify-identity', T0 + 3 * 60_000, true);
    expect(again.journey.emailedAt).toBe(T0 + 2 * 60_000);
  });

  it('reads a session stored before emailedOn and lastKind existed, without a reset notice', async () => {
    const journey = { reached: ['forgot'], current: 'forgot', route: 'password', startedAt: T0, successShown: false };
    await fakeBrowser.storage.session.set({ 'tab-1': { journey: { ...journey, emailedAt: null }, carried: null } });
    const session = await handleSessionRequest(tab(1), { type: 'session:get' });
    expect(session.notice).toBeNull();
    expect(session.journey).toEqual({ ...journey, emailedAt: null, emailedOn: null, lastKind: null });
  });
});

describe('sweeping expired identifiers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('deletes expired identifiers in every tab, keeping fresh ones and the journeys', async () => {
    await handleSessionRequest(tab(1, T0), { type: 'carry:set', value: 'old' });
    await handleSessionRequest(tab(1, T0), { type: 'journey:visit', kind: 'forgot-password' });
    await handleSessionRequest(tab(2, T0 + 20 * 60_000), { type: 'carry:set', value: 'fresh' });
    expect(await sweepExpiredCarried(T0 + CARRY_TTL_MS)).toBe(1);
    const stored = await fakeBrowser.storage.session.get(null);
    expect(stored['tab-1']).toMatchObject({ carried: null, journey: { current: 'forgot' } });
    expect(stored['tab-2']).toMatchObject({ carried: { value: 'fresh' } });
  });

  it("drops what a corrupted entry held, and the tab's next request still reports the reset", async () => {
    const corrupted = '{"carried":{"value":"Pat.Doe","capturedAt":';
    await fakeBrowser.storage.session.set({ 'tab-9': corrupted, unrelated: 1 });
    expect(await sweepExpiredCarried(T0)).toBe(0);
    const stored = await fakeBrowser.storage.session.get(null);
    expect(JSON.stringify(stored)).not.toContain('Pat.Doe');
    expect(stored.unrelated).toBe(1);
    // A second sweep (another tab's message) comes before this tab asks: still reported once.
    expect(await sweepExpiredCarried(T0 + 1)).toBe(0);
    const session = await handleSessionRequest(tab(9), { type: 'journey:visit', kind: 'forgot-password' });
    expect(session.notice).toBe('session-reset');
    expect(session.carried).toBeNull();
    expect(session.journey.current).toBe('forgot');
    expect((await handleSessionRequest(tab(9), { type: 'session:get' })).notice).toBeNull();
  });
});
