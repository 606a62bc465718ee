import { describe, expect, it, vi } from 'vitest';
import { routeMessage } from '@/utils/background/router';
import { DEFAULT_SETTINGS, SIDEBAR_SETTABLE_FIELDS } from '@/utils/settings/settings';
import { repairSettings } from '@/utils/settings/store';
import { fakeRouterEffects } from '../background/router-effects';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const LOAD = { type: 'load-password-check' };
const sender = (url: string) => ({ id: ID, url, frameId: 3, tab: { id: 7, incognito: false } });
const settingsWith = (passwordCheck: boolean) =>
  vi.fn(async () => ({
    settings: { ...DEFAULT_SETTINGS, passwordCheck },
    notice: null,
    resetFields: [],
    droppedKeys: [],
  }));

describe('load-password-check: the live check goes only where it may (utils/background/router.ts)', () => {
  it('injects into the sender frame on an account host with the option on', async () => {
    const fx = fakeRouterEffects(ID, { loadSettings: settingsWith(true) });
    await expect(routeMessage(LOAD, sender('https://reg.usps.com/entreg/RegistrationAction_input'), fx)).resolves.toBe(
      true,
    );
    expect(fx.injectPasswordCheck).toHaveBeenCalledWith(7, 3);
  });

  it.each([
    'https://www.usps.com/manage/',
    'https://tools.usps.com/go/TrackConfirmAction',
    'https://informeddelivery.usps.com/box/pages/secure/DashboardAction_input.action',
  ])('refuses a USPS page off the account hosts: %s', async (url) => {
    const fx = fakeRouterEffects(ID, { loadSettings: settingsWith(true) });
    await expect(routeMessage(LOAD, sender(url), fx)).resolves.toBe(false);
    expect(fx.injectPasswordCheck).not.toHaveBeenCalled();
  });

  it('ignores a page off USPS altogether', () => {
    const fx = fakeRouterEffects(ID, { loadSettings: settingsWith(true) });
    expect(routeMessage(LOAD, sender('https://reg.usps.com.example.net/register'), fx)).toBeUndefined();
    expect(fx.injectPasswordCheck).not.toHaveBeenCalled();
  });

  it('injects nothing while the option is off', async () => {
    const fx = fakeRouterEffects(ID, { loadSettings: settingsWith(false) });
    await expect(routeMessage(LOAD, sender('https://reg.usps.com/register'), fx)).resolves.toBe(false);
    expect(fx.injectPasswordCheck).not.toHaveBeenCalled();
  });

  it('carries nothing: a message with any other field is not this one', () => {
    const fx = fakeRouterEffects(ID, { loadSettings: settingsWith(true) });
    expect(routeMessage({ ...LOAD, password: 'x' }, sender('https://reg.usps.com/register'), fx)).toBeUndefined();
  });
});

describe('the option (utils/settings/settings.ts)', () => {
  it('is on by default, and a stored value without it is not a reset', () => {
    expect(DEFAULT_SETTINGS.passwordCheck).toBe(true);
    const { passwordCheck: _, ...older } = DEFAULT_SETTINGS;
    expect(repairSettings(older)).toMatchObject({ notice: null, settings: { passwordCheck: true } });
    expect(repairSettings({ ...older, passwordCheck: 'yes' }).resetFields).toEqual(['passwordCheck']);
  });

  it('is changed on the options page only: a content script may not turn it on or off', async () => {
    expect(SIDEBAR_SETTABLE_FIELDS).not.toContain('passwordCheck');
    const fx = fakeRouterEffects(ID);
    const answer = await routeMessage(
      { type: 'settings:update', patch: { passwordCheck: false } },
      sender('https://reg.usps.com/register'),
      fx,
    );
    expect(answer).toEqual({ ok: false, refused: ['passwordCheck'], reason: 'options-page-only' });
    expect(fx.updateSettings).not.toHaveBeenCalled();
  });
});
