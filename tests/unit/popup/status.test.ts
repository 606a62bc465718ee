import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabStatus } from '@/utils/core/messages';
import { hostAccessGranted, loadPopupTabState, requestHostAccess, tabIdFromLocation } from '@/utils/popup/status';
import {
  DETECTOR_CHANNEL_NAME,
  publishDetectorChannel,
  readDetectorStatus,
} from '@/utils/recognition/detector-channel';
import { newJourney } from '@/utils/session/journey';
import type { TabSession } from '@/utils/session/tab-session';

const SIGN_IN_URL = 'https://reg.usps.com/entreg/LoginAction_input?app=Phoenix';
const STATUS: TabStatus = {
  recognition: { kind: 'sign-in', signals: ['form'] },
  sidebarShown: true,
  hasForm: false,
};

function session(current: TabSession['journey']['current']): TabSession {
  return { journey: { ...newJourney(0), current, reached: current ? [current] : [] }, carried: null, notice: null };
}

describe('tabIdFromLocation', () => {
  it.each([
    ['?tab=12', 12],
    ['?tab=0', 0],
    ['', null],
    ['?tab=', null],
    ['?tab=-1', null],
    ['?tab=1.5', null],
    ['?tab=12abc', null],
    ['?tab=99999999999', null],
  ])('%j → %j', (search, expected) => {
    expect(tabIdFromLocation(search)).toBe(expected);
  });
});

const CHANNEL_KEY = Symbol.for(DETECTOR_CHANNEL_NAME);
const scope = globalThis as Record<symbol, unknown>;

/** What the detector publishes in the tab's isolated world (utils/recognition/detector.ts). */
function publishDetector(status: TabStatus): void {
  publishDetectorChannel({
    current: () => status.recognition,
    subscribe: () => () => {},
    helpRequested: () => status.sidebarShown,
  });
}

type Injection = { func?: (...args: string[]) => unknown; args?: string[]; files?: string[] };

/**
 * The fake browser leaves scripting unmocked. This one runs an injected function here, in the
 * test's global, which stands for the tab's isolated world; a file injection does what `onFile`
 * says (by default nothing: a page still loading, say).
 */
function scriptingHere(onFile: () => unknown = () => []) {
  return vi.fn(async (injection: Injection) =>
    injection.func ? [{ frameId: 0, result: injection.func(...(injection.args ?? [])) }] : onFile(),
  ) as unknown as typeof fakeBrowser.scripting.executeScript;
}

describe('readDetectorStatus (run in the tab by the popup)', () => {
  afterEach(() => {
    delete scope[CHANNEL_KEY];
  });

  it("reads the detector's recognition and whether it had help shown", () => {
    publishDetector(STATUS);
    expect(readDetectorStatus(DETECTOR_CHANNEL_NAME)).toEqual(STATUS);
  });

  it('says whether the page shows a form with a field', () => {
    publishDetector(STATUS);
    document.body.innerHTML = '<form><input type="hidden" name="csrf"></form>';
    expect(readDetectorStatus(DETECTOR_CHANNEL_NAME)?.hasForm).toBe(false);
    document.body.innerHTML = '<form><label>Code <input name="code"></label></form>';
    expect(readDetectorStatus(DETECTOR_CHANNEL_NAME)?.hasForm).toBe(true);
    document.body.innerHTML = '';
  });

  it('answers null where no detector runs', () => {
    expect(readDetectorStatus(DETECTOR_CHANNEL_NAME)).toBeNull();
  });

  it('is self-contained: the browser sends only its source to the tab', () => {
    publishDetector(STATUS);
    // Rebuilt from its source alone, as the browser does in the tab: no outer names to rely on.
    const rebuilt = new Function(`return (${readDetectorStatus.toString()})`)() as typeof readDetectorStatus;
    expect(rebuilt(DETECTOR_CHANNEL_NAME)).toEqual(STATUS);
  });
});

describe('loadPopupTabState', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    publishDetector(STATUS);
    // The popup's window: "current" for tabs.query.
    await fakeBrowser.windows.create({ focused: true });
    // The fake browser leaves messaging unmocked: the background answers here.
    fakeBrowser.runtime.sendMessage = vi.fn(async () => session('sign-in')) as typeof fakeBrowser.runtime.sendMessage;
    fakeBrowser.scripting.executeScript = scriptingHere();
    // The fake browser leaves permissions unmocked: usps.com access granted, as after install.
    fakeBrowser.permissions.contains = vi.fn(async () => true) as typeof fakeBrowser.permissions.contains;
  });
  afterEach(() => {
    delete scope[CHANNEL_KEY];
  });

  it('says the usps.com access is withheld, on any tab, and asks nothing of the tab', async () => {
    fakeBrowser.permissions.contains = vi.fn(async () => false) as typeof fakeBrowser.permissions.contains;
    const tab = await fakeBrowser.tabs.create({ url: SIGN_IN_URL, active: true });
    expect(await loadPopupTabState('')).toEqual({ state: 'no-access' });
    expect(await loadPopupTabState(`?tab=${tab.id}`)).toEqual({ state: 'no-access' });
    // Withheld, Firefox hides the tab's URL: still no-access, not "not a USPS.com page".
    await fakeBrowser.tabs.create({ active: true });
    expect(await loadPopupTabState('')).toEqual({ state: 'no-access' });
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({ origins: ['https://*.usps.com/*'] });
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('carries on as before when the permissions API cannot answer', async () => {
    fakeBrowser.permissions.contains = vi.fn(async () => {
      throw new Error('not supported');
    }) as typeof fakeBrowser.permissions.contains;
    await fakeBrowser.tabs.create({ url: SIGN_IN_URL, active: true });
    expect(await loadPopupTabState('')).toMatchObject({ state: 'status', status: STATUS });
  });

  it('describes the active tab when no tab is named', async () => {
    const tab = await fakeBrowser.tabs.create({ url: SIGN_IN_URL, active: true });
    expect(await loadPopupTabState('')).toEqual({
      state: 'status',
      tabId: tab.id,
      hostname: 'reg.usps.com',
      status: STATUS,
      progress: { step: 1, of: 5 },
    });
    // The detector's channel was read in the top frame: nothing injected.
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: tab.id, frameIds: [0] },
      func: readDetectorStatus,
      args: [DETECTOR_CHANNEL_NAME],
      injectImmediately: true,
    });
  });

  it('describes the tab named by ?tab=', async () => {
    const named = await fakeBrowser.tabs.create({ url: 'https://es-reg.usps.com/login', active: false });
    await fakeBrowser.tabs.create({ url: 'https://example.org/', active: true });
    const state = await loadPopupTabState(`?tab=${named.id}`);
    expect(state).toMatchObject({ state: 'status', tabId: named.id, hostname: 'es-reg.usps.com' });
  });

  it.each([
    ['a page outside usps.com', 'https://example.org/', { state: 'not-usps', domain: 'example.org' }],
    ['a browser page', 'about:blank', { state: 'not-usps' }],
    [
      'a genuine USPS site the extension does not help on',
      'https://www.uspis.gov/report',
      { state: 'usps-elsewhere', domain: 'uspis.gov' },
    ],
    [
      'a lookalike host',
      'https://usps.com-track.top/login',
      { state: 'lookalike', check: { verdict: 'lookalike', domain: 'com-track.top', signs: ['usps-com-start'] } },
    ],
    [
      'plain http',
      'http://reg.usps.com/login',
      { state: 'lookalike', check: { verdict: 'lookalike', domain: 'usps.com', signs: ['not-https'] } },
    ],
  ])('answers from the address alone for %s, asking the tab nothing', async (_label, url, expected) => {
    await fakeBrowser.tabs.create({ url, active: true });
    expect(await loadPopupTabState('')).toMatchObject(expected);
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('answers a lookalike even while usps.com access is withheld (activeTab shows its address)', async () => {
    fakeBrowser.permissions.contains = vi.fn(async () => false) as typeof fakeBrowser.permissions.contains;
    await fakeBrowser.tabs.create({ url: 'https://usps.com@evil.test/', active: true });
    expect(await loadPopupTabState('')).toMatchObject({ state: 'lookalike', check: { signs: ['userinfo'] } });
  });

  it('says it has no address to check when the tab hides it, or the named tab does not exist', async () => {
    // Without the toolbar button's activeTab grant, a tab off usps.com shows no URL.
    await fakeBrowser.tabs.create({ active: true });
    expect(await loadPopupTabState('')).toEqual({ state: 'no-address' });
    expect(await loadPopupTabState('?tab=4242')).toEqual({ state: 'no-address' });
  });

  const cannotInject = async () => {
    throw new Error('Cannot access contents of the page.');
  };

  it('injects the detector where none runs (only the error watch runs there), then reads again', async () => {
    const TRACKING_URL = 'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400';
    const other: TabStatus = { recognition: { kind: 'other', signals: [] }, sidebarShown: false, hasForm: false };
    delete scope[CHANNEL_KEY];
    // The injected detector publishes its channel as it runs.
    fakeBrowser.scripting.executeScript = scriptingHere(() => {
      publishDetector(other);
      return [{ frameId: 0, result: undefined }];
    });
    const tab = await fakeBrowser.tabs.create({ url: TRACKING_URL, active: true });
    expect(await loadPopupTabState('')).toMatchObject({ state: 'status', tabId: tab.id, status: other });
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(3);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenNthCalledWith(2, {
      target: { tabId: tab.id, frameIds: [0] },
      files: ['/detector.js'],
      injectImmediately: true,
    });
  });

  it.each([
    ['the injected detector does not publish either', () => []],
    ['the detector cannot be injected', cannotInject],
  ])('tells a silent USPS page apart from a non-USPS page when %s', async (_label, inject) => {
    delete scope[CHANNEL_KEY];
    fakeBrowser.scripting.executeScript = scriptingHere(inject);
    const tab = await fakeBrowser.tabs.create({ url: SIGN_IN_URL, active: true });
    expect(await loadPopupTabState('')).toEqual({ state: 'no-answer', tabId: tab.id, hostname: 'reg.usps.com' });
    const files = vi
      .mocked(fakeBrowser.scripting.executeScript)
      .mock.calls.filter(([injection]) => 'files' in injection);
    expect(files).toHaveLength(1);
  });

  it('tells a silent USPS page apart from a non-USPS page when the page cannot be scripted at all', async () => {
    fakeBrowser.scripting.executeScript = vi.fn(cannotInject) as typeof fakeBrowser.scripting.executeScript;
    const tab = await fakeBrowser.tabs.create({ url: SIGN_IN_URL, active: true });
    expect(await loadPopupTabState('')).toEqual({ state: 'no-answer', tabId: tab.id, hostname: 'reg.usps.com' });
  });

  it('shows no progress before the journey has a step, or when the background cannot answer', async () => {
    await fakeBrowser.tabs.create({ url: SIGN_IN_URL, active: true });
    fakeBrowser.runtime.sendMessage = vi.fn(async () => session(null)) as typeof fakeBrowser.runtime.sendMessage;
    expect(await loadPopupTabState('')).toMatchObject({ state: 'status', progress: null });
    fakeBrowser.runtime.sendMessage = vi.fn(async () => {
      throw new Error('gone');
    }) as typeof fakeBrowser.runtime.sendMessage;
    expect(await loadPopupTabState('')).toMatchObject({ state: 'status', progress: null });
  });
});

describe('hostAccessGranted, requestHostAccess', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each([
    [true, true],
    [false, false],
  ])('permissions.contains %j → %j', async (answer, expected) => {
    fakeBrowser.permissions.contains = vi.fn(async () => answer) as typeof fakeBrowser.permissions.contains;
    expect(await hostAccessGranted()).toBe(expected);
  });

  it('asks for exactly the manifest host permission, and a refusal or failure is false', async () => {
    const request = vi.fn(async () => true);
    fakeBrowser.permissions.request = request as typeof fakeBrowser.permissions.request;
    expect(await requestHostAccess()).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['https://*.usps.com/*'] });
    request.mockResolvedValueOnce(false);
    expect(await requestHostAccess()).toBe(false);
    request.mockRejectedValueOnce(new Error('not from a user gesture'));
    expect(await requestHostAccess()).toBe(false);
  });
});
