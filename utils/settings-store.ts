import { storage } from 'wxt/utils/storage';
import { LANGUAGES } from './i18n/language';
import { PAGE_KINDS } from './page-kinds';
import {
  AUTO_OPEN_CHOICES,
  DEFAULT_SETTINGS,
  FOLLOW_UP_MINUTES_RANGE,
  PREFILL_CHOICES,
  SETTINGS_FIELDS,
  type Settings,
  SIDEBAR_WIDTH_RANGE,
  SIDES,
  TEXT_SIZE_NAMES,
} from './settings';

/**
 * The settings, declared once. Version 1: nothing older was ever stored, so there is no
 * migration yet; a future shape change adds `2: (v1) => v2` here. Every read goes through
 * `repairSettings`, so a value written by hand, by an older build or by a bug can never reach
 * the UI unchecked.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

/**
 * A field's check, shaped like zod's `safeParse`. Hand-written rather than zod/mini because this
 * module ships in the sidebar bundle, where zod alone cost about 5 KB of its 30 KB gzip budget.
 */
interface FieldCheck<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}
const INVALID = { success: false } as const;

function oneOf<T>(values: readonly T[]): FieldCheck<T> {
  return { safeParse: (value) => (values.includes(value as T) ? { success: true, data: value as T } : INVALID) };
}

function integerIn(range: { min: number; max: number }): FieldCheck<number> {
  return {
    safeParse: (value) =>
      typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max
        ? { success: true, data: value }
        : INVALID,
  };
}

function listOf<T>(item: FieldCheck<T>, maxLength: number): FieldCheck<T[]> {
  return {
    safeParse(value) {
      if (!Array.isArray(value) || value.length > maxLength) return INVALID;
      const data: T[] = [];
      for (const each of value) {
        const parsed = item.safeParse(each);
        if (!parsed.success) return INVALID;
        data.push(parsed.data);
      }
      return { success: true, data };
    },
  };
}

/** One check per field, so a bad field is replaced by its default and the others are kept. */
const FIELD_SCHEMAS: { [K in keyof Settings]: FieldCheck<Settings[K]> } = {
  language: oneOf(['auto', ...LANGUAGES] as const),
  side: oneOf(SIDES),
  width: integerIn(SIDEBAR_WIDTH_RANGE),
  textSize: oneOf(TEXT_SIZE_NAMES),
  autoOpen: oneOf(AUTO_OPEN_CHOICES),
  collapsedOn: listOf(oneOf(PAGE_KINDS), PAGE_KINDS.length),
  prefill: oneOf(PREFILL_CHOICES),
  followUpMinutes: integerIn(FOLLOW_UP_MINUTES_RANGE),
};

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
    const parsed = FIELD_SCHEMAS[field].safeParse(stored[field]);
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

/** Throws on a value that is not a valid setting: callers pass what their own controls offer. */
function checkPatch(patch: Partial<Settings>): Partial<Settings> {
  const checked: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch)) {
    const schema = FIELD_SCHEMAS[field as keyof Settings];
    if (!schema) throw new TypeError(`Unknown setting "${field}"`);
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new TypeError(`Invalid value for setting "${field}"`);
    checked[field] = parsed.data;
  }
  return checked as Partial<Settings>;
}

// Saves from one page run one after another, so two quick changes cannot undo each other.
let saving: Promise<unknown> = Promise.resolve();

/** Merges a patch into the (repaired) stored settings and saves the whole, valid object. */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const checked = checkPatch(patch);
  const next = saving.then(async () => {
    const { settings } = await loadSettings();
    const merged: Settings = { ...settings, ...checked };
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
