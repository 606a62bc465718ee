import { LANGUAGES, type LanguageSetting } from '../core/language';
import { PAGE_KINDS, type PageKind } from '../core/page-kinds';

/**
 * The person's choices, stored in storage.local (never anything they typed into USPS).
 * CONTRACT between the sidebar, popup and options page. Declared once, with defaults, a version
 * and migrations, validated with zod/mini on every read: utils/settings/store.ts, which the popup,
 * options page and background import. This file stays free of zod because the sidebar bundle
 * (size-budgeted) imports it and asks the background for the settings (utils/settings/client.ts).
 */
/**
 * Where the settings live in storage.local, and their storage version: the versioned item in
 * utils/settings/store.ts, and the sidebar's own quick read (utils/settings/client.ts), use these.
 */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export const TEXT_SIZES = { normal: 1, large: 1.25, larger: 1.5, largest: 2 } as const;
export type TextSize = keyof typeof TEXT_SIZES;

export interface Settings {
  language: LanguageSetting;
  side: 'right' | 'left';
  /** Sidebar width in CSS px when beside the page. */
  width: number;
  textSize: TextSize;
  /** When the sidebar opens by itself: on every help page, only on problem pages, or never. */
  autoOpen: 'always' | 'problems' | 'never';
  /** Non-problem kinds (e.g. `sign-in`) where the person collapsed the sidebar: stays collapsed there. */
  collapsedOn: PageKind[];
  /** Carry the username from sign-in to the forgot forms: fill, ask first, or never. */
  prefill: 'on' | 'ask' | 'off';
  /** Minutes after which "still waiting for the email?" is offered. */
  followUpMinutes: number;
  /**
   * Check a new password against USPS's rules as it is typed (utils/password-check/); off, the
   * sidebar keeps the plain list of rules and no script reads any password field.
   */
  passwordCheck: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  side: 'right',
  width: 360,
  textSize: 'normal',
  autoOpen: 'always',
  collapsedOn: [],
  prefill: 'on',
  followUpMinutes: 10,
  passwordCheck: true,
};

export const SIDEBAR_WIDTH_RANGE = { min: 280, max: 560 } as const;

/** Follow-up reminder range in minutes (options page number field and stored-value check). */
export const FOLLOW_UP_MINUTES_RANGE = { min: 1, max: 120 } as const;

export const SIDES = ['right', 'left'] as const satisfies readonly Settings['side'][];
export const AUTO_OPEN_CHOICES = ['always', 'problems', 'never'] as const satisfies readonly Settings['autoOpen'][];
export const PREFILL_CHOICES = ['on', 'ask', 'off'] as const satisfies readonly Settings['prefill'][];
export const TEXT_SIZE_NAMES = Object.keys(TEXT_SIZES) as TextSize[];

/** Every settings field, in the order the options page and notices list them. */
export const SETTINGS_FIELDS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** Answer to `settings:get`: the repaired settings and whether some were reset to defaults. */
export interface SettingsAnswer {
  settings: Settings;
  notice: 'settings-reset' | null;
  resetFields: (keyof Settings)[];
}

/**
 * The fields the sidebar's own controls change (display settings, and where it stays collapsed):
 * the only ones the background saves for a content script. The rest (what is filled in, when
 * help opens…) change only on the options page, out of any web page's reach.
 */
export const SIDEBAR_SETTABLE_FIELDS = [
  'side',
  'width',
  'textSize',
  'collapsedOn',
] as const satisfies readonly (keyof Settings)[];

/**
 * Answer to `settings:update`: the saved settings, or the fields refused (nothing saved) and why:
 * `invalid` values, or fields a content script may not change (`options-page-only`).
 */
export type SettingsUpdateAnswer =
  | { ok: true; settings: Settings }
  | { ok: false; refused: string[]; reason: 'invalid' | 'options-page-only' };

function isOneOf<T>(choices: readonly T[], value: unknown): value is T {
  return choices.includes(value as T);
}

function isWholeNumberIn(value: unknown, range: { min: number; max: number }): value is number {
  return Number.isInteger(value) && (value as number) >= range.min && (value as number) <= range.max;
}

/**
 * What each field may hold: the one place settings are validated. The background's zod schema
 * (utils/settings/store.ts) is built from these rules, and the sidebar, which carries no zod,
 * checks with them directly (`isValidSettings`).
 */
export const SETTINGS_FIELD_RULES: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  language: (value): value is LanguageSetting => isOneOf(['auto', ...LANGUAGES] as const, value),
  side: (value) => isOneOf(SIDES, value),
  width: (value) => isWholeNumberIn(value, SIDEBAR_WIDTH_RANGE),
  textSize: (value) => isOneOf(TEXT_SIZE_NAMES, value),
  autoOpen: (value) => isOneOf(AUTO_OPEN_CHOICES, value),
  collapsedOn: (value): value is PageKind[] =>
    Array.isArray(value) &&
    value.length <= PAGE_KINDS.length &&
    // Spread first: `every` skips the holes of a sparse array (structured clone keeps them).
    [...value].every((kind) => isOneOf(PAGE_KINDS, kind)),
  prefill: (value) => isOneOf(PREFILL_CHOICES, value),
  followUpMinutes: (value) => isWholeNumberIn(value, FOLLOW_UP_MINUTES_RANGE),
  passwordCheck: (value) => typeof value === 'boolean',
};

/** True only for a complete, valid settings object: every field, valid, and nothing else. */
export function isValidSettings(value: unknown): value is Settings {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const fields = value as Record<string, unknown>;
  if (Object.keys(fields).length !== SETTINGS_FIELDS.length) return false;
  return SETTINGS_FIELDS.every((field) => Object.hasOwn(fields, field) && SETTINGS_FIELD_RULES[field](fields[field]));
}

/**
 * An answer to `settings:get` as the background sends it, checked by shape where there is no
 * zod (the sidebar's preload and its settings client): valid settings, a known notice, and only
 * settings fields among the reset ones.
 */
export function isSettingsAnswer(value: unknown): value is SettingsAnswer {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const answer = value as Record<string, unknown>;
  if (!isValidSettings(answer.settings) || !Array.isArray(answer.resetFields)) return false;
  const known: readonly unknown[] = SETTINGS_FIELDS;
  return (
    (answer.notice === null || answer.notice === 'settings-reset') &&
    answer.resetFields.every((field) => known.includes(field))
  );
}
