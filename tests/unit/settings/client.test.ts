import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type RouterEffects, routeMessage } from '@/utils/background/router';
import { loadSettings, readStoredSettings, updateSettings, watchSettings } from '@/utils/settings/client';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import * as store from '@/utils/settings/store';
import { fakeRouterEffects } from '../background/router-effects';

/**
 * The sidebar's settings go through the background (its bundle carries no zod): the client
 * (utils/settings/client.ts) → the router (utils/background/router.ts) → the zod-checked store,
 * here wired together on the WXT fake browser as the built extension wires them.
 */
const ID = fakeBrowser.runtime.id;
const uspsTab = { id: ID, url: 'https://reg.usps.com/entreg/LoginAction_input', frameId: 0, tab: { id: 7 } };
const optionsPage = { id: ID, url: `chrome-extension://${ID}/options.html` };

function effects(): RouterEffects {
  return fakeRouterEffects(ID, {
    loadSettings: vi.fn(store.loadSettings),
    updateSettings: vi.fn(store.updateSettings),
  });
}

/** The background's listener, receiving the sidebar's messages as if from a USPS tab. */
function listenAsBackground(fx: RouterEffects) {
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const answer = routeMessage(message, uspsTab, fx);
    if (!answer) return undefined;
    answer.then(sendResponse);
    return true;
  });
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings messages in the background router', () => {
  it('answers settings:get with the repaired settings, the notice and the reset fields', async () => {
    await fakeBrowser.storage.local.set({ settings: { side: 'left', width: 'wide', theme: 'dark' } });
    const answer = await routeMessage({ type: 'settings:get' }, uspsTab, effects());
    expect(answer).toEqual({
      settings: { ...DEFAULT_SETTINGS, side: 'left' },
      notice: 'settings-reset',
      resetFields: ['width'],
    });
  });

  it('saves a valid patch and keeps every other field', async () => {
    await store.updateSettings({ language: 'es' });
    const answer = await routeMessage({ type: 'settings:update', patch: { side: 'left' } }, uspsTab, effects());
    expect(answer).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, language: 'es', side: 'left' } });
    expect((await store.loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, language: 'es', side: 'left' });
  });

  it('refuses a patch with an invalid or unknown field, names those fields and saves nothing', async () => {
    const fx = effects();
    const answer = await routeMessage(
      { type: 'settings:update', patch: { side: 'left', width: 9999, textSize: 'huge', theme: 'dark' } },
      optionsPage,
      fx,
    );
    expect(answer).toEqual({
      ok: false,
      refused: expect.arrayContaining(['width', 'textSize', 'theme']),
      reason: 'invalid',
    });
    expect((answer as { refused: string[] }).refused).toHaveLength(3);
    expect(fx.updateSettings).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it.each([
    ['prefill', { prefill: 'off' }],
    ['autoOpen', { autoOpen: 'never' }],
    ['language', { language: 'es' }],
    ['followUpMinutes', { followUpMinutes: 60 }],
    ['prefill, with a display field', { side: 'left', prefill: 'on' }],
  ])('refuses %s from a content script (options page only) and saves nothing', async (_label, patch) => {
    const fx = effects();
    const answer = await routeMessage({ type: 'settings:update', patch }, uspsTab, fx);
    expect(answer).toEqual({
      ok: false,
      refused: Object.keys(patch).filter((field) => field !== 'side'),
      reason: 'options-page-only',
    });
    expect(fx.updateSettings).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('saves the display fields from a content script, and every field from the options page', async () => {
    const display = { side: 'left', width: 480, textSize: 'large', collapsedOn: ['sign-in'] };
    expect(await routeMessage({ type: 'settings:update', patch: display }, uspsTab, effects())).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, ...display },
    });
    const behaviour = { prefill: 'off', autoOpen: 'never', language: 'es', followUpMinutes: 60 };
    expect(await routeMessage({ type: 'settings:update', patch: behaviour }, optionsPage, effects())).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, ...display, ...behaviour },
    });
  });

  it.each([
    ['a string', 'left'],
    ['null', null],
    ['an array', [['side', 'left']]],
    ['nothing', undefined],
  ])('refuses a patch that is %s', async (_label, patch) => {
    const fx = effects();
    expect(await routeMessage({ type: 'settings:update', patch }, uspsTab, fx)).toEqual({
      ok: false,
      refused: [],
      reason: 'invalid',
    });
    expect(fx.updateSettings).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', { ...uspsTab, id: 'someone-else' }],
    ['a lookalike host', { ...uspsTab, url: 'https://usps.com-track.top/login' }],
    ['plain http', { ...uspsTab, url: 'http://reg.usps.com/login' }],
    ['a page sender without a tab', { id: ID, url: 'https://reg.usps.com/login' }],
  ])('ignores settings messages from %s', (_label, sender) => {
    const fx = effects();
    expect(routeMessage({ type: 'settings:get' }, sender, fx)).toBeUndefined();
    expect(routeMessage({ type: 'settings:update', patch: { side: 'left' } }, sender, fx)).toBeUndefined();
    expect(fx.loadSettings).not.toHaveBeenCalled();
    expect(fx.updateSettings).not.toHaveBeenCalled();
  });

  it('ignores settings messages with extra fields', () => {
    const fx = effects();
    expect(routeMessage({ type: 'settings:get', key: 'settings' }, uspsTab, fx)).toBeUndefined();
    expect(routeMessage({ type: 'settings:update', patch: {}, force: true }, uspsTab, fx)).toBeUndefined();
  });
});

describe('the sidebar settings client', () => {
  it('reads the repaired settings and the notice through the background', async () => {
    listenAsBackground(effects());
    await fakeBrowser.storage.local.set({ settings: { side: 'sideways', language: 'es' } });
    expect(await loadSettings()).toEqual({
      settings: { ...DEFAULT_SETTINGS, language: 'es' },
      notice: 'settings-reset',
      resetFields: ['side'],
    });
  });

  it('saves through the background, and rejects a refused patch without saving', async () => {
    listenAsBackground(effects());
    expect(await updateSettings({ textSize: 'large' })).toEqual({ ...DEFAULT_SETTINGS, textSize: 'large' });
    await expect(updateSettings({ width: 10 })).rejects.toThrow(/width/);
    expect((await store.loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, textSize: 'large' });
  });

  it('rejects when nobody answers (the background is gone)', async () => {
    await expect(loadSettings()).rejects.toThrow();
    await expect(updateSettings({ side: 'left' })).rejects.toThrow();
  });

  it('tells watchers about changes made anywhere, with values the background repaired', async () => {
    listenAsBackground(effects());
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await store.updateSettings({ side: 'left' });
    await vi.waitFor(() => expect(seen).toEqual([{ ...DEFAULT_SETTINGS, side: 'left' }]));
    // Written by hand or by a bug: the watcher still gets only valid values.
    await fakeBrowser.storage.local.set({ settings: { side: 'left', width: -5 } });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toEqual({ ...DEFAULT_SETTINGS, side: 'left' });
    unwatch();
    await store.updateSettings({ side: 'right' });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(seen).toHaveLength(2);
  });

  it('ignores changes to other keys and other storage areas', async () => {
    const fx = effects();
    listenAsBackground(fx);
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.session.set({ settings: { side: 'left' } });
    expect(fx.loadSettings).not.toHaveBeenCalled();
    expect(seen).toEqual([]);
    unwatch();
  });
});

describe('reading the stored settings without the background (help pages)', () => {
  /** What the background would answer for the same storage, for comparison. */
  async function backgroundAnswer() {
    const { settings, notice, resetFields } = await store.loadSettings();
    return { settings, notice, resetFields };
  }

  it('gives the defaults and no notice when nothing is stored, as the background does', async () => {
    const answer = await readStoredSettings();
    expect(answer).toEqual({ settings: DEFAULT_SETTINGS, notice: null, resetFields: [] });
    expect(answer).toEqual(await backgroundAnswer());
    // A copy: the sidebar may not change the shared defaults.
    expect(answer?.settings).not.toBe(DEFAULT_SETTINGS);
  });

  it('gives what a save stored, as the background does', async () => {
    await store.updateSettings({ language: 'es', side: 'left', collapsedOn: ['sign-in'], followUpMinutes: 30 });
    const answer = await readStoredSettings();
    expect(answer).toEqual({
      settings: { ...DEFAULT_SETTINGS, language: 'es', side: 'left', collapsedOn: ['sign-in'], followUpMinutes: 30 },
      notice: null,
      resetFields: [],
    });
    expect(answer).toEqual(await backgroundAnswer());
  });

  it.each<[string, unknown]>([
    ['a field of the wrong type', { ...DEFAULT_SETTINGS, width: 'wide' }],
    ['a field out of range', { ...DEFAULT_SETTINGS, width: 9999 }],
    ['an unknown key', { ...DEFAULT_SETTINGS, theme: 'dark' }],
    // Valid so far, but the background fills the gap: only it may answer for a partial object.
    ['a missing field', { side: 'left' }],
    ['a string', 'settings'],
    ['an array', [DEFAULT_SETTINGS]],
  ])('answers null for %s, so the sidebar asks the background', async (_label, stored) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await readStoredSettings()).toBeNull();
  });

  it('answers null for a value of another storage version, so the versioned item migrates it', async () => {
    await fakeBrowser.storage.local.set({ settings: DEFAULT_SETTINGS, settings$: { v: 2 } });
    expect(await readStoredSettings()).toBeNull();
    await fakeBrowser.storage.local.set({ settings$: { v: 1 } });
    expect(await readStoredSettings()).toEqual({ settings: DEFAULT_SETTINGS, notice: null, resetFields: [] });
  });

  it('answers null for a stored null (Chrome keeps null values)', async () => {
    // The fake browser deletes null values, so Chrome's answer is stood in for (cast: the
    // overloads of get() leave the spy typed by the callback form).
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockResolvedValue({ settings: null } as never);
    try {
      expect(await readStoredSettings()).toBeNull();
      expect(get).toHaveBeenCalledWith(['settings', 'settings$']);
    } finally {
      get.mockRestore();
    }
  });

  it('does not wake the background', async () => {
    const fx = effects();
    listenAsBackground(fx);
    await store.updateSettings({ side: 'left' });
    await readStoredSettings();
    expect(fx.loadSettings).not.toHaveBeenCalled();
  });
});
