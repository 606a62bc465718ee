import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Fixture, loadFixturePool } from '../../tests/fixtures/pool';
import { needsHelp } from '../../utils/core/page-kinds';

/** One page the benchmark loads, served at its true URL. */
export interface BenchPage {
  role: string;
  url: string;
  html: string;
  /** Restore Access should show the sidebar here (the benchmark waits for it). */
  needsHelp: boolean;
  /**
   * `pool:<kind>/<file>` when taken from the fixture pool (with a note for a copy: `withSiteChrome`,
   * `withPendingImage`), `bench:<file>` for a fallback page.
   */
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
const ROLES: Array<{ role: string; pick: (fixture: Fixture) => boolean; copy?: 'large' | 'loading' }> = [
  { role: 'tracking', pick: (f) => f.id === 'other/tracking-result.html' },
  { role: 'home', pick: (f) => f.kind === 'other' && host(f) === 'www.usps.com' && new URL(f.url).pathname === '/' },
  // An account-host page that needs no help: it pays for the detector, not the error watch.
  { role: 'account-no-help', pick: (f) => f.id === 'other/preferences-signed-in.html' },
  // It and the classic sign-in page again, at the size of a real site's page (`withSiteChrome`).
  { role: 'account-no-help-large', pick: (f) => f.id === 'other/preferences-signed-in.html', copy: 'large' },
  { role: 'classic-sign-in', pick: (f) => f.id === 'sign-in/classic-loginaction.html' },
  { role: 'classic-sign-in-large', pick: (f) => f.id === 'sign-in/classic-loginaction.html', copy: 'large' },
  { role: 'verified-sign-in', pick: (f) => f.kind === 'sign-in' && host(f) === 'verified.usps.com' },
  { role: 'forgot-password', pick: (f) => f.kind === 'forgot-password' && f.lang === 'en' },
  // USPS's outage page: at its own address, so the manifest declares the sidebar bundle there.
  { role: 'error', pick: (f) => f.kind === 'error' && f.reason === 'outage' && f.lang === 'en' },
  // An error page at an address of its own kind (Akamai's block on tracking): the error watch
  // asks for the detector, which has the background inject the sidebar bundle.
  { role: 'error-injected', pick: (f) => f.id === 'error/access-denied-tools.html' },
  // The same while an image is still loading (`withPendingImage`), as on a real page whose images
  // and tags arrive after DOMContentLoaded: what the injected path waits for then.
  { role: 'error-injected-loading', pick: (f) => f.id === 'error/access-denied-tools.html', copy: 'loading' },
];

export function choosePages(only?: string[]): BenchPage[] {
  const pool = loadFixturePool();
  const fallbacks = benchPages();
  const pages: BenchPage[] = [];
  for (const { role, pick, copy } of ROLES) {
    if (only && !only.includes(role)) continue;
    const fixture = pool.find(pick);
    if (fixture && copy) {
      pages.push({ ...copyOf(fixture, copy), role, needsHelp: needsHelp(fixture) });
      continue;
    }
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

/** Every page any test or bench may request, by URL (the pool, its large copies, the bench pages). */
export function allServedPages(): Map<string, string> {
  const byUrl = new Map<string, string>();
  const pool = loadFixturePool();
  for (const fixture of pool) byUrl.set(fixture.url, fixture.html);
  for (const { pick, copy } of ROLES) {
    const fixture = copy ? pool.find(pick) : undefined;
    if (fixture && copy) {
      const page = copyOf(fixture, copy);
      byUrl.set(page.url, page.html);
    }
  }
  for (const entry of benchPages()) byUrl.set(entry.url, benchPageFrom(entry).html);
  return byUrl;
}

/**
 * A saved page at the size of a real site's page. The saved copies keep only what recognition
 * reads (a few KB each), while a real usps.com page also carries a site menu and footer, and the
 * detector's cost grows with what it has to read. This adds a synthetic one, the same every run,
 * not a copy of USPS's: a menu of 12 sections of 40 links (each section with an inline SVG icon
 * and a flyout hidden by a stylesheet rule, as such menus are), a footer of 150 links, 15 inline
 * scripts and a block hidden by its style attribute: about 1,850 elements.
 */
export function withSiteChrome(html: string): string {
  const sections = Array.from({ length: 12 }, (_, section) => {
    const links = Array.from(
      { length: 40 },
      (_, link) => `<li><a href="#">Menu item ${section + 1}.${link + 1} <span>more</span></a></li>`,
    ).join('\n');
    return `<li class="menuheader"><a href="#">Section ${section + 1} <svg viewBox="0 0 8 8"><path d="M0 0h8v8z"/></svg></a><div class="nav-flyout"><ul>${links}</ul></div></li>`;
  }).join('\n');
  const footerLinks = Array.from({ length: 150 }, (_, link) => `<li><a href="#">Footer link ${link + 1}</a></li>`).join(
    '\n',
  );
  const scripts = Array.from(
    { length: 15 },
    (_, index) => `<script>window.benchValue${index} = ${index};</script>`,
  ).join('');
  const header = `<style>.nav-flyout{display:none}</style><header><ul class="nav-list">${sections}</ul></header>`;
  const footer = `<footer><ul>${footerLinks}</ul>${scripts}<div style="display: none">${'Hidden text. '.repeat(20)}</div></footer>`;
  return html.replace(/<body[^>]*>/i, (body) => `${body}${header}`).replace(/<\/body>/i, `${footer}</body>`);
}

/**
 * The URL of an image the bench's server answers only after `PENDING_IMAGE_MS`
 * (scripts/bench/browsers.ts), so a page showing it is still loading for that long after
 * DOMContentLoaded: the browser's "idle" for an injected script comes later on such a page.
 */
export const PENDING_IMAGE_URL = 'https://www.usps.com/bench-pending-image.png';
export const PENDING_IMAGE_MS = 500;

export function withPendingImage(html: string): string {
  return html.replace(/<\/body>/i, `<img src="${PENDING_IMAGE_URL}" alt="" width="1" height="1"></body>`);
}

const COPIES = {
  large: { make: withSiteChrome, note: 'with a synthetic site menu and footer' },
  loading: { make: withPendingImage, note: `with an image that arrives ${PENDING_IMAGE_MS} ms late` },
} as const;

function copyOf(fixture: Fixture, copy: keyof typeof COPIES): Pick<BenchPage, 'url' | 'html' | 'origin'> {
  const url = new URL(fixture.url);
  url.searchParams.set('bench', copy);
  return { url: url.href, html: COPIES[copy].make(fixture.html), origin: `pool:${fixture.id}, ${COPIES[copy].note}` };
}
