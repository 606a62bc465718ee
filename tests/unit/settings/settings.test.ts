import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/utils/core/language';
import { PAGE_KINDS } from '@/utils/core/page-kinds';
import {
  AUTO_OPEN_CHOICES,
  DEFAULT_SETTINGS,
  FOLLOW_UP_MINUTES_RANGE,
  isValidSettings,
  PREFILL_CHOICES,
  SETTINGS_FIELDS,
  SIDEBAR_WIDTH_RANGE,
  SIDES,
  TEXT_SIZE_NAMES,
} from '@/utils/settings/settings';
import { SettingsSchema } from '@/utils/settings/store';

/**
 * The sidebar bundle carries no zod: on help pages it reads the stored settings itself and
 * accepts them only when isValidSettings says so (utils/settings/client.ts). Anything it
 * accepts must be what the background's zod schema accepts, and anything it refuses costs a
 * round trip, so the two must agree exactly, both ways.
 */
const agrees = (value: unknown) => expect(isValidSettings(value)).toBe(SettingsSchema.safeParse(value).success);

const MISSING = Symbol('missing');
const numbers = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    SIDEBAR_WIDTH_RANGE.min - 1,
    SIDEBAR_WIDTH_RANGE.max + 1,
    SIDEBAR_WIDTH_RANGE.min + 0.5,
    FOLLOW_UP_MINUTES_RANGE.min - 1,
    FOLLOW_UP_MINUTES_RANGE.max + 1,
    FOLLOW_UP_MINUTES_RANGE.max - 0.5,
    Number.MAX_SAFE_INTEGER + 2,
  ),
);
const choices = fc.constantFrom(
  'auto',
  ...LANGUAGES,
  ...SIDES,
  ...TEXT_SIZE_NAMES,
  ...AUTO_OPEN_CHOICES,
  ...PREFILL_CHOICES,
  ...PAGE_KINDS,
  'fr',
  'Left',
  '',
);
const junk = fc.oneof(
  fc.anything({
    withBoxedValues: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withSparseArray: true,
  }),
  numbers,
  choices,
  fc.constant(null),
  fc.constant(undefined),
  fc.array(choices, { maxLength: 3 }),
);

/** Mostly a valid value for the field, sometimes anything else, sometimes no key at all. */
function field<T>(valid: fc.Arbitrary<T>, ...invalid: fc.Arbitrary<unknown>[]) {
  return fc.oneof(
    { arbitrary: valid, weight: 14 },
    { arbitrary: fc.oneof(junk, ...invalid), weight: 2 },
    { arbitrary: fc.constant(MISSING), weight: 1 },
  );
}

const kinds = fc.constantFrom(...PAGE_KINDS);
const fields = fc.record({
  language: field(fc.constantFrom('auto', ...LANGUAGES)),
  side: field(fc.constantFrom(...SIDES)),
  width: field(fc.integer(SIDEBAR_WIDTH_RANGE), numbers),
  textSize: field(fc.constantFrom(...TEXT_SIZE_NAMES)),
  autoOpen: field(fc.constantFrom(...AUTO_OPEN_CHOICES)),
  collapsedOn: field(
    fc.array(kinds, { maxLength: PAGE_KINDS.length }),
    fc.array(kinds, { minLength: PAGE_KINDS.length + 1, maxLength: PAGE_KINDS.length + 3 }),
    fc.sparseArray(kinds, { maxLength: PAGE_KINDS.length }),
    fc.array(fc.oneof(kinds, junk), { maxLength: 4 }),
  ),
  prefill: field(fc.constantFrom(...PREFILL_CHOICES)),
  followUpMinutes: field(fc.integer(FOLLOW_UP_MINUTES_RANGE), numbers),
  passwordCheck: field(fc.boolean()),
});
const extraKeys = fc.option(
  fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...SETTINGS_FIELDS, '__proto__', 'constructor')), junk, {
    maxKeys: 2,
  }),
  { freq: 4 },
);

/** DEFAULT_SETTINGS with fields replaced, removed or added. */
const mutatedSettings = fc.tuple(fields, extraKeys).map(([values, extra]) => {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) if (value !== MISSING) record[key] = value;
  // Spread, not Object.assign: an extra `__proto__` key stays an own key, as in a stored object.
  return extra ? { ...record, ...extra } : record;
});

describe('isValidSettings agrees with the zod schema', () => {
  it.each<[string, unknown]>([
    ['the defaults', DEFAULT_SETTINGS],
    [
      'every field at its limits',
      { ...DEFAULT_SETTINGS, width: 560, followUpMinutes: 1, collapsedOn: [...PAGE_KINDS] },
    ],
    ['a width out of range', { ...DEFAULT_SETTINGS, width: 9999 }],
    ['a width that is not whole', { ...DEFAULT_SETTINGS, width: 300.5 }],
    ['a NaN', { ...DEFAULT_SETTINGS, followUpMinutes: Number.NaN }],
    ['a width as a string', { ...DEFAULT_SETTINGS, width: '360' }],
    ['an extra key', { ...DEFAULT_SETTINGS, theme: 'dark' }],
    ['an extra key set to undefined', { ...DEFAULT_SETTINGS, theme: undefined }],
    ['a missing key', { ...DEFAULT_SETTINGS, prefill: undefined }],
    ['a collapsedOn with an unknown kind', { ...DEFAULT_SETTINGS, collapsedOn: ['sign-in', 'nope'] }],
    ['a collapsedOn longer than the kinds', { ...DEFAULT_SETTINGS, collapsedOn: [...PAGE_KINDS, 'sign-in'] }],
    // Structured clone (Firefox's storage.local) keeps holes: zod reads a hole as undefined.
    ['a collapsedOn with a hole', { ...DEFAULT_SETTINGS, collapsedOn: Object.assign(new Array(2), { 1: 'sign-in' }) }],
    ['an array', [DEFAULT_SETTINGS]],
    ['null', null],
    ['a string', JSON.stringify(DEFAULT_SETTINGS)],
  ])('on %s', (_label, value) => {
    agrees(value);
  });

  it('on any record made by changing, removing or adding fields', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: mutatedSettings, weight: 12 }, { arbitrary: junk, weight: 1 }), (value) => {
        agrees(value);
        if (isValidSettings(value)) accepted++;
        else refused++;
      }),
      { numRuns: 3000 },
    );
    // Both answers were exercised, not only refusals.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });
});
