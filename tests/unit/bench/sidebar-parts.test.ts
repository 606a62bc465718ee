import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SIDEBAR_PARTS } from '../../../scripts/bench/sidebar-parts';

// `npm run bench:heap-parts` takes parts out of the sidebar by editing a copy of the sources. It
// is not run by the tests (it builds seven extensions), so this checks that each edit still
// finds what it edits, on a copy of the folders it touches.
const REPO = resolve(__dirname, '../../..');
const copies: string[] = [];

function copyOfSources(): string {
  const root = mkdtempSync(join(tmpdir(), 'ra-sidebar-parts-'));
  copies.push(root);
  for (const folder of ['components', 'entrypoints', 'utils'])
    cpSync(join(REPO, folder), join(root, folder), { recursive: true });
  return root;
}

afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('the sidebar parts of bench:heap-parts', () => {
  it.each(Object.keys(SIDEBAR_PARTS))('%s: its edits apply to the current sources', (part) => {
    const root = copyOfSources();
    const edit = SIDEBAR_PARTS[part];
    expect(edit).toBeTypeOf('function');
    expect(() => edit?.(root)).not.toThrow();
  });

  it('takes the Spanish guides and words out, and leaves the English', () => {
    const root = copyOfSources();
    SIDEBAR_PARTS['Spanish (guides and words)']?.(root);
    const signIn = readFileSync(join(root, 'utils/guides/sign-in.ts'), 'utf8');
    expect(signIn).not.toContain('Iniciar sesión en USPS.com');
    expect(signIn).toContain('Signing in to USPS.com');
    expect(signIn).toContain('es: (undefined as never)');
    expect(readFileSync(join(REPO, 'utils/guides/sign-in.ts'), 'utf8')).toContain('Iniciar sesión en USPS.com');
  });

  it('never edits the working tree', () => {
    const before = readFileSync(join(REPO, 'components/sidebar/Sidebar.tsx'), 'utf8');
    for (const edit of Object.values(SIDEBAR_PARTS)) edit(copyOfSources());
    expect(readFileSync(join(REPO, 'components/sidebar/Sidebar.tsx'), 'utf8')).toBe(before);
  });
});
