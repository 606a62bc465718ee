/**
 * For maintainers: what would the extension say about a page saved from the browser?
 *
 *   npm run --silent classify -- saved-page.html --url 'https://reg.usps.com/entreg/LoginAction_input?app=Phoenix'
 *
 * Prints one line of JSON on stdout — {"kind":…,"reason":… (error pages),"reference":… (when
 * found),"signals":[…]} — and exits 0, using the very recognisePage the extension ships. Problems
 * (missing file, unreadable HTML, bad URL, bad arguments) go to stderr with exit code 2.
 *
 * The page is parsed with happy-dom's DOMParser (no scripts run, nothing loads), the same parser
 * the unit tests use, without layout: elements hidden only by a stylesheet count as visible here.
 */
import { readFileSync } from 'node:fs';
import { recogniseSavedPage } from './recognise-saved-page';

const USAGE = 'usage: npm run --silent classify -- <saved-page.html> --url <the page URL>';

class UsageError extends Error {}

// stdout carries exactly one line of JSON: anything a library logs goes to stderr instead.
for (const method of ['log', 'info', 'warn', 'debug'] as const) {
  console[method] = (...args: unknown[]) => console.error(...args);
}

function parseArguments(argv: string[]): { file: string; url: URL } {
  let file: string | undefined;
  let url: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    if (argument === '--url') {
      url = argv[++index];
      if (url === undefined) throw new UsageError('--url needs a value');
    } else if (argument.startsWith('--url=')) {
      url = argument.slice('--url='.length);
    } else if (argument.startsWith('-')) {
      throw new UsageError(`unknown option ${argument}`);
    } else if (file === undefined) {
      file = argument;
    } else {
      throw new UsageError(`only one file, got also ${argument}`);
    }
  }
  if (file === undefined) throw new UsageError('missing the saved page (an .html file)');
  if (url === undefined) throw new UsageError('missing --url: the address the page was saved from');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`not a valid URL: ${url}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new UsageError(`not a web page URL (http or https): ${url}`);
  }
  return { file, url: parsed };
}

function readHtml(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? error})`);
  }
  const html = bytes.toString('utf8');
  // A saved page is text with tags; empty or binary files are a wrong path, not a page.
  if (bytes.includes(0) || !/<[a-z!]/i.test(html)) throw new UsageError(`${file} does not look like an HTML page`);
  return html;
}

function main(): number {
  try {
    const { file, url } = parseArguments(process.argv.slice(2));
    const result = recogniseSavedPage(readHtml(file), url);
    const line = {
      kind: result.kind,
      ...(result.reason ? { reason: result.reason } : {}),
      ...(result.reference ? { reference: result.reference } : {}),
      signals: result.signals,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`classify: ${error.message}\n${USAGE}\n`);
    return 2;
  }
}

process.exitCode = main();
