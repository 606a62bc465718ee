import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import {
  DEFAULT_SETTINGS,
  SETTINGS_FIELD_RULES,
  SETTINGS_FIELDS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  type Settings,
} from './settings';

/**
 * The settings, declared once. Version 1: nothing older was ever stored, so there is no
 * migration yet; a future shape change adds `2: (v1) => v2` here. Every read goes through
 * `repairSettings`, so a value written by hand, by an older build or by a bug can never reach
 * the UI unchecked.
 */
export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {},
});

/**
 * One zod/mini schema per field, built from the field rules (utils/settings/settings.ts), so a bad
 * field is replaced by its default and the others are kept. Only the background, the popup and
 * the options page import this module: the sidebar bundle (size-budgeted) asks the background.
 */
const FIELD_SCHEMAS = Object.fromEntries(
  SETTINGS_FIELDS.map((field) => [field, z.custom(SETTINGS_FIELD_RULES[field])]),
) as unknown as { [K in keyof Settings]: z.ZodMiniType<Settings[K]> };

/** The whole settings object: every field, nothing else. */
export const SettingsSchema = z.strictObject(FIELD_SCHEMAS);

/** What a save may change: any of the fields, nothing else. */
const PatchSchema = z.partial(SettingsSchema);

export type PatchCheck = { ok: true; patch: Partial<Settings> } | { ok: false; refused: string[] };

/**
 * Checks a patch before it is saved. `refused` names the fields that are unknown or invalid
 * (empty when the patch is not an object at all); a refused patch saves nothing.
 */
export function checkSettingsPatch(patch: unknown): PatchCheck {
  const parsed = PatchSchema.safeParse(patch);
  if (parsed.success) return { ok: true, patch: parsed.data as Partial<Settings> };
  const refused = new Set<string>();
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) refused.add(key);
    else if (issue.path.length > 0) refused.add(String(issue.path[0]));
  }
  return { ok: false, refused: [...refused] };
}

export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored value was not valid and some or all fields fell back to defaults. */
  notice: 'settings-reset' | null;
  /** Fields that were present-but-invalid (or everything, if the value was not an object). */
  resetFields: (keyof Settings)[];
  /** Keys that are not settings at all; they are dropped on the next save. */
  droppedKeys: string[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a stored value field by field. A missing field is simply the default (not a reset: a
 * fresh install stores nothing); a present but invalid field is reset and reported.
 */
export function repairSettings(stored: unknown): LoadedSettings {
  if (stored === undefined)
    return { settings: structuredClone(DEFAULT_SETTINGS), notice: null, resetFields: [], droppedKeys: [] };
  if (!isPlainObject(stored)) {
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      notice: 'settings-reset',
      resetFields: [...SETTINGS_FIELDS],
      droppedKeys: [],
    };
  }
  const settings: Record<string, unknown> = {};
  const resetFields: (keyof Settings)[] = [];
  for (const field of SETTINGS_FIELDS) {
    if (!(field in stored)) {
      settings[field] = structuredClone(DEFAULT_SETTINGS[field]);
      continue;
    }
    const parsed = SettingsSchema.shape[field].safeParse(stored[field]);
    if (parsed.success) {
      settings[field] = field === 'collapsedOn' ? [...new Set(parsed.data as Settings['collapsedOn'])] : parsed.data;
    } else {
      settings[field] = structuredClone(DEFAULT_SETTINGS[field]);
      resetFields.push(field);
    }
  }
  const droppedKeys = Object.keys(stored).filter((key) => !(SETTINGS_FIELDS as string[]).includes(key));
  const notice = resetFields.length > 0 || droppedKeys.length > 0 ? 'settings-reset' : null;
  return { settings: settings as unknown as Settings, notice, resetFields, droppedKeys };
}

/**
 * Reads the settings. Reading never writes: the notice stays until the next save stores the
 * repaired value, so whichever page opens first (sidebar, popup or options) cannot hide it from
 * the options page.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  // getValue waits for pending migrations. It hands back the fallback object itself only when
  // nothing or null is stored; a stored null is corruption (Chrome keeps null values), nothing
  // stored is a fresh install.
  const value = await settingsItem.getValue();
  if (value !== DEFAULT_SETTINGS) return repairSettings(value);
  const snapshot = await storage.snapshot('local');
  return repairSettings(Object.hasOwn(snapshot, 'settings') ? snapshot.settings : undefined);
}

// Saves from one page run one after another, so two quick changes cannot undo each other.
let saving: Promise<unknown> = Promise.resolve();

/**
 * Merges a patch into the (repaired) stored settings and saves the whole, valid object. Throws
 * at once on a refused patch: callers pass what their own controls offer.
 */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const checked = checkSettingsPatch(patch);
  if (!checked.ok) throw new TypeError(`Refused settings: ${checked.refused.join(', ') || 'not an object'}`);
  const next = saving.then(async () => {
    const { settings } = await loadSettings();
    const merged: Settings = { ...settings, ...checked.patch };
    await settingsItem.setValue(merged);
    return merged;
  });
  saving = next.catch(() => {});
  return next;
}

/** Calls back with the repaired settings whenever they change (in any part of the extension). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(repairSettings(value ?? undefined).settings));
}
