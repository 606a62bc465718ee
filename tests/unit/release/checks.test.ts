import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  checkChangelog,
  checkLint,
  checkManifest,
  checkPackageListing,
  checkTestedFirefox,
  compareFileSets,
  type ManifestInput,
} from '../../../scripts/release/checks';
import { readZip } from '../../../scripts/release/zip';

// A manifest that passes every check; each test breaks one thing and expects that one problem.
function goodInput(browser: 'chrome' | 'firefox' = 'firefox'): ManifestInput {
  return {
    browser,
    packageVersion: '0.1.0',
    manifest: {
      manifest_version: 3,
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      version: '0.1.0',
      default_locale: 'en',
      icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
      permissions: ['storage', 'scripting', 'activeTab'],
      host_permissions: ['https://*.usps.com/*'],
      content_scripts: [{ matches: ['https://reg.usps.com/*', 'https://*.usps.com/*'] }],
      browser_specific_settings: {
        gecko: {
          id: 'restore-access-usps@unofficial.invalid',
          strict_min_version: '153.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    },
    messages: {
      en: { extName: { message: 'Restore Access for USPS.com' }, extDescription: { message: 'Unofficial help.' } },
      es: { extname: { message: 'Restore Access para USPS.com' }, extDescription: { message: 'Ayuda no oficial.' } },
    },
    files: new Set(['manifest.json', 'icon/16.png', 'icon/32.png', 'icon/48.png', 'icon/96.png', 'icon/128.png']),
  };
}

describe('checkManifest', () => {
  test.each(['chrome', 'firefox'] as const)('passes a complete %s manifest', (browser) => {
    const input = goodInput(browser);
    if (browser === 'chrome') delete input.manifest.browser_specific_settings;
    expect(checkManifest(input)).toEqual({ problems: [], notes: [] });
  });

  test('fails a permission nobody justified', () => {
    const input = goodInput();
    input.manifest.permissions = ['storage', 'scripting', 'activeTab', 'tabs'];
    expect(checkManifest(input).problems).toEqual([expect.stringContaining('permission "tabs" is not justified')]);
  });

  test('fails host access beyond https usps.com, and a content script outside it', () => {
    const input = goodInput();
    input.manifest.host_permissions = ['https://*.usps.com/*', '<all_urls>'];
    input.manifest.content_scripts = [{ matches: ['http://reg.usps.com/*'] }];
    const { problems } = checkManifest(input);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('host access "<all_urls>" is not justified');
    expect(problems[1]).toContain('content script runs on "http://reg.usps.com/*"');
  });

  test('fails a description over 132 characters in any locale, resolving __MSG_ names', () => {
    const input = goodInput();
    const spanish = input.messages.es;
    if (spanish) spanish.extDescription = { message: 'x'.repeat(133) };
    expect(checkManifest(input).problems).toEqual([
      'firefox manifest: "description" in es is 133 characters; at most 132 (Chrome Web Store and Firefox).',
    ]);
  });

  test('fails a name over the AMO limit of 50 in Firefox, though Chrome allows 75', () => {
    const firefox = goodInput('firefox');
    const chrome = goodInput('chrome');
    delete chrome.manifest.browser_specific_settings;
    for (const input of [firefox, chrome]) {
      const english = input.messages.en;
      if (english) english.extName = { message: 'n'.repeat(60) };
    }
    expect(checkManifest(firefox).problems).toEqual([expect.stringContaining('at most 50 (addons.mozilla.org)')]);
    expect(checkManifest(chrome).problems).toEqual([]);
  });

  test('fails a missing message and a missing icon file', () => {
    const input = goodInput();
    const english = input.messages.en;
    if (english) delete english.extName;
    input.files = new Set([...input.files].filter((file) => file !== 'icon/48.png'));
    const { problems } = checkManifest(input);
    expect(problems).toContain(
      'firefox manifest: "name" is empty or its message __MSG_extName__ is missing in _locales/en.',
    );
    expect(problems).toContain('firefox manifest: the 48×48 icon icon/48.png is not in the package.');
  });

  test('fails a version that differs from package.json', () => {
    const input = goodInput();
    input.manifest.version = '0.2.0';
    expect(checkManifest(input).problems).toEqual([expect.stringContaining("differs from package.json's 0.1.0")]);
  });

  test('fails Firefox settings: gecko id, data collection, and a minimum version we do not test', () => {
    const input = goodInput();
    input.manifest.browser_specific_settings = {
      gecko: {
        id: 'other@example.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: [] },
      },
    };
    const { problems } = checkManifest(input);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(
      /gecko id[\s\S]*data_collection_permissions[\s\S]*strict_min_version is "140.0"/,
    );
  });

  test('notes a justified permission that is not requested, without failing', () => {
    const input = goodInput();
    input.manifest.permissions = ['storage', 'scripting'];
    expect(checkManifest(input)).toEqual({
      problems: [],
      notes: ['firefox manifest: "activeTab" is justified in the store text but not requested.'],
    });
  });

  test('fails web_accessible_resources and optional permissions', () => {
    const input = goodInput();
    input.manifest.web_accessible_resources = [];
    input.manifest.optional_permissions = ['tabs'];
    expect(checkManifest(input).problems).toHaveLength(2);
  });
});

describe('checkPackageListing', () => {
  test('passes an extension zip of scripts, pages, locales and icons', () => {
    expect(
      checkPackageListing(
        'x.zip',
        ['manifest.json', 'sidebar.js', 'popup.html', 'icon/16.png', '_locales/en/messages.json'],
        'extension',
      ),
    ).toEqual([]);
  });

  test('fails dotfiles, source maps, test fixtures and screenshots, one problem each', () => {
    const problems = checkPackageListing(
      'sources.zip',
      [
        'package.json',
        'package-lock.json',
        'wxt.config.ts',
        '.env',
        'utils/.DS_Store',
        'chunks/sidebar.js.map',
        'tests/fixtures/pages/sign-in/classic-loginaction.html',
        'utils/core/page-kinds.test.ts',
        'docs/store/screenshots/en-sign-in.png',
        'public/icon/16.png',
      ],
      'sources',
    );
    expect(problems).toEqual([
      'sources.zip: holds the dotfile .env.',
      'sources.zip: holds the dotfile utils/.DS_Store.',
      'sources.zip: holds the source map chunks/sidebar.js.map.',
      'sources.zip: holds the test file tests/fixtures/pages/sign-in/classic-loginaction.html.',
      'sources.zip: holds the test file utils/core/page-kinds.test.ts.',
      'sources.zip: holds the picture docs/store/screenshots/en-sign-in.png (only the icons belong in it).',
    ]);
  });

  test('passes scripts that merely have "screenshot" in their name, and fails a screenshot folder', () => {
    const sources = ['package.json', 'package-lock.json', 'wxt.config.ts', 'scripts/screenshots.ts'];
    expect(checkPackageListing('sources.zip', sources, 'sources')).toEqual([]);
    expect(checkPackageListing('sources.zip', [...sources, 'docs/screenshots/notes.txt'], 'sources')).toEqual([
      'sources.zip: holds the picture docs/screenshots/notes.txt (only the icons belong in it).',
    ]);
  });

  test('fails a sources zip that cannot be rebuilt (no lock file)', () => {
    expect(checkPackageListing('sources.zip', ['package.json', 'wxt.config.ts'], 'sources')).toEqual([
      'sources.zip: package-lock.json is missing.',
    ]);
  });
});

describe('checkChangelog', () => {
  const good = '# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-12-05\n\n### Added\n\n- Something.\n';

  test('passes a Keep a Changelog file that records the version', () => {
    expect(checkChangelog(good, '0.1.0')).toEqual([]);
  });

  test('fails a version bump that is not recorded', () => {
    expect(checkChangelog(good, '0.2.0')).toEqual([
      'CHANGELOG.md: version 0.2.0 (package.json) is not recorded as "## [0.2.0] - YYYY-MM-DD".',
    ]);
  });

  test('fails a missing file and a missing Unreleased section', () => {
    expect(checkChangelog(undefined, '0.1.0')[0]).toContain('CHANGELOG.md is missing');
    expect(checkChangelog(good.replace('## [Unreleased]\n', ''), '0.1.0')).toEqual([
      'CHANGELOG.md: there is no "## [Unreleased]" section.',
    ]);
  });
});

describe('checkLint', () => {
  const preact =
    'for(d in x)h=x[d],d==`children`?m=h:d==`dangerouslySetInnerHTML`?f=h:0;f?(s||(e.innerHTML=f.__html),t.__k=[]):0';
  const ours = 'function show(text){panel.innerHTML=text}';
  const sources: Record<string, string> = { 'chunks/base.js': preact, 'sidebar.js': ours };
  const warning = (file: string, column: number) => ({
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: 'Unsafe assignment to innerHTML',
    file,
    line: 1,
    column,
  });

  test("excuses Preact's innerHTML, with why it is safe", () => {
    const result = checkLint(
      { errors: [], warnings: [warning('chunks/base.js', preact.indexOf('e.innerHTML'))] },
      (file) => sources[file],
    );
    expect(result.problems).toEqual([]);
    expect(result.excused).toEqual([expect.stringContaining('preact')]);
  });

  test('fails the same warning from our own code, and any error', () => {
    const result = checkLint(
      {
        errors: [{ code: 'MANIFEST_FIELD_INVALID', message: 'bad field', file: 'manifest.json' }],
        warnings: [warning('sidebar.js', ours.indexOf('panel.innerHTML'))],
      },
      (file) => sources[file],
    );
    expect(result.problems).toEqual([
      'web-ext lint error MANIFEST_FIELD_INVALID in manifest.json: bad field',
      expect.stringContaining('UNSAFE_VAR_ASSIGNMENT in sidebar.js:1:'),
    ]);
    expect(result.excused).toEqual([]);
  });
});

describe('compareFileSets', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  test('passes identical trees and names every difference otherwise', () => {
    const zip = new Map([
      ['a.js', bytes('a')],
      ['b.js', bytes('b')],
    ]);
    expect(compareFileSets('zip', zip, 'rebuild', new Map(zip))).toEqual([]);
    const rebuilt = new Map([
      ['a.js', bytes('A')],
      ['c.js', bytes('c')],
    ]);
    expect(compareFileSets('zip', zip, 'rebuild', rebuilt)).toEqual([
      'a.js differs between zip and rebuild.',
      'rebuild lacks b.js, which zip holds.',
      'rebuild has c.js, which zip lacks.',
    ]);
  });
});

describe('checkTestedFirefox', () => {
  test('passes the Firefox the policy names and fails another or none', () => {
    expect(checkTestedFirefox('Mozilla Firefox 153.8.0esr')).toEqual([]);
    expect(checkTestedFirefox('Mozilla Firefox 160.1.0esr')[0]).toContain('The tests run Firefox 160');
    expect(checkTestedFirefox(undefined)[0]).toContain('firefox-esr not found');
  });
});

describe('readZip', () => {
  // A two-entry zip written by hand (one stored, one deflated): the reader the release uses.
  function zipOf(entries: Array<{ name: string; data: Buffer; deflate: boolean }>): Buffer {
    const locals: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const entry of entries) {
      const body = entry.deflate ? deflateRawSync(entry.data) : entry.data;
      const name = Buffer.from(entry.name);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
      local.writeUInt32LE(body.length, 18);
      local.writeUInt32LE(entry.data.length, 22);
      local.writeUInt16LE(name.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
      central.writeUInt32LE(body.length, 20);
      central.writeUInt32LE(entry.data.length, 24);
      central.writeUInt16LE(name.length, 28);
      central.writeUInt32LE(offset, 42);
      locals.push(local, name, body);
      centrals.push(central, name);
      offset += 30 + name.length + body.length;
    }
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
  }

  test('reads stored and deflated entries', () => {
    const text = Buffer.from('hello hello hello hello');
    const files = readZip(
      zipOf([
        { name: 'manifest.json', data: Buffer.from('{}'), deflate: false },
        { name: 'icon/16.png', data: text, deflate: true },
      ]),
    );
    expect([...files.keys()]).toEqual(['manifest.json', 'icon/16.png']);
    expect(files.get('icon/16.png')?.toString()).toBe(text.toString());
  });
});
