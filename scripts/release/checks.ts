// The release checks as pure functions over what a store receives: a manifest with its locale
// messages and file list, a zip's listing, the changelog's text, web-ext lint's JSON report. Each
// returns one plain sentence per problem (empty when all is well), so `npm run release` can print
// them and tests can feed them broken input (tests/unit/release/, tests/build/release.test.ts).
import {
  DATA_COLLECTION_REQUIRED,
  DEPENDENCY_LINT_WARNINGS,
  GECKO_ID,
  ICON_SIZES,
  JUSTIFIED_HOST_PERMISSIONS,
  JUSTIFIED_PERMISSIONS,
  STORE_LIMITS,
  TESTED_FIREFOX_MAJOR,
} from './policy';

export type Browser = 'chrome' | 'firefox';

export interface Manifest {
  manifest_version?: number;
  name?: string;
  short_name?: string;
  description?: string;
  version?: string;
  default_locale?: string;
  icons?: Record<string, string>;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: unknown;
  content_scripts?: Array<{ matches?: string[] }>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
}

/** public/_locales/<locale>/messages.json as the browser reads it. */
export type Messages = Record<string, { message: string; description?: string }>;

export interface ManifestInput {
  browser: Browser;
  manifest: Manifest;
  /** Locale → its messages.json, as shipped in the build. */
  messages: Record<string, Messages>;
  /** Every file path in the build or zip ("icon/16.png"), to find the icons. */
  files: ReadonlySet<string>;
  /** package.json's version: the manifest must carry it. */
  packageVersion: string;
}

export interface CheckResult {
  problems: string[];
  /** Things worth saying that do not stop a release. */
  notes: string[];
}

/** A manifest string as shown in `locale`: `__MSG_x__` replaced by message x (names are case-insensitive). */
export function resolveMessage(value: string | undefined, messages: Messages | undefined): string | undefined {
  const key = /^__MSG_(\w+)__$/.exec(value ?? '')?.[1];
  if (key === undefined) return value;
  const entry = Object.entries(messages ?? {}).find(([name]) => name.toLowerCase() === key.toLowerCase());
  return entry?.[1].message;
}

function checkText(
  problems: string[],
  where: string,
  field: string,
  raw: string | undefined,
  messages: Record<string, Messages>,
  limit: number,
  limitSource: string,
): void {
  const locales = Object.keys(messages).length > 0 ? Object.keys(messages) : ['(no _locales)'];
  for (const locale of locales) {
    const text = resolveMessage(raw, messages[locale]);
    if (text === undefined || text.trim() === '') {
      problems.push(`${where}: "${field}" is empty or its message ${raw ?? ''} is missing in _locales/${locale}.`);
    } else if ([...text].length > limit) {
      problems.push(
        `${where}: "${field}" in ${locale} is ${[...text].length} characters; at most ${limit} (${limitSource}).`,
      );
    }
  }
}

function hostOf(pattern: string): string | undefined {
  return /^https:\/\/([^/]+)\//.exec(pattern)?.[1];
}

/** Whether a content-script match pattern stays inside the host access we justify. */
function coveredByJustifiedHosts(match: string): boolean {
  const host = hostOf(match);
  if (host === undefined) return false;
  return JUSTIFIED_HOST_PERMISSIONS.some((justified) => {
    const allowed = hostOf(justified);
    if (allowed === undefined) return false;
    if (allowed.startsWith('*.')) {
      const base = allowed.slice(2);
      return host === base || host.endsWith(`.${base}`) || host === allowed;
    }
    return host === allowed;
  });
}

export function checkManifest(input: ManifestInput): CheckResult {
  const { browser, manifest, messages, files, packageVersion } = input;
  const where = `${browser} manifest`;
  const problems: string[] = [];
  const notes: string[] = [];

  if (manifest.manifest_version !== 3) problems.push(`${where}: manifest_version is not 3.`);
  const nameLimit = browser === 'chrome' ? STORE_LIMITS.chromeName : STORE_LIMITS.amoName;
  const nameStore = browser === 'chrome' ? 'Chrome Web Store' : 'addons.mozilla.org';
  checkText(problems, where, 'name', manifest.name, messages, nameLimit, nameStore);
  checkText(
    problems,
    where,
    'description',
    manifest.description,
    messages,
    STORE_LIMITS.description,
    'Chrome Web Store and Firefox',
  );
  if (manifest.default_locale !== undefined && messages[manifest.default_locale] === undefined) {
    problems.push(`${where}: default_locale "${manifest.default_locale}" has no _locales/${manifest.default_locale}.`);
  }

  if (manifest.version === undefined || !/^\d+(\.\d+){0,3}$/.test(manifest.version)) {
    problems.push(`${where}: version "${manifest.version ?? ''}" is not 1 to 4 dot-separated numbers.`);
  } else if (manifest.version !== packageVersion) {
    problems.push(`${where}: version ${manifest.version} differs from package.json's ${packageVersion}.`);
  }

  for (const size of ICON_SIZES) {
    const path = manifest.icons?.[String(size)];
    if (path === undefined) problems.push(`${where}: no ${size}×${size} icon in "icons".`);
    else if (!files.has(path.replace(/^\//, '')))
      problems.push(`${where}: the ${size}×${size} icon ${path} is not in the package.`);
  }

  for (const permission of manifest.permissions ?? []) {
    if (!(permission in JUSTIFIED_PERMISSIONS)) {
      problems.push(
        `${where}: permission "${permission}" is not justified; justify it in scripts/release/policy.ts and docs/store/, or remove it.`,
      );
    }
  }
  for (const permission of Object.keys(JUSTIFIED_PERMISSIONS)) {
    if (!(manifest.permissions ?? []).includes(permission)) {
      notes.push(`${where}: "${permission}" is justified in the store text but not requested.`);
    }
  }
  for (const host of manifest.host_permissions ?? []) {
    if (!JUSTIFIED_HOST_PERMISSIONS.includes(host)) {
      problems.push(
        `${where}: host access "${host}" is not justified (only ${JUSTIFIED_HOST_PERMISSIONS.join(', ')}).`,
      );
    }
  }
  for (const key of ['optional_permissions', 'optional_host_permissions', 'web_accessible_resources'] as const) {
    if (manifest[key] !== undefined) problems.push(`${where}: "${key}" must not be there (none is justified).`);
  }
  for (const script of manifest.content_scripts ?? []) {
    for (const match of script.matches ?? []) {
      if (!coveredByJustifiedHosts(match))
        problems.push(`${where}: content script runs on "${match}", outside the justified hosts.`);
    }
  }

  if (browser === 'firefox') {
    const gecko = manifest.browser_specific_settings?.gecko;
    if (gecko?.id !== GECKO_ID) problems.push(`${where}: gecko id is "${gecko?.id ?? ''}", not ${GECKO_ID}.`);
    const required = gecko?.data_collection_permissions?.required;
    if (JSON.stringify(required) !== JSON.stringify(DATA_COLLECTION_REQUIRED)) {
      problems.push(`${where}: data_collection_permissions.required must be ["none"] (nothing leaves the browser).`);
    }
    const major = Number.parseInt(gecko?.strict_min_version ?? '', 10);
    if (major !== TESTED_FIREFOX_MAJOR) {
      problems.push(
        `${where}: strict_min_version is "${gecko?.strict_min_version ?? ''}", but the tests run Firefox ${TESTED_FIREFOX_MAJOR}: claim no version we do not test.`,
      );
    }
  }
  return { problems, notes };
}

/** Kinds of file a store package must never hold. */
export function checkPackageListing(
  zipName: string,
  entries: readonly string[],
  kind: 'extension' | 'sources',
): string[] {
  const problems: string[] = [];
  const iconFolder = kind === 'extension' ? 'icon/' : 'public/icon/';
  for (const entry of entries) {
    const segments = entry.split('/');
    if (segments.some((segment) => segment.startsWith('.'))) problems.push(`${zipName}: holds the dotfile ${entry}.`);
    else if (/\.map$/i.test(entry)) problems.push(`${zipName}: holds the source map ${entry}.`);
    else if (segments.some((segment) => ['tests', 'fixtures', '__tests__', 'test-results'].includes(segment))) {
      problems.push(`${zipName}: holds the test file ${entry}.`);
    } else if (/\.(test|spec)\.[cm]?[jt]sx?$/.test(entry)) problems.push(`${zipName}: holds the test file ${entry}.`);
    else if (
      segments.slice(0, -1).some((folder) => /screenshot/i.test(folder)) ||
      (/\.(png|jpe?g|webp|gif)$/i.test(entry) && !entry.startsWith(iconFolder))
    ) {
      problems.push(`${zipName}: holds the picture ${entry} (only the icons belong in it).`);
    }
  }
  const needed = kind === 'extension' ? ['manifest.json'] : ['package.json', 'package-lock.json', 'wxt.config.ts'];
  for (const path of needed) if (!entries.includes(path)) problems.push(`${zipName}: ${path} is missing.`);
  return problems;
}

/** CHANGELOG.md in "Keep a Changelog" form, with this version recorded and an Unreleased section. */
export function checkChangelog(text: string | undefined, version: string): string[] {
  if (text === undefined)
    return ['CHANGELOG.md is missing: keep one in "Keep a Changelog" form (https://keepachangelog.com).'];
  const problems: string[] = [];
  if (!/^# Changelog\s*$/m.test(text)) problems.push('CHANGELOG.md: its first heading must be "# Changelog".');
  if (!/^## \[Unreleased\]\s*$/m.test(text)) problems.push('CHANGELOG.md: there is no "## [Unreleased]" section.');
  const escaped = version.replaceAll('.', '\\.');
  if (!new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}\\s*$`, 'm').test(text)) {
    problems.push(`CHANGELOG.md: version ${version} (package.json) is not recorded as "## [${version}] - YYYY-MM-DD".`);
  }
  return problems;
}

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
}
export interface LintResult {
  problems: string[];
  /** Warnings that come from a dependency, with why they are safe. */
  excused: string[];
}

/**
 * web-ext lint: no error, and every warning matched to a known dependency's code (policy.ts) by
 * the code around the flagged position; `sourceOf` returns a built file's text.
 */
export function checkLint(report: LintReport, sourceOf: (file: string) => string | undefined): LintResult {
  const problems = report.errors.map(
    (error) => `web-ext lint error ${error.code} in ${error.file ?? '?'}: ${error.message}`,
  );
  const excused: string[] = [];
  for (const warning of report.warnings) {
    const source = warning.file === undefined ? undefined : sourceOf(warning.file);
    const line = source?.split('\n')[(warning.line ?? 1) - 1] ?? '';
    const column = warning.column ?? 0;
    const around = line.slice(Math.max(0, column - 400), column + 120);
    const known = DEPENDENCY_LINT_WARNINGS.find((entry) => entry.code === warning.code && entry.pattern.test(around));
    if (known) excused.push(`${warning.code} in ${warning.file}: ${known.dependency}. ${known.whySafe}`);
    else {
      problems.push(
        `web-ext lint warning ${warning.code} in ${warning.file ?? '?'}:${warning.line ?? '?'}:${column} is not from a known dependency: ${warning.message}`,
      );
    }
  }
  return { problems, excused };
}

/** The rebuilt extension must equal the Firefox zip file by file, byte for byte. */
export function compareFileSets(
  expectedName: string,
  expected: ReadonlyMap<string, Uint8Array>,
  actualName: string,
  actual: ReadonlyMap<string, Uint8Array>,
): string[] {
  const problems: string[] = [];
  for (const [path, bytes] of expected) {
    const other = actual.get(path);
    if (other === undefined) problems.push(`${actualName} lacks ${path}, which ${expectedName} holds.`);
    else if (Buffer.compare(Buffer.from(bytes), Buffer.from(other)) !== 0)
      problems.push(`${path} differs between ${expectedName} and ${actualName}.`);
  }
  for (const path of actual.keys()) {
    if (!expected.has(path)) problems.push(`${actualName} has ${path}, which ${expectedName} lacks.`);
  }
  return problems;
}

/** The installed firefox-esr must be the version the manifest's strict_min_version names. */
export function checkTestedFirefox(versionLine: string | undefined): string[] {
  const major = Number.parseInt(/(\d+)\.\d+/.exec(versionLine ?? '')?.[1] ?? '', 10);
  if (Number.isNaN(major))
    return [
      `Could not tell which Firefox the tests run ("${versionLine ?? 'firefox-esr not found'}"); install it with: sudo apt-get install firefox-esr`,
    ];
  if (major !== TESTED_FIREFOX_MAJOR) {
    return [
      `The tests run Firefox ${major}, but scripts/release/policy.ts says ${TESTED_FIREFOX_MAJOR}: update TESTED_FIREFOX_MAJOR and strict_min_version together.`,
    ];
  }
  return [];
}
