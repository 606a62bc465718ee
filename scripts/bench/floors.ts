import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { compileHints } from '../build/compile-hints';
import type { ConfigName } from './browsers';
import { evidenceFloorScript } from './evidence-floor';
import { BENCH_DIR } from './pages';

/**
 * The floors (tests/bench/floor-extensions/README.md): the least an extension of this kind costs
 * a page, measured in a phase of their own with the do-nothing baseline and Restore Access loaded
 * again in the same rounds (scripts/bench/main.ts). Only on the pages where the comparison says
 * something: an account page that needs no help (the detector) and the classic sign-in page
 * (detector and sidebar), and the large copy of each, which carries a site menu and footer as a
 * real usps.com page does: reading the evidence and laying the page out again beside a sidebar
 * cost most there.
 */
export const FLOOR_CONFIGS = [
  'floor-read',
  'floor-watch',
  'floor-evidence',
  'floor-sidebar',
  'floor-evidence-sidebar',
] as const satisfies readonly ConfigName[];
export type FloorConfig = (typeof FLOOR_CONFIGS)[number];
export const FLOOR_ROLES = ['account-no-help', 'account-no-help-large', 'classic-sign-in', 'classic-sign-in-large'];

const FLOORS_DIR = join(BENCH_DIR, 'floor-extensions');

/** Each floor's unpacked extension; the evidence and Preact ones are put together in `outDir` first. */
export async function prepareFloors(outDir: string): Promise<Record<FloorConfig, string>> {
  // Reads what recognition reads, then runs the detector floor's own script (the manifest lists both).
  const evidenceDir = resolve(outDir, 'floor-read-evidence');
  mkdirSync(evidenceDir, { recursive: true });
  copyFileSync(join(FLOORS_DIR, 'read-evidence', 'manifest.json'), join(evidenceDir, 'manifest.json'));
  writeFileSync(join(evidenceDir, 'evidence.js'), evidenceFloorScript());
  copyFileSync(join(FLOORS_DIR, 'read-and-watch', 'watch.js'), join(evidenceDir, 'watch.js'));
  const sidebarDir = resolve(outDir, 'floor-preact-sidebar');
  mkdirSync(sidebarDir, { recursive: true });
  copyFileSync(join(FLOORS_DIR, 'preact-sidebar', 'manifest.json'), join(sidebarDir, 'manifest.json'));
  // The detector floor, run before the sidebar in the same isolated world (the manifest lists both).
  copyFileSync(join(FLOORS_DIR, 'read-and-watch', 'watch.js'), join(sidebarDir, 'watch.js'));
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // The same compile hint as the extension's sidebar bundle (scripts/build/compile-hints.ts).
    plugins: [compileHints()],
    // Preact's JSX, as tsconfig.json sets it for the extension.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: sidebarDir,
      emptyOutDir: false,
      // Minified like the extension's own scripts (wxt build).
      minify: true,
      lib: {
        entry: join(FLOORS_DIR, 'preact-sidebar', 'sidebar.tsx'),
        formats: ['iife'],
        name: 'floorSidebar',
        fileName: () => 'sidebar.js',
      },
    },
  });
  // Reads the evidence, then the same Preact sidebar: what any in-page sidebar that recognises
  // the page before showing help must wait for, with the start mark before the reading.
  const evidenceSidebarDir = resolve(outDir, 'floor-evidence-sidebar');
  mkdirSync(evidenceSidebarDir, { recursive: true });
  for (const file of ['manifest.json', 'start-mark.js'])
    copyFileSync(join(FLOORS_DIR, 'evidence-sidebar', file), join(evidenceSidebarDir, file));
  for (const file of ['evidence.js', 'watch.js']) copyFileSync(join(evidenceDir, file), join(evidenceSidebarDir, file));
  copyFileSync(join(sidebarDir, 'sidebar.js'), join(evidenceSidebarDir, 'sidebar.js'));
  return {
    'floor-read': join(FLOORS_DIR, 'read-page'),
    'floor-watch': join(FLOORS_DIR, 'read-and-watch'),
    'floor-evidence': evidenceDir,
    'floor-sidebar': sidebarDir,
    'floor-evidence-sidebar': evidenceSidebarDir,
  };
}
