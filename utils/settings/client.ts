// The browser's own promise API, as in utils/session/client.ts: this module ships in the
// sidebar bundle, which is size-budgeted (no polyfill, and no zod: the background validates).

import type { SettingsMessage } from '../core/messages';
import { nativeBrowser as browser } from '../core/native-browser';
import {
  DEFAULT_SETTINGS,
  isSettingsAnswer,
  isValidSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  type Settings,
  type SettingsAnswer,
  type SettingsUpdateAnswer,
} from './settings';

/**
 * How the sidebar reads and saves the settings: through the background, which owns the zod
 * schema (utils/settings/store.ts) and answers with repaired values. Same names and shapes as
 * the store's, so the sidebar code reads the same either way.
 */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The repaired settings, with the notice when some stored fields fell back to defaults. */
export async function loadSettings(): Promise<SettingsAnswer> {
  const message: SettingsMessage = { type: 'settings:get' };
  const answer: unknown = await browser.runtime.sendMessage(message);
  if (!isSettingsAnswer(answer)) throw new Error('The background did not answer with the settings');
  return answer;
}

/**
 * The fast way on help pages, where the bundle is declared by the manifest and nobody preloads
 * it: content scripts may read storage.local themselves, which needs no background (waking a
 * sleeping service worker costs tens of milliseconds). Only a complete, valid value of the
 * current storage version, or none at all (defaults, as the store's fallback), is used; anything
 * else answers null and the caller asks the background, whose versioned item (utils/settings/store.ts)
 * migrates and repairs it and shows the notice.
 */
export async function readStoredSettings(): Promise<SettingsAnswer | null> {
  const metaKey = `${SETTINGS_KEY}$`;
  const stored = await browser.storage.local.get([SETTINGS_KEY, metaKey]);
  // WXT's versioned item keeps its version beside the value; none written means version 1.
  const version = (stored[metaKey] as { v?: unknown } | undefined)?.v ?? 1;
  if (version !== SETTINGS_VERSION) return null;
  const settings = stored[SETTINGS_KEY];
  if (settings === undefined) return { settings: { ...DEFAULT_SETTINGS }, notice: null, resetFields: [] };
  return isValidSettings(settings) ? { settings, notice: null, resetFields: [] } : null;
}

/** Saves a patch; rejects (and nothing is saved) when the background refuses a field. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const message: SettingsMessage = { type: 'settings:update', patch };
  const answer = (await browser.runtime.sendMessage(message)) as SettingsUpdateAnswer | undefined;
  if (answer?.ok === true && isObject(answer.settings)) return answer.settings;
  const refused = answer?.ok === false ? `${answer.reason}: ${answer.refused.join(', ')}` : 'no answer';
  throw new Error(`Settings not saved (${refused})`);
}

/**
 * Calls back with the repaired settings whenever they change anywhere in the extension. Content
 * scripts may listen to storage changes; the new value is asked from the background rather than
 * read from the change, so it is checked by the same schema.
 */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  // Only the answer to the latest change counts, should answers arrive out of order.
  let latest = 0;
  let watching = true;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !Object.hasOwn(changes, 'settings')) return;
    const asked = ++latest;
    loadSettings().then(
      (answer) => watching && asked === latest && callback(answer.settings),
      () => {
        // The background is gone (extension reloaded): the sidebar keeps what it shows.
      },
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    watching = false;
    browser.storage.onChanged.removeListener(listener);
  };
}
