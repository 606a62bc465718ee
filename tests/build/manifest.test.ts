import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ACCOUNT_HOSTS } from '../../utils/account-hosts';
import { ERROR_PAGE_MATCHES, HELP_PAGE_MATCHES } from '../../utils/help-pages';

// Reads the manifests the test command built (scripts/test.sh builds before unit tests): what
// the browser and the stores see, not what wxt.config.ts meant to produce.
const OUT_DIR = resolve(process.env.RA_OUT_DIR ?? '.output');
const TARGETS = ['chrome-mv3', 'firefox-mv3'] as const;

interface Manifest {
  manifest_version: number;
  name: string;
  description: string;
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

describe.each(TARGETS)('the built %s manifest', (target) => {
  const manifest = readManifest(target);

  test('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3);
  });

  test('asks only for storage and scripting, and host access to usps.com only', () => {
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
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

  test('names itself and says it is unofficial', () => {
    expect(manifest.name).toBe('Restore Access for USPS.com');
    expect(manifest.description).toMatch(/unofficial/i);
    expect(manifest.description).toMatch(/not affiliated/i);
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
