import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceFloorScript, evidenceSelectors } from '../../../scripts/bench/evidence-floor';
import { PAGE_RULES } from '../../../utils/recognition/page-rules';
import { fixtureById, parseFixture } from '../../fixtures/pool';

// The benchmark's evidence floor (tests/bench/floor-extensions/read-evidence) must read what the
// rules read, or it would understate what recognition has to read; and it must decide nothing.
describe('the evidence floor of the benchmark', () => {
  it('takes every form-field selector of the rules, each once', () => {
    const { fields } = evidenceSelectors();
    for (const rule of PAGE_RULES)
      for (const signal of rule.signals) if (signal.selector) expect(fields, signal.id).toContain(signal.selector);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('reads the title, every area, every field selector and the body of a saved page', () => {
    const fixture = fixtureById('sign-in/classic-loginaction.html');
    const doc = parseFixture(fixture);
    const scope: { floorEvidence?: unknown[] } = {};
    new Function('document', 'globalThis', evidenceFloorScript())(doc, scope);
    const { areas, fields } = evidenceSelectors();
    const evidence = scope.floorEvidence ?? [];
    expect(evidence).toHaveLength(1 + areas.length + fields.length + 1);
    expect(evidence[0]).toBe(doc.title);
    // The headings' text, as the page has it.
    const heading = doc.querySelector('h1, h2')?.textContent ?? '';
    expect(heading.trim().length).toBeGreaterThan(0);
    expect(evidence[1]).toContain(heading);
    // The password field is found; so is the login form.
    expect(evidence[1 + areas.length + fields.indexOf('input[type=password]')]).toBe(true);
    expect(evidence.slice(1 + areas.length, 1 + areas.length + fields.length)).toContain(true);
    expect(typeof evidence.at(-1)).toBe('string');
  });

  it('decides nothing: no pattern in its script', () => {
    const reader = readFileSync(join(__dirname, '../../bench/floor-extensions/read-evidence/evidence.js'), 'utf8');
    expect(reader).not.toMatch(/RegExp|\.test\(|\.match\(|\/[^/\n]+\/[gimsuy]*\.test/);
  });

  it("starts the evidence-and-sidebar floor's clock before it reads the page, and only once", () => {
    const floors = join(__dirname, '../../bench/floor-extensions');
    const manifest = JSON.parse(readFileSync(join(floors, 'evidence-sidebar/manifest.json'), 'utf8')) as {
      content_scripts: Array<{ js: string[]; run_at: string }>;
    };
    const [scripts] = manifest.content_scripts;
    // Restore Access's detector makes its start mark before it reads anything (utils/recognition/detector.ts).
    expect(scripts?.js).toEqual(['start-mark.js', 'evidence.js', 'watch.js', 'sidebar.js']);
    expect(scripts?.run_at).toBe('document_end');
    expect(readFileSync(join(floors, 'evidence-sidebar/start-mark.js'), 'utf8')).toContain(
      "performance.mark('restore-access:detector-start')",
    );
    // The Preact sidebar marks a start only when nothing before it did: the bench reads the last
    // mark of a name, so a second one would start the clock after the reading.
    const sidebar = readFileSync(join(floors, 'preact-sidebar/sidebar.tsx'), 'utf8');
    expect(sidebar).toMatch(
      /if \(performance\.getEntriesByName\('restore-access:detector-start'\)\.length === 0\) \{\s*performance\.mark\('restore-access:detector-start'\);/,
    );
  });
});
