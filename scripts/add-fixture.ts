/**
 * For maintainers: adds a page report (made by a person with "This help doesn't fit this page")
 * to the fixture pool.
 *
 *   npm run --silent add-fixture -- report.html --kind sign-in
 *   npm run --silent add-fixture -- report.html --kind error --reason outage
 *
 * Copies the report into tests/fixtures/pages/<kind>/ and appends its entry to that folder's
 * fixtures.json: the URL from the report's header comment, the language from `<html lang>`, the
 * source "page report from a person (their browser), <date>". Prints what the recogniser makes of
 * it, so the maintainer sees whether a rule needs changing. Refuses (exit code 2, the reason on
 * stderr) anything that is not a page report, an address off https usps.com, an unknown kind, an
 * error kind without its reason, and a file name already taken.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ERROR_REASONS, type ErrorReason, PAGE_KINDS, type PageKind, type Recognition } from '../utils/core/page-kinds';
import { recogniseSavedPage } from './recognise-saved-page';

const USAGE =
  'usage: npm run --silent add-fixture -- <report.html> --kind <kind> [--reason <reason>] [--name <file-name>]';
export const DEFAULT_PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/pages');

export class AddFixtureError extends Error {}

export interface AddFixtureOptions {
  file: string;
  kind: string;
  reason?: string;
  /** File name in the kind's folder (without or with .html); derived from the address when absent. */
  name?: string;
  pagesDir?: string;
  /** Day the fixture is added, YYYY-MM-DD; today when absent. */
  date?: string;
}

export interface AddedFixture {
  path: string;
  entry: Record<string, string>;
  recognition: Recognition;
}

const HEADER = /^\s*<!doctype html>\s*<!--\s*Restore Access page report\s*\n([\s\S]*?)-->/i;

/** The page's address as the report's header comment records it. */
export function reportAddress(html: string): URL {
  const header = HEADER.exec(html);
  if (!header)
    throw new AddFixtureError('not a page report: its header comment "Restore Access page report" is missing');
  const line = /^address: (.+)$/m.exec(header[1] as string);
  if (!line) throw new AddFixtureError('the report header has no "address:" line');
  let url: URL;
  try {
    url = new URL((line[1] as string).trim());
  } catch {
    throw new AddFixtureError(`the report's address is not a URL: ${line[1]}`);
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (url.protocol !== 'https:' || !(host === 'usps.com' || host.endsWith('.usps.com'))) {
    throw new AddFixtureError(`the report's address is not an https usps.com page: ${url.href}`);
  }
  return url;
}

export function guessLang(html: string): 'en' | 'es' | 'zh' {
  const lang = /<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1]?.toLowerCase() ?? '';
  if (lang.startsWith('es')) return 'es';
  if (lang.startsWith('zh')) return 'zh';
  return 'en';
}

function fileNameFor(url: URL, date: string, name?: string): string {
  const stem =
    name?.replace(/\.html$/i, '') ??
    `${
      url.pathname
        .split('/')
        .filter(Boolean)
        .pop()
        ?.toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || url.hostname.split('.')[0]
    }-report-${date}`;
  const file = `${stem}.html`;
  if (!/^[a-z0-9-]+\.html$/.test(file)) {
    throw new AddFixtureError(`file name ${file} must be lower-case letters, digits and dashes`);
  }
  return file;
}

export function addFixture(options: AddFixtureOptions): AddedFixture {
  const pagesDir = options.pagesDir ?? DEFAULT_PAGES_DIR;
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  if (!(PAGE_KINDS as readonly string[]).includes(options.kind)) {
    throw new AddFixtureError(`unknown kind ${options.kind}: one of ${PAGE_KINDS.join(', ')}`);
  }
  const kind = options.kind as PageKind;
  if ((kind === 'error') !== (options.reason !== undefined)) {
    throw new AddFixtureError(
      kind === 'error'
        ? `an error page needs --reason: one of ${ERROR_REASONS.join(', ')}`
        : '--reason is only for --kind error',
    );
  }
  if (options.reason !== undefined && !(ERROR_REASONS as readonly string[]).includes(options.reason)) {
    throw new AddFixtureError(`unknown reason ${options.reason}: one of ${ERROR_REASONS.join(', ')}`);
  }
  let html: string;
  try {
    html = readFileSync(options.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AddFixtureError(code === 'ENOENT' ? `no such file: ${options.file}` : `cannot read ${options.file}`);
  }
  const url = reportAddress(html);
  // A report never carries scripts or typed values: one that does was not made by the extension.
  if (/<script\b/i.test(html) || /<input\b[^>]*\svalue=/i.test(html)) {
    throw new AddFixtureError('the report has a script or an input value: not a report the extension made');
  }
  const folder = join(pagesDir, kind);
  const listPath = join(folder, 'fixtures.json');
  if (!existsSync(listPath)) throw new AddFixtureError(`no fixture folder for ${kind}: ${folder}`);
  const file = fileNameFor(url, date, options.name);
  const path = join(folder, file);
  const list = JSON.parse(readFileSync(listPath, 'utf8')) as Array<{ file: string }>;
  if (existsSync(path) || list.some((entry) => entry.file === file)) {
    throw new AddFixtureError(`${kind}/${file} already exists: choose another name with --name`);
  }
  const entry: Record<string, string> = {
    file,
    url: url.href,
    kind,
    ...(options.reason ? { reason: options.reason as ErrorReason } : {}),
    lang: guessLang(html),
    source: `page report from a person (their browser), ${date}`,
  };
  writeFileSync(path, html);
  writeFileSync(listPath, `${JSON.stringify([...list, entry], null, 2)}\n`);
  return { path, entry, recognition: recogniseSavedPage(html, url) };
}

function parseArguments(argv: string[]): AddFixtureOptions {
  const options: Partial<AddFixtureOptions> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    const flag = /^--(kind|reason|name)(?:=(.*))?$/.exec(argument);
    if (flag) {
      const value = flag[2] ?? argv[++index];
      if (value === undefined) throw new AddFixtureError(`--${flag[1]} needs a value`);
      options[flag[1] as 'kind' | 'reason' | 'name'] = value;
    } else if (argument.startsWith('-')) {
      throw new AddFixtureError(`unknown option ${argument}`);
    } else if (options.file === undefined) {
      options.file = argument;
    } else {
      throw new AddFixtureError(`only one report, got also ${argument}`);
    }
  }
  if (options.file === undefined) throw new AddFixtureError('missing the report (an .html file)');
  if (options.kind === undefined) throw new AddFixtureError('missing --kind: what the page is');
  return options as AddFixtureOptions;
}

function main(): number {
  try {
    const added = addFixture(parseArguments(process.argv.slice(2)));
    const { kind, reason } = added.recognition;
    const expected = added.entry.kind;
    process.stdout.write(`added ${basename(dirname(added.path))}/${basename(added.path)}\n`);
    process.stdout.write(
      `recognised now as ${kind}${reason ? ` (${reason})` : ''}: ${added.recognition.signals.join(', ')}\n`,
    );
    if (kind !== expected || reason !== added.entry.reason) {
      process.stdout.write(
        `not yet ${expected}: change its rule (utils/recognition/page-rules.ts) until the pool tests pass\n`,
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof AddFixtureError)) throw error;
    process.stderr.write(`add-fixture: ${error.message}\n${USAGE}\n`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
