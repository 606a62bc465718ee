import { describe, expect, it, vi } from 'vitest';
import { type RouterEffects, routeMessage } from '@/utils/background/router';
import { newJourney } from '@/utils/session/journey';
import type { TabSession } from '@/utils/session/tab-session';
import { fakeRouterEffects } from './router-effects';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const SESSION: TabSession = {
  journey: newJourney(0),
  carried: null,
  notice: null,
};

function effects(): RouterEffects {
  return fakeRouterEffects(ID, {
    isIncognitoTab: vi.fn(async (tabId: number) => tabId === 99),
    handleSession: vi.fn(async () => SESSION),
    peekSession: vi.fn(async () => SESSION),
    forgetAllCarried: vi.fn(async () => 3),
  });
}

const uspsTab = (url = 'https://reg.usps.com/entreg/LoginAction_input', incognito = false) => ({
  id: ID,
  url,
  frameId: 0,
  tab: { id: 7, incognito },
});
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const optionsTab = { id: ID, url: `${ORIGIN}options.html`, tab: { id: 12, incognito: false } };

describe('routeMessage: content scripts', () => {
  it('answers a session request keyed by the sender tab', async () => {
    const fx = effects();
    const answer = await routeMessage(
      { type: 'session', request: { type: 'journey:visit', kind: 'sign-in' } },
      uspsTab(),
      fx,
    );
    expect(answer).toBe(SESSION);
    expect(fx.handleSession).toHaveBeenCalledWith(
      { tabId: 7, incognito: false, now: 42 },
      { type: 'journey:visit', kind: 'sign-in' },
    );
  });

  it('passes on that the page says USPS emailed the person', async () => {
    const fx = effects();
    const request = { type: 'journey:visit', kind: 'verify-identity', emailed: true };
    await routeMessage({ type: 'session', request }, uspsTab(), fx);
    expect(fx.handleSession).toHaveBeenCalledWith({ tabId: 7, incognito: false, now: 42 }, request);
  });

  it('passes the private-window flag of the sender tab on', async () => {
    const fx = effects();
    await routeMessage({ type: 'session', request: { type: 'carry:set', value: 'pat' } }, uspsTab(undefined, true), fx);
    expect(fx.handleSession).toHaveBeenCalledWith(
      { tabId: 7, incognito: true, now: 42 },
      { type: 'carry:set', value: 'pat' },
    );
  });

  it("answers a peek at the sender tab's session through peekSession, which writes nothing", async () => {
    const fx = effects();
    expect(await routeMessage({ type: 'session-peek' }, uspsTab(undefined, true), fx)).toBe(SESSION);
    expect(fx.peekSession).toHaveBeenCalledWith({ tabId: 7, incognito: true, now: 42 });
    expect(fx.handleSession).not.toHaveBeenCalled();
  });

  it('injects the sidebar into the sender frame on show-help', async () => {
    const fx = effects();
    expect(await routeMessage({ type: 'show-help' }, { ...uspsTab(), frameId: 3 }, fx)).toBe(true);
    expect(fx.injectSidebar).toHaveBeenCalledWith(7, 3, expect.any(Function));
  });

  it('passes the private-window flag on to the injection, which reads the preloaded session with it', async () => {
    const fx = effects();
    expect(await routeMessage({ type: 'show-help' }, uspsTab(undefined, true), fx)).toBe(true);
    expect(fx.injectSidebar).toHaveBeenCalledWith(7, 0, expect.any(Function));
    const [, , readSession] = vi.mocked(fx.injectSidebar).mock.calls[0] ?? [];
    expect(await readSession?.()).toBe(SESSION);
    expect(fx.peekSession).toHaveBeenCalledWith({ tabId: 7, incognito: true, now: 42 });
  });

  describe('what was typed stays with the account hosts', () => {
    const CARRIED: TabSession = { ...SESSION, carried: { value: 'pat.doe@gmail.com', capturedAt: 40 } };
    const carrying = () =>
      fakeRouterEffects(ID, { handleSession: vi.fn(async () => CARRIED), peekSession: vi.fn(async () => CARRIED) });
    const elsewhere = uspsTab('https://www.usps.com/root/global/server_responses/error_404.htm');

    it.each([
      ['reg', 'https://reg.usps.com/entreg/ForgotUsernameAction_input'],
      ['es-reg', 'https://es-reg.usps.com/entreg/ForgotUsernameAction_input'],
      ['verified', 'https://verified.usps.com/am/XUI/?realm=/alpha'],
    ])('hands it to a content script on %s', async (_host, url) => {
      const fx = carrying();
      expect(await routeMessage({ type: 'session', request: { type: 'session:get' } }, uspsTab(url), fx)).toBe(CARRIED);
      expect(await routeMessage({ type: 'session-peek' }, uspsTab(url), fx)).toBe(CARRIED);
    });

    it.each([
      'https://www.usps.com/root/global/server_responses/error_404.htm',
      'https://tools.usps.com/go/TrackConfirmAction_input',
      'https://faq.usps.com/s/article/x',
    ])('never hands it to a content script on %s, in any answer', async (url) => {
      const fx = carrying();
      const sender = uspsTab(url);
      for (const request of [
        { type: 'session:get' },
        { type: 'journey:visit', kind: 'forgot-username' },
        { type: 'journey:success-shown' },
      ]) {
        const answer = (await routeMessage({ type: 'session', request }, sender, fx)) as TabSession;
        expect(answer.carried, request.type).toBeNull();
        expect(answer.journey).toBe(CARRIED.journey);
      }
      expect(((await routeMessage({ type: 'session-peek' }, sender, fx)) as TabSession).carried).toBeNull();
    });

    it('keeps nothing a content script elsewhere offers as typed', async () => {
      const fx = carrying();
      await routeMessage({ type: 'session', request: { type: 'carry:set', value: 'planted' } }, elsewhere, fx);
      expect(fx.handleSession).toHaveBeenCalledWith({ tabId: 7, incognito: false, now: 42 }, { type: 'session:get' });
      await routeMessage({ type: 'session', request: { type: 'carry:forget' } }, elsewhere, fx);
      expect(fx.handleSession).toHaveBeenLastCalledWith(
        { tabId: 7, incognito: false, now: 42 },
        { type: 'carry:forget' },
      );
    });

    it('injects a sidebar elsewhere with a preload that leaves it out, and keeps it on an account host', async () => {
      const preloadFor = async (sender: ReturnType<typeof uspsTab>) => {
        const fx = carrying();
        await routeMessage({ type: 'show-help' }, sender, fx);
        const [, , readSession] = vi.mocked(fx.injectSidebar).mock.calls[0] ?? [];
        return readSession?.();
      };
      expect((await preloadFor(elsewhere))?.carried).toBeNull();
      expect((await preloadFor(uspsTab()))?.carried).toEqual(CARRIED.carried);
    });
  });

  it.each([
    ['another extension', { ...uspsTab(), id: 'someone-else' }],
    ['a lookalike host', uspsTab('https://usps.com-track.top/login')],
    ['plain http', uspsTab('http://reg.usps.com/login')],
    ['a sender without a tab', { id: ID, url: 'https://reg.usps.com/login' }],
    ['a sender without a URL', { id: ID, tab: { id: 7 } }],
  ])('ignores messages from %s', (_label, sender) => {
    const fx = effects();
    expect(routeMessage({ type: 'session', request: { type: 'session:get' } }, sender, fx)).toBeUndefined();
    expect(routeMessage({ type: 'show-help' }, sender, fx)).toBeUndefined();
    expect(routeMessage({ type: 'session-peek' }, sender, fx)).toBeUndefined();
    expect(fx.handleSession).not.toHaveBeenCalled();
    expect(fx.peekSession).not.toHaveBeenCalled();
    expect(fx.injectSidebar).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown type', { type: 'session', request: { type: 'carry:steal' } }],
    ['an unknown page kind', { type: 'session', request: { type: 'journey:visit', kind: 'home' } }],
    ['a non-string value', { type: 'session', request: { type: 'carry:set', value: 5 } }],
    ['a non-boolean emailed', { type: 'session', request: { type: 'journey:visit', kind: 'check-email', emailed: 1 } }],
    ['a huge value', { type: 'session', request: { type: 'carry:set', value: 'a'.repeat(10_000) } }],
    ['extra fields', { type: 'session', request: { type: 'session:get', tabId: 3 } }],
    ['a peek at another tab', { type: 'session-peek', tabId: 3 }],
    ['null', null],
    ['a string', 'session'],
  ])('ignores %s', (_label, message) => {
    const fx = effects();
    expect(routeMessage(message, uspsTab(), fx)).toBeUndefined();
    expect(fx.handleSession).not.toHaveBeenCalled();
    expect(fx.peekSession).not.toHaveBeenCalled();
  });

  it('refuses extension-page messages from a content script (no speaking for other tabs)', () => {
    const fx = effects();
    expect(
      routeMessage({ type: 'session-for-tab', tabId: 1, request: { type: 'session:get' } }, uspsTab(), fx),
    ).toBeUndefined();
    expect(routeMessage({ type: 'forget-all-carried' }, uspsTab(), fx)).toBeUndefined();
    expect(routeMessage({ type: 'open-help', tabId: 1 }, uspsTab(), fx)).toBeUndefined();
    expect(routeMessage({ type: 'make-page-report', tabId: 1 }, uspsTab(), fx)).toBeUndefined();
    expect(fx.forgetAllCarried).not.toHaveBeenCalled();
    expect(fx.openHelp).not.toHaveBeenCalled();
    expect(fx.makePageReport).not.toHaveBeenCalled();
  });
});

describe('routeMessage: the sidebar asks for a page report', () => {
  it("makes the report of the sender's own tab, whatever USPS page it is on", async () => {
    const fx = effects();
    const tab = uspsTab('https://www.usps.com/root/global/server_responses/anyapp_outage_apology.htm');
    expect(await routeMessage({ type: 'report-this-page' }, tab, fx)).toEqual({ id: 'report-id' });
    expect(fx.makePageReport).toHaveBeenCalledWith(tab.tab.id);
  });

  it('names no other tab, and is ignored from a page off USPS', () => {
    const fx = effects();
    expect(routeMessage({ type: 'report-this-page', tabId: 99 }, uspsTab(), fx)).toBeUndefined();
    expect(routeMessage({ type: 'report-this-page' }, uspsTab('https://usps.com-trackwpy.top/'), fx)).toBeUndefined();
    expect(fx.makePageReport).not.toHaveBeenCalled();
  });
});

describe('routeMessage: extension pages', () => {
  it('answers a session request for a named tab, asking the browser whether it is private', async () => {
    const fx = effects();
    await routeMessage({ type: 'session-for-tab', tabId: 99, request: { type: 'carry:forget' } }, popup, fx);
    expect(fx.isIncognitoTab).toHaveBeenCalledWith(99);
    expect(fx.handleSession).toHaveBeenCalledWith({ tabId: 99, incognito: true, now: 42 }, { type: 'carry:forget' });
  });

  it('forgets everything carried from the options page (which runs in a tab of its own)', async () => {
    const fx = effects();
    expect(await routeMessage({ type: 'forget-all-carried' }, optionsTab, fx)).toEqual({ forgotten: 3 });
  });

  it('opens help in the named tab for the popup', async () => {
    const fx = effects();
    expect(await routeMessage({ type: 'open-help', tabId: 5 }, popup, fx)).toBe(true);
    expect(fx.openHelp).toHaveBeenCalledWith(5);
  });

  it('makes the page report of the named tab for the popup, and answers its id', async () => {
    const fx = effects();
    expect(await routeMessage({ type: 'make-page-report', tabId: 7 }, popup, fx)).toEqual({ id: 'report-id' });
    expect(fx.makePageReport).toHaveBeenCalledWith(7);
  });

  it.each([
    ['no tab', { type: 'make-page-report' }],
    ['a bad tab id', { type: 'make-page-report', tabId: -3 }],
    ['an extra field', { type: 'make-page-report', tabId: 7, url: 'https://reg.usps.com/' }],
  ])('ignores a page-report request with %s', (_label, message) => {
    const fx = effects();
    expect(routeMessage(message, popup, fx)).toBeUndefined();
    expect(fx.makePageReport).not.toHaveBeenCalled();
  });

  it('does not take content-script messages from an extension page (it has no USPS tab of its own)', () => {
    const fx = effects();
    expect(routeMessage({ type: 'session', request: { type: 'session:get' } }, optionsTab, fx)).toBeUndefined();
    expect(routeMessage({ type: 'show-help' }, popup, fx)).toBeUndefined();
    expect(routeMessage({ type: 'session-peek' }, optionsTab, fx)).toBeUndefined();
  });

  it.each([-1, 1.5, '5', null])('ignores a bad tab id %j', (tabId) => {
    const fx = effects();
    expect(routeMessage({ type: 'open-help', tabId }, popup, fx)).toBeUndefined();
  });

  it("ignores another extension's pages", () => {
    const fx = effects();
    expect(
      routeMessage({ type: 'forget-all-carried' }, { id: 'other', url: 'chrome-extension://other/x.html' }, fx),
    ).toBeUndefined();
  });
});
