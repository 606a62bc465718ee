import { describe, expect, it } from 'vitest';
import { ERROR_REASONS, PAGE_KINDS } from '../../../utils/core/page-kinds';
import { recognisePage } from '../../../utils/recognition/recognise';
import { type Fixture, loadFixturePool, parseFixture } from '../../fixtures/pool';

/**
 * Every rule against every page of the pool (the Refined GitHub habit): each fixture must get
 * exactly its own kind, reason and reference, so a rule is tested both for what it must match
 * and for everything it must not.
 */
const pool = loadFixturePool();
const label = (kind: string, reason?: string) => (reason ? `${kind}:${reason}` : kind);
const LABELS = PAGE_KINDS.flatMap((kind) =>
  kind === 'error' ? ERROR_REASONS.map((reason) => label(kind, reason)) : [kind],
);

function recognise(fixture: Fixture) {
  return recognisePage(parseFixture(fixture), fixture.url);
}

function confusionMatrix(): { table: string; offDiagonal: string[] } {
  const counts = new Map<string, number>();
  const offDiagonal: string[] = [];
  for (const fixture of pool) {
    const result = recognise(fixture);
    const expected = label(fixture.kind, fixture.reason);
    const actual = label(result.kind, result.reason);
    counts.set(`${expected}→${actual}`, (counts.get(`${expected}→${actual}`) ?? 0) + 1);
    if (expected !== actual) offDiagonal.push(`${fixture.id}: expected ${expected}, got ${actual} [${result.signals}]`);
  }
  const width = Math.max(...LABELS.map((name) => name.length));
  const short = LABELS.map((name) =>
    name
      .split(/[-:]/)
      .map((part) => part.slice(0, 3))
      .join('-'),
  );
  const header = `${'expected \\ got'.padEnd(width)} ${short.map((name) => name.padStart(12)).join('')}`;
  const rows = LABELS.map(
    (expected) =>
      `${expected.padEnd(width)} ${LABELS.map((actual) => String(counts.get(`${expected}→${actual}`) ?? '.').padStart(12)).join('')}`,
  );
  return { table: [header, ...rows].join('\n'), offDiagonal };
}

describe('the fixture pool', () => {
  it('has at least 48 pages, covering every kind, error reason, sign-in generation and Spanish', () => {
    expect(pool.length).toBeGreaterThanOrEqual(48);
    for (const kind of PAGE_KINDS)
      expect(
        pool.some((fixture) => fixture.kind === kind),
        kind,
      ).toBe(true);
    for (const reason of ERROR_REASONS)
      expect(
        pool.some((fixture) => fixture.reason === reason),
        reason,
      ).toBe(true);
    for (const generation of ['classic', 'portal', 'verified'] as const) {
      expect(
        pool.some((fixture) => fixture.kind === 'sign-in' && fixture.generation === generation),
        generation,
      ).toBe(true);
    }
    expect(pool.filter((fixture) => fixture.lang === 'es').length).toBeGreaterThanOrEqual(8);
    expect(pool.filter((fixture) => fixture.kind === 'other').length).toBeGreaterThanOrEqual(12);
  });

  it('gives every page its own URL, so each can be served at its true address', () => {
    const seen = new Map<string, string>();
    for (const fixture of pool) {
      expect(seen.get(fixture.url), `${fixture.id} repeats the URL of ${seen.get(fixture.url)}`).toBeUndefined();
      seen.set(fixture.url, fixture.id);
    }
  });
});

describe('recognising every page of the pool', () => {
  it.each(pool.map((fixture) => [fixture.id, fixture] as const))('%s', (_id, fixture) => {
    const result = recognise(fixture);
    expect({ kind: result.kind, reason: result.reason, reference: result.reference }).toEqual({
      kind: fixture.kind,
      reason: fixture.reason,
      reference: fixture.reference,
    });
    if (fixture.kind !== 'other') expect(new Set(result.signals).size).toBeGreaterThanOrEqual(2);
  });

  it('has nothing off the diagonal of the confusion matrix', () => {
    const { table, offDiagonal } = confusionMatrix();
    console.log(`Recognition confusion matrix (${pool.length} pages; rows expected, columns recognised)\n${table}`);
    expect(offDiagonal).toEqual([]);
  }, 60_000);
});
