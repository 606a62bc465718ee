import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ACCOUNT_HOSTS } from '../../utils/core/account-hosts';
import { ERROR_PAGE_MATCHES, HELP_PAGE_MATCHES } from '../../utils/delivery/help-pages';

// Reads the manifests the test command built (scripts/test.sh builds before these checks): what
// the browser and the stores see, not what wxt.config.ts meant to produce.
const OUT_DIR = resolve(process.env.RA_OUT_DIR ?? '.output');
const TARGETS = ['chrome-mv3', 'firefox-mv3'] as const;
const LOCALES = ['en', 'es'] as const;
// The Chrome Web Store turns down a manifest whose description is longer, in any language.
const DESCRIPTION_LIMIT = 132;

interface Manifest {
  manifest_version: number;
  default_locale?: string;
  name: string;
  short_name?: string;
  description: string;
  commands?: Record<string, { description?: string }>;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: unknown;
  content_scripts?: Array<{
    matches: string[];
    exclude_matches?: string[];
    js?: string[];
    css?: string[];
    run_at?: string;
    all_frames?: boolean;
  }>;
  icons?: Record<string, string>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
}

function readManifest(target: (typeof TARGETS)[number]): Manifest {
  const path = resolve(OUT_DIR, target, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build first (npm run build)`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

type Messages = Record<string, { message: string; description?: string }>;

function readMessages(target: (typeof TARGETS)[number], locale: (typeof LOCALES)[number]): Messages {
  return JSON.parse(readFileSync(resolve(OUT_DIR, target, '_locales', locale, 'messages.json'), 'utf8')) as Messages;
}

/** A manifest string as the browser shows it in `locale`: `__MSG_x__` replaced by message x (its name is case-insensitive). */
function localized(value: string | undefined, messages: Messages): string | undefined {
  const key = /^__MSG_(\w+)__$/.exec(value ?? '')?.[1];
  if (key === undefined) return value;
  const entry = Object.entries(messages).find(([name]) => name.toLowerCase() === key.toLowerCase());
  if (entry === undefined) throw new Error(`${value} has no message`);
  return entry[1].message;
}

describe.each(TARGETS)('the built %s manifest', (target) => {
  const manifest = readManifest(target);

  test('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3);
  });

  test('asks only for storage, scripting and activeTab, and host access to usps.com only', () => {
    // activeTab, not "tabs": the popup reads only the address of the tab its button was clicked on.
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect(manifest.host_permissions).toEqual(['https://*.usps.com/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  test('exposes nothing to web pages', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  test('runs the detector on the account hosts and error pages (with the sidebar first on help pages) and the error watch on every other usps.com page', () => {
    const detectorPages = [...ACCOUNT_HOSTS.map((host) => `https://${host}/*`), ...ERROR_PAGE_MATCHES];
    expect(manifest.content_scripts).toEqual([
      { matches: HELP_PAGE_MATCHES, js: ['sidebar.js'], run_at: 'document_start', all_frames: false },
      { matches: detectorPages, js: ['detector.js'], run_at: 'document_end', all_frames: false },
      {
        matches: ['https://*.usps.com/*'],
        exclude_matches: detectorPages,
        js: ['error-watch.js'],
        run_at: 'document_end',
        all_frames: false,
      },
    ]);
  });

  test('takes its name, description and command description from _locales, English by default', () => {
    expect(manifest.default_locale).toBe('en');
    for (const value of [
      manifest.name,
      manifest.short_name,
      manifest.description,
      manifest.commands?.['open-account-help']?.description,
    ]) {
      expect(value).toMatch(/^__MSG_\w+__$/);
    }
  });

  test('has the same messages, each described for translators, in English and Spanish', () => {
    const [english, spanish] = LOCALES.map((locale) => readMessages(target, locale));
    expect(Object.keys(spanish ?? {}).sort()).toEqual(Object.keys(english ?? {}).sort());
    for (const messages of [english, spanish]) {
      for (const [name, entry] of Object.entries(messages ?? {})) {
        expect(entry.message, name).not.toBe('');
        expect(entry.description, name).toMatch(/\w/);
      }
    }
  });

  test.each<[(typeof LOCALES)[number], string, string, string]>([
    [
      'en',
      'Restore Access for USPS.com',
      'Unofficial step-by-step help for getting back into a USPS.com account. Not affiliated with or endorsed by the U.S. Postal Service.',
      'Open the Account help sidebar and move focus into it',
    ],
    [
      'es',
      'Restore Access para USPS.com',
      'Ayuda no oficial, paso a paso, para recuperar una cuenta de USPS.com. Sin afiliación ni respaldo del Servicio Postal de EE. UU.',
      'Abrir la barra lateral de ayuda con la cuenta y mover el foco a ella',
    ],
  ])('names itself and says it is unofficial, in %s', (locale, name, description, command) => {
    const messages = readMessages(target, locale);
    expect(localized(manifest.name, messages)).toBe(name);
    expect(localized(manifest.short_name, messages)).toBe('Restore Access');
    expect(localized(manifest.description, messages)).toBe(description);
    expect(localized(manifest.commands?.['open-account-help']?.description, messages)).toBe(command);
  });

  test.each(LOCALES)('has a description the Chrome Web Store accepts, in %s', (locale) => {
    // Counted in characters, as the store counts them.
    const description = [...(localized(manifest.description, readMessages(target, locale)) ?? '')];
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
  });

  test('ships icons at every size the stores and browsers ask for, all present in the build', () => {
    expect(Object.keys(manifest.icons ?? {}).sort((a, b) => Number(a) - Number(b))).toEqual([
      '16',
      '32',
      '48',
      '96',
      '128',
    ]);
    for (const file of Object.values(manifest.icons ?? {})) {
      expect(existsSync(resolve(OUT_DIR, target, file)), file).toBe(true);
    }
  });
});

describe('the built Firefox manifest', () => {
  const gecko = readManifest('firefox-mv3').browser_specific_settings?.gecko;

  test('has the add-on id AMO needs', () => {
    expect(gecko?.id).toMatch(/^[^@\s]+@[^@\s]+$/);
  });

  test('requires Firefox 140 or newer, which understands data_collection_permissions', () => {
    expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
  });

  test('declares that it collects no data', () => {
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('the built Chrome manifest', () => {
  test('carries no Firefox-only settings', () => {
    expect(readManifest('chrome-mv3').browser_specific_settings).toBeUndefined();
  });
});
