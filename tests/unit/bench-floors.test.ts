import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_RULES } from '@/utils/recognition/page-rules';
import { AREA_SELECTORS } from '@/utils/recognition/page-text';

// The benchmark's evidence floor (tests/bench/floor-extensions/read-evidence) reads what the
// rules read: if a rule or an area gains a selector, the floor must read it too, or it would
// understate what recognition has to read.
const EVIDENCE_SCRIPT = readFileSync(join(__dirname, '../bench/floor-extensions/read-evidence/evidence.js'), 'utf8');

function listIn(script: string, name: string): string[] {
  const literal = new RegExp(`const ${name} = (\\[[\\s\\S]*?\\]);`).exec(script)?.[1];
  if (!literal) throw new Error(`no ${name} in evidence.js`);
  return new Function(`return ${literal}`)() as string[];
}

describe('the evidence floor of the benchmark', () => {
  it('reads every text area recognition reads', () => {
    expect(listIn(EVIDENCE_SCRIPT, 'AREAS')).toEqual(Object.values(AREA_SELECTORS));
  });

  it('looks for every form-field selector of the rules', () => {
    const ruleSelectors = new Set(
      PAGE_RULES.flatMap((rule) => rule.signals.flatMap((signal) => (signal.selector ? [signal.selector] : []))),
    );
    expect(ruleSelectors.size).toBeGreaterThan(0);
    expect(new Set(listIn(EVIDENCE_SCRIPT, 'FIELDS'))).toEqual(ruleSelectors);
  });

  it('reads the title and the body text, and decides nothing', () => {
    expect(EVIDENCE_SCRIPT).toContain('document.title');
    expect(EVIDENCE_SCRIPT).toContain('selectNodeContents(document.body)');
    expect(EVIDENCE_SCRIPT).not.toMatch(/RegExp|\.test\(|\.match\(/);
  });
});
