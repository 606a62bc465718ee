import { describe, expect, it } from 'vitest';
import { routeMessage } from '@/utils/background/router';
import { fakeRouterEffects } from '../background/router-effects';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const fromPage = (url: string) => ({ id: ID, url, frameId: 0, tab: { id: 7, incognito: false } });

/** The support card's "I entered my details on a fake USPS site" (components/sidebar/SupportCard.tsx). */
describe('routeMessage: open-fake-site-help', () => {
  it('opens the guide next to the sender’s own tab, from any genuine USPS page', async () => {
    const fx = fakeRouterEffects(ID);
    const sender = fromPage('https://tools.usps.com/go/TrackConfirmAction?tLabels=9400');
    expect(await routeMessage({ type: 'open-fake-site-help' }, sender, fx)).toBe(true);
    expect(fx.openFakeSiteHelp).toHaveBeenCalledWith(7);
  });

  it('is ignored from a page off USPS, from another extension, or with anything added', () => {
    const fx = fakeRouterEffects(ID);
    expect(
      routeMessage({ type: 'open-fake-site-help' }, fromPage('https://usps.com-trackwpy.top/'), fx),
    ).toBeUndefined();
    expect(
      routeMessage({ type: 'open-fake-site-help' }, { ...fromPage('https://reg.usps.com/login'), id: 'other' }, fx),
    ).toBeUndefined();
    expect(
      routeMessage(
        { type: 'open-fake-site-help', url: 'https://evil.test/' },
        fromPage('https://reg.usps.com/login'),
        fx,
      ),
    ).toBeUndefined();
    expect(fx.openFakeSiteHelp).not.toHaveBeenCalled();
  });
});
