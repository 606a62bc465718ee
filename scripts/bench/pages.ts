import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Fixture, loadFixturePool } from '../../tests/fixtures/pool';
import { needsHelp } from '../../utils/page-kinds';

/** One page the benchmark loads, served at its true URL. */
export interface BenchPage {
  role: string;
  url: string;
  html: string;
  /** Restore Access should show the sidebar here (the benchmark waits for it). */
  needsHelp: boolean;
  /** `pool:<kind>/<file>` when taken from the fixture pool, `bench:<file>` for a fallback page. */
  origin: string;
}

export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/bench');

interface BenchPageEntry {
  role: string;
  file: string;
  url: string;
  needsHelp: boolean;
  source: string;
}

function benchPages(): BenchPageEntry[] {
  return JSON.parse(readFileSync(join(BENCH_DIR, 'pages/pages.json'), 'utf8')) as BenchPageEntry[];
}

function host(fixture: Fixture): string {
  return new URL(fixture.url).hostname;
}

/**
 * The pages people meet, in the order the report lists them. The fixture pool is preferred (it
 * holds saved copies checked by the recogniser's tests); a bench page stands in while the pool
 * has no page of that role.
 */
const ROLES: Array<{ role: string; pick: (fixture: Fixture) => boolean }> = [
  { role: 'tracking', pick: (f) => f.id === 'other/tracking-result.html' },
  { role: 'home', pick: (f) => f.kind === 'other' && host(f) === 'www.usps.com' && new URL(f.url).pathname === '/' },
  // An account-host page that needs no help: it pays for the detector, not the error watch.
  { role: 'account-no-help', pick: (f) => f.id === 'other/preferences-signed-in.html' },
  { role: 'classic-sign-in', pick: (f) => f.id === 'sign-in/classic-loginaction.html' },
  { role: 'verified-sign-in', pick: (f) => f.kind === 'sign-in' && host(f) === 'verified.usps.com' },
  { role: 'forgot-password', pick: (f) => f.kind === 'forgot-password' && f.lang === 'en' },
  { role: 'error', pick: (f) => f.kind === 'error' && f.reason === 'outage' && f.lang === 'en' },
];

export function choosePages(only?: string[]): BenchPage[] {
  const pool = loadFixturePool();
  const fallbacks = benchPages();
  const pages: BenchPage[] = [];
  for (const { role, pick } of ROLES) {
    if (only && !only.includes(role)) continue;
    const fixture = pool.find(pick);
    if (fixture) {
      pages.push({
        role,
        url: fixture.url,
        html: fixture.html,
        needsHelp: needsHelp(fixture),
        origin: `pool:${fixture.id}`,
      });
      continue;
    }
    const entry = fallbacks.find((candidate) => candidate.role === role);
    if (!entry) throw new Error(`No fixture and no bench page for the role ${role}`);
    pages.push(benchPageFrom(entry));
  }
  return pages;
}

function benchPageFrom(entry: BenchPageEntry): BenchPage {
  const html = readFileSync(join(BENCH_DIR, 'pages', entry.file), 'utf8');
  return { role: entry.role, url: entry.url, html, needsHelp: entry.needsHelp, origin: `bench:${entry.file}` };
}

export function stressPage(): BenchPage {
  const entry = benchPages().find((candidate) => candidate.role === 'spa-stress');
  if (!entry) throw new Error('tests/bench/pages/pages.json has no spa-stress page');
  return benchPageFrom(entry);
}

/** Every page any test or bench may request, by URL (the pool plus the bench pages). */
export function allServedPages(): Map<string, string> {
  const byUrl = new Map<string, string>();
  for (const fixture of loadFixturePool()) byUrl.set(fixture.url, fixture.html);
  for (const entry of benchPages()) byUrl.set(entry.url, benchPageFrom(entry).html);
  return byUrl;
}
