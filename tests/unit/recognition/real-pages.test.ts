import { describe, expect, it } from 'vitest';
import { recognisePage } from '../../../utils/recognition/recognise';
import { parseFixture } from '../../fixtures/pool';
import { loadRealPages, REAL_PAGES_DIR, REAL_PAGES_MISSING, type RealPage } from '../../fixtures/real-pages';

/**
 * Every page of ../shared/real-pages/pages.json (real USPS markup, real phishing copies) through
 * the recogniser, parsed as the pool tests parse theirs: each must get its kind and reason, and a
 * copy on a lookalike host nothing at all. Our own fixtures are written from assumptions; these
 * were not written by us, so they check the assumptions.
 */
const realPages = loadRealPages();
if (REAL_PAGES_MISSING) console.warn(REAL_PAGES_MISSING);

/**
 * happy-dom reads no text from a Range, so the body's joined reading (page-text.ts,
 * `joinedBodyText`) answers null and the body text decides; but getting there costs happy-dom
 * most of a minute on the real registration form's 1,400 elements. A Range that answers '' at
 * once gives the same reading (as tests/unit/recognition/joined-body.test.ts does); Chromium's
 * real Ranges are checked by tests/e2e/real-pages.spec.ts.
 */
function parseReal(page: RealPage): Document {
  const doc = parseFixture(page);
  const empty = { setStart() {}, setEnd() {}, setStartAfter() {}, setEndBefore() {}, toString: () => '' };
  doc.createRange = () => empty as unknown as Range;
  return doc;
}

describe.skipIf(REAL_PAGES_MISSING !== null)(REAL_PAGES_MISSING ?? `real USPS markup (${REAL_PAGES_DIR})`, () => {
  it('lists pages to check', () => {
    expect(realPages.length).toBeGreaterThan(0);
  });

  for (const page of realPages) {
    it(`${page.label} is ${page.reason ? `${page.kind}:${page.reason}` : page.kind}`, () => {
      const result = recognisePage(parseReal(page), page.url);
      if (page.lookalike) {
        expect(page.kind, 'a lookalike entry must expect other').toBe('other');
        expect(result, 'a lookalike host gets no kind and no evidence').toEqual({ kind: 'other', signals: [] });
      }
      expect({ kind: result.kind, reason: result.reason }, `signals: ${result.signals}`).toEqual({
        kind: page.kind,
        reason: page.reason,
      });
    });
  }
});
