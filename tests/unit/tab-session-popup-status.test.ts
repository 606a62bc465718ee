import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newJourney } from '@/utils/journey';
import type { TabStatus } from '@/utils/messages';
import { loadPopupTabState, tabIdFromLocation } from '@/utils/popup-status';
import type { TabSession } from '@/utils/tab-session';

const SIGN_IN_URL = 'https://reg.usps.com/entreg/LoginAction_input?app=Phoenix';
const STATUS: TabStatus = { recognition: { kind: 'sign-in', signals: ['form'] }, sidebarShown: true };

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

describe('loadPopupTabState', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    // The popup's window: "current" for tabs.query.
    await fakeBrowser.windows.create({ focused: true });
    // The fake browser leaves messaging unmocked: the detector and background answer here.
    fakeBrowser.tabs.sendMessage = vi.fn(async () => STATUS) as typeof fakeBrowser.tabs.sendMessage;
    fakeBrowser.runtime.sendMessage = vi.fn(async () => session('sign-in')) as typeof fakeBrowser.runtime.sendMessage;
    fakeBrowser.scripting.executeScript = vi.fn(async () => []) as typeof fakeBrowser.scripting.executeScript;
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
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(tab.id, { type: 'get-status' }, { frameId: 0 });
    // The detector answered: nothing injected.
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('describes the tab named by ?tab=', async () => {
    const named = await fakeBrowser.tabs.create({ url: 'https://es-reg.usps.com/login', active: false });
    await fakeBrowser.tabs.create({ url: 'https://example.org/', active: true });
    const state = await loadPopupTabState(`?tab=${named.id}`);
    expect(state).toMatchObject({ state: 'status', tabId: named.id, hostname: 'es-reg.usps.com' });
  });

  it.each([
    ['a page outside usps.com', 'https://example.org/'],
    ['a lookalike host', 'https://usps.com-track.top/login'],
    ['plain http', 'http://reg.usps.com/login'],
  ])('says "not USPS" for %s without asking it anything', async (_label, url) => {
    await fakeBrowser.tabs.create({ url, active: true });
    expect(await loadPopupTabState('')).toEqual({ state: 'not-usps' });
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('says "not USPS" when the named tab does not exist', async () => {
    expect(await loadPopupTabState('?tab=4242')).toEqual({ state: 'not-usps' });
  });

  const noReceiver = async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  };

  it('injects the detector where no one answers (only the error watch runs there), then asks again', async () => {
    const TRACKING_URL = 'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400';
    const other: TabStatus = { recognition: { kind: 'other', signals: [] }, sidebarShown: false };
    fakeBrowser.tabs.sendMessage = vi
      .fn()
      .mockImplementationOnce(noReceiver)
      .mockResolvedValueOnce(other) as unknown as typeof fakeBrowser.tabs.sendMessage;
    const tab = await fakeBrowser.tabs.create({ url: TRACKING_URL, active: true });
    expect(await loadPopupTabState('')).toMatchObject({ state: 'status', tabId: tab.id, status: other });
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: tab.id, frameIds: [0] },
      files: ['/detector.js'],
    });
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['the injected detector does not answer either', async () => []],
    ['the detector cannot be injected', noReceiver],
  ])('tells a silent USPS page apart from a non-USPS page when %s', async (_label, inject) => {
    fakeBrowser.tabs.sendMessage = vi.fn(noReceiver) as typeof fakeBrowser.tabs.sendMessage;
    fakeBrowser.scripting.executeScript = vi.fn(inject) as typeof fakeBrowser.scripting.executeScript;
    const tab = await fakeBrowser.tabs.create({ url: SIGN_IN_URL, active: true });
    expect(await loadPopupTabState('')).toEqual({ state: 'no-answer', tabId: tab.id, hostname: 'reg.usps.com' });
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(1);
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
