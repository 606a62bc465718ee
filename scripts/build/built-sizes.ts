import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { matchesPattern } from '../../utils/delivery/match-pattern';

export interface ScriptSize {
  file: string;
  raw: number;
  /** gzip -9 size: a stable proxy for how much code there is to parse (nothing is downloaded). */
  gzip: number;
}

export interface InjectedScripts {
  /** Content scripts the manifest injects into a USPS page off the account hosts (tracking, home…). */
  always: ScriptSize[];
  /** Content scripts the manifest injects into an account page that is not a help page (a profile page…). */
  accountPages: ScriptSize[];
  /**
   * Content scripts the manifest injects into an account page that nearly always needs help
   * (sign-in, forgot password…: utils/delivery/help-pages.ts): the sidebar bundle is declared there.
   */
  helpPages: ScriptSize[];
  /** The sidebar bundle and any chunk it imports: only where help is shown. */
  onDemand: ScriptSize[];
  contentScriptFiles: string[];
}

/**
 * The sidebar bundle: declared by the manifest on help pages, injected by the background
 * (scripting.executeScript) wherever else a page needs help (entrypoints/background.ts).
 */
export const SIDEBAR_FILE = 'sidebar.js';

function sizeOf(dir: string, file: string): ScriptSize {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Chunk files a script pulls in with static `import`s (none today: WXT builds unlisted scripts as IIFEs). */
function importedChunks(dir: string, file: string, seen = new Set<string>()): string[] {
  const source = readFileSync(join(dir, file), 'utf8');
  for (const match of source.matchAll(/["'`]\/?(chunks\/[\w.-]+\.js)["'`]/g)) {
    const chunk = match[1] as string;
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    importedChunks(dir, chunk, seen);
  }
  return [...seen];
}

/**
 * Sample pages: one off the account hosts, an account page needing no help (utils/core/account-hosts.ts)
 * and a help page (utils/delivery/help-pages.ts).
 */
export const ORDINARY_PAGE = 'https://www.usps.com/';
export const ACCOUNT_PAGE = 'https://reg.usps.com/preferences';
export const HELP_PAGE = 'https://reg.usps.com/entreg/LoginAction_input?app=Phoenix';

interface ContentScript {
  matches?: string[];
  exclude_matches?: string[];
  js?: string[];
}

/** The files the manifest's content scripts inject into `url`. */
export function contentScriptsFor(scripts: ContentScript[], url: string): string[] {
  const any = (patterns: string[] | undefined) => (patterns ?? []).some((pattern) => matchesPattern(url, pattern));
  return scripts.filter((script) => any(script.matches) && !any(script.exclude_matches)).flatMap((s) => s.js ?? []);
}

export function injectedScripts(dir: string): InjectedScripts {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built extension in ${dir}: build it first (npx wxt build).`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts?: ContentScript[] };
  const scripts = manifest.content_scripts ?? [];
  const contentScriptFiles = scripts.flatMap((script) => script.js ?? []);
  const sizesFor = (url: string) => contentScriptsFor(scripts, url).map((file) => sizeOf(dir, file));
  const onDemandFiles = [SIDEBAR_FILE, ...importedChunks(dir, SIDEBAR_FILE)];
  return {
    always: sizesFor(ORDINARY_PAGE),
    accountPages: sizesFor(ACCOUNT_PAGE),
    helpPages: sizesFor(HELP_PAGE),
    onDemand: onDemandFiles.map((file) => sizeOf(dir, file)),
    contentScriptFiles,
  };
}

export function total(sizes: ScriptSize[]): ScriptSize {
  return sizes.reduce((sum, size) => ({ file: 'total', raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), {
    file: 'total',
    raw: 0,
    gzip: 0,
  });
}
