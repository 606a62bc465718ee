// What a release may contain, in one place: the permissions we justify (docs/store/ explains each),
// the stores' limits (with the public page each comes from), the icon sizes, the Firefox we test.
// scripts/release/checks.ts judges a build against this; anything not listed here fails.

/** Each permission and the one sentence the store listings expand on (docs/store/*.md). */
export const JUSTIFIED_PERMISSIONS: Readonly<Record<string, string>> = {
  storage: 'settings (storage.local) and each tab’s progress (storage.session, memory only)',
  scripting: 'add the sidebar only to a USPS page that needs help',
  activeTab: 'the popup reads the address of the tab it was opened on, to say whether it is really USPS',
};

/** Host access we justify: USPS.com and its subdomains, https only. */
export const JUSTIFIED_HOST_PERMISSIONS: readonly string[] = ['https://*.usps.com/*'];

export const STORE_LIMITS = {
  /** https://developer.chrome.com/docs/extensions/reference/manifest/name ("maximum of 75 characters"). */
  chromeName: 75,
  /** https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/name ("addons.mozilla.org accepts a maximum of 50 characters"). */
  amoName: 50,
  /** https://developer.chrome.com/docs/extensions/reference/manifest/description ("no more than 132 characters"); MDN gives the same for Firefox. */
  description: 132,
} as const;

/** Sizes the stores and browsers ask for: 16 (toolbar), 32, 48 (extensions page), 96, 128 (store). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

export const GECKO_ID = 'restore-access-usps@unofficial.invalid';

/**
 * The Firefox the tests run: Debian's firefox-esr (tests/firefox/harness.mjs), 153 ESR when this
 * was written. strict_min_version must name this major version, so no untested version is claimed.
 */
export const TESTED_FIREFOX_MAJOR = 153;

/** Nothing leaves the browser (README "Privacy and permissions"). */
export const DATA_COLLECTION_REQUIRED = ['none'] as const;

/**
 * web-ext lint warnings known to come from a dependency, and why each is safe. A warning is
 * excused only when the flagged code matches `pattern` (in the 400 characters before the flagged
 * position and 120 after), so a warning from our own code never hides behind it.
 */
export const DEPENDENCY_LINT_WARNINGS: ReadonlyArray<{
  code: string;
  dependency: string;
  pattern: RegExp;
  whySafe: string;
}> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    dependency: 'preact (src/diff/index.js)',
    // Preact's renderer sets innerHTML only for the dangerouslySetInnerHTML prop.
    pattern: /`dangerouslySetInnerHTML`[\s\S]*\.innerHTML=\w+\.__html/,
    whySafe:
      'Preact assigns innerHTML only for the dangerouslySetInnerHTML prop, which no component of ours uses (tests/build/release.test.ts checks the sources); page text is rendered as text.',
  },
];
