import { describe, expect, it, vi } from 'vitest';
import { type RouterEffects, routeMessage } from '@/utils/background/router';
import type { JourneyState, TabSession } from '@/utils/session/tab-session';
import { fakeRouterEffects } from './router-effects';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const journey = (patch: Partial<JourneyState>): JourneyState => ({
  reached: [],
  current: null,
  route: null,
  startedAt: 0,
  successShown: false,
  emailedAt: null,
  emailedOn: null,
  lastKind: null,
  ...patch,
});

function effects(session: TabSession): RouterEffects {
  return fakeRouterEffects(ID, { handleSession: vi.fn(async () => session) });
}
const signedInPage = { id: ID, url: 'https://www.usps.com/manage/', frameId: 0, tab: { id: 7, incognito: false } };
const message = { type: 'show-help-after-journey' };

describe('the sidebar on the page where a recovery journey ends', () => {
  it('is injected when the visit makes the journey "signed in" and the checklist was not shown yet', async () => {
    const fx = effects({
      journey: journey({ current: 'signed-in', reached: ['sign-in', 'forgot', 'signed-in'] }),
      carried: null,
      notice: null,
    });
    expect(await routeMessage(message, signedInPage, fx)).toBe(true);
    expect(fx.handleSession).toHaveBeenCalledWith(
      { tabId: 7, incognito: false, now: 42 },
      { type: 'journey:visit', kind: 'other' },
    );
    expect(fx.injectSidebar).toHaveBeenCalledWith(7, 0, expect.any(Function));
  });

  it('is not injected without a journey, or once the checklist was shown', async () => {
    for (const state of [journey({}), journey({ current: 'signed-in', successShown: true })]) {
      const fx = effects({ journey: state, carried: null, notice: null });
      expect(await routeMessage(message, signedInPage, fx)).toBe(false);
      expect(fx.injectSidebar).not.toHaveBeenCalled();
    }
  });

  it('ignores the request from a page that is not USPS', async () => {
    const fx = effects({ journey: journey({ current: 'signed-in' }), carried: null, notice: null });
    expect(routeMessage(message, { ...signedInPage, url: 'https://usps.com-track.top/' }, fx)).toBeUndefined();
  });
});
