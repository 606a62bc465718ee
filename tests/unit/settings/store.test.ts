import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import { loadSettings, repairSettings, settingsItem, updateSettings, watchSettings } from '@/utils/settings/store';

async function storeRaw(value: unknown) {
  await fakeBrowser.storage.local.set({ settings: value });
}

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults and no notice on a fresh install', async () => {
    expect(await loadSettings()).toEqual({
      settings: DEFAULT_SETTINGS,
      notice: null,
      resetFields: [],
      droppedKeys: [],
    });
  });

  it('saves a patch and keeps every other field', async () => {
    const saved = await updateSettings({ side: 'left', textSize: 'larger' });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, side: 'left', textSize: 'larger' });
    const { settings, notice } = await loadSettings();
    expect(settings).toEqual(saved);
    expect(notice).toBeNull();
  });

  it('fills fields missing from an older stored object with defaults, without a notice', async () => {
    await storeRaw({ language: 'es', prefill: 'ask' });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, language: 'es', prefill: 'ask' });
    expect(loaded.notice).toBeNull();
  });

  it('resets only the fields with wrong types and reports them', async () => {
    await storeRaw({
      language: 'es',
      side: 42,
      width: '360',
      textSize: 'largest',
      autoOpen: true,
      collapsedOn: ['sign-in'],
      prefill: 'off',
      followUpMinutes: 15,
    });
    const loaded = await loadSettings();
    expect(loaded.notice).toBe('settings-reset');
    expect(loaded.resetFields).toEqual(['side', 'width', 'autoOpen']);
    expect(loaded.settings).toEqual({
      language: 'es',
      side: DEFAULT_SETTINGS.side,
      width: DEFAULT_SETTINGS.width,
      textSize: 'largest',
      autoOpen: DEFAULT_SETTINGS.autoOpen,
      collapsedOn: ['sign-in'],
      prefill: 'off',
      followUpMinutes: 15,
      passwordCheck: DEFAULT_SETTINGS.passwordCheck,
    });
  });

  it('resets unknown enum values and out-of-range numbers', async () => {
    await storeRaw({ language: 'fr', textSize: 'huge', width: 9000, followUpMinutes: -3, prefill: 'always' });
    const loaded = await loadSettings();
    expect(loaded.resetFields).toEqual(['language', 'width', 'textSize', 'prefill', 'followUpMinutes']);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('treats a collapsedOn list with an unknown page kind as corrupted', async () => {
    await storeRaw({ collapsedOn: ['sign-in', 'not-a-kind'], side: 'left' });
    const loaded = await loadSettings();
    expect(loaded.resetFields).toEqual(['collapsedOn']);
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, side: 'left' });
  });

  it('drops unknown keys, keeps the valid fields and reports the notice', async () => {
    await storeRaw({ side: 'left', theme: 'dark', __proto__polluted: true });
    const loaded = await loadSettings();
    expect(loaded.notice).toBe('settings-reset');
    expect(loaded.droppedKeys).toEqual(['theme', '__proto__polluted']);
    expect(loaded.resetFields).toEqual([]);
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, side: 'left' });
  });

  it.each([
    ['a JSON-garbage string', '{"side": "left",'],
    ['an array', ['left']],
    ['a number', 7],
  ])('falls back to all defaults with a notice when the stored value is %s', async (_label, value) => {
    await storeRaw(value);
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice).toBe('settings-reset');
    expect(loaded.resetFields).toEqual(Object.keys(DEFAULT_SETTINGS));
  });

  it('keeps the notice until the next save, which stores the repaired value', async () => {
    await storeRaw({ side: 'left', width: 'wide' });
    expect((await loadSettings()).notice).toBe('settings-reset');
    expect((await loadSettings()).notice).toBe('settings-reset');
    await updateSettings({ textSize: 'large' });
    const loaded = await loadSettings();
    expect(loaded.notice).toBeNull();
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, side: 'left', textSize: 'large' });
  });

  it('refuses an invalid patch instead of storing it', async () => {
    expect(() => updateSettings({ side: 'up' as Settings['side'] })).toThrow(TypeError);
    expect(() => updateSettings({ followUpMinutes: 0 })).toThrow(TypeError);
    expect(() => updateSettings({ nonsense: 1 } as unknown as Partial<Settings>)).toThrow(TypeError);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('applies quick successive saves in order, losing none', async () => {
    await Promise.all([
      updateSettings({ side: 'left' }),
      updateSettings({ language: 'es' }),
      updateSettings({ width: 400 }),
    ]);
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, side: 'left', language: 'es', width: 400 });
  });

  it('tells watchers about changes with repaired values', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await updateSettings({ side: 'left' });
    await storeRaw({ side: 'sideways', language: 'es' });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[0]).toEqual({ ...DEFAULT_SETTINGS, side: 'left' });
    expect(seen[1]).toEqual({ ...DEFAULT_SETTINGS, language: 'es' });
    unwatch();
    await updateSettings({ side: 'right' });
    expect(seen).toHaveLength(2);
  });

  it('treats a stored null as corrupted (Chrome keeps null values; the fake browser deletes them)', () => {
    const repaired = repairSettings(null);
    expect(repaired.settings).toEqual(DEFAULT_SETTINGS);
    expect(repaired.notice).toBe('settings-reset');
  });

  it('never hands out the shared defaults object, so a caller cannot change the defaults', async () => {
    const { settings } = await loadSettings();
    settings.collapsedOn.push('sign-in');
    expect(DEFAULT_SETTINGS.collapsedOn).toEqual([]);
  });
});

describe('settings versions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is declared as version 1 (nothing older was ever stored, so there is nothing to migrate)', async () => {
    await fakeBrowser.storage.local.set({ settings: { side: 'left' } });
    await settingsItem.migrate();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: { side: 'left' } });
  });

  it('still reads, field by field, settings written by a newer version (after a downgrade)', async () => {
    await fakeBrowser.storage.local.set({
      settings: { side: 'left', textSize: 'huge', theme: 'dark' },
      settings$: { v: 2 },
    });
    await expect(settingsItem.migrate()).rejects.toThrow(/downgrade/i);
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, side: 'left' });
    expect(loaded.resetFields).toEqual(['textSize']);
    expect(loaded.droppedKeys).toEqual(['theme']);
  });
});
