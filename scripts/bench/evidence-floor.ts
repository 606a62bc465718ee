import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_RULES } from '../../utils/recognition/page-rules';
import { AREA_SELECTORS } from '../../utils/recognition/page-text';
import { BENCH_DIR } from './pages';

/** What the page rules read: the text areas, and every form-field selector of a rule. */
export function evidenceSelectors(): { areas: string[]; fields: string[] } {
  const fields = PAGE_RULES.flatMap((rule) =>
    rule.signals.flatMap((signal) => (signal.selector ? [signal.selector] : [])),
  );
  return { areas: Object.values(AREA_SELECTORS), fields: [...new Set(fields)] };
}

/**
 * The evidence floor's content script (tests/bench/floor-extensions/read-evidence/evidence.js)
 * with the selectors written in front, taken from the rules when the bench runs.
 */
export function evidenceFloorScript(): string {
  const reader = readFileSync(join(BENCH_DIR, 'floor-extensions', 'read-evidence', 'evidence.js'), 'utf8');
  return `const FLOOR_SELECTORS = ${JSON.stringify(evidenceSelectors())};\n${reader}`;
}
