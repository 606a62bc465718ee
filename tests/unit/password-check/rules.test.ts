import { describe, expect, it } from 'vitest';
import { PASSWORD_RULES } from '@/utils/guides/password-rules';
import { RULE_IDS } from '@/utils/password-check/checker';
import { parsePasswordRules, USPS_PASSWORD_RULES } from '@/utils/password-check/rules';

const ASCII_LETTERS_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe("USPS's password rules as data (utils/password-check/rules.ts)", () => {
  it('is the line of Apple password-manager-resources quirks/password-rules.json for usps.com', () => {
    expect(USPS_PASSWORD_RULES).toBe(
      `minlength: 8; maxlength: 50; max-consecutive: 2; required: lower; required: upper; required: digit; allowed: [-!"#&'()+,./?@];`,
    );
  });

  it('parses into the rules USPS states (USPS-FACTS: 8–50, upper, lower, digit, 2 in a row, 13 symbols)', () => {
    const rules = parsePasswordRules(USPS_PASSWORD_RULES);
    expect(rules.minLength).toBe(8);
    expect(rules.maxLength).toBe(50);
    expect(rules.maxConsecutive).toBe(2);
    expect(rules.required).toEqual(['lower', 'upper', 'digit']);
    expect([...rules.symbols].sort()).toEqual([...`-()..&@?'#,/"+!`].filter((c, i, a) => a.indexOf(c) === i).sort());
    // Accepted: ASCII letters and digits (required classes are allowed) and the symbols; nothing else.
    expect([...rules.allowed].sort()).toEqual([...ASCII_LETTERS_DIGITS, ...rules.symbols].sort());
    expect(rules.allowed.has(' ')).toBe(false);
    expect(rules.allowed.has('é')).toBe(false);
  });

  it('reads a changed line: a data edit is all a change on usps.com needs', () => {
    const rules = parsePasswordRules('minlength: 12; maxlength: 64; required: upper; allowed: lower, digit, [*$];');
    expect(rules).toMatchObject({
      minLength: 12,
      maxLength: 64,
      maxConsecutive: Infinity,
      required: ['upper'],
      symbols: '*$',
    });
    expect(rules.allowed.has('a')).toBe(true);
    expect(rules.allowed.has('*')).toBe(true);
    expect(rules.allowed.has('-')).toBe(false);
  });

  it.each([
    ['an unknown property', 'minlength: 8; max-length: 50;'],
    ['a class the checker cannot honour', 'required: special;'],
    ['a choice of classes', 'required: upper, lower;'],
    ['a length that is not a number', 'minlength: eight;'],
    ['minlength above maxlength', 'minlength: 9; maxlength: 8;'],
    ['text it cannot read', 'minlength: 8; ???'],
  ])('refuses %s instead of ignoring it', (_name, line) => {
    expect(() => parsePasswordRules(line)).toThrow();
  });
});

describe("the sidebar's list of rules (utils/guides/password-rules.ts) says what the data says", () => {
  const rules = parsePasswordRules(USPS_PASSWORD_RULES);
  it.each(['en', 'es'] as const)('%s: one text per rule the checker checks, in its order', (language) => {
    const texts = PASSWORD_RULES[language].rules;
    expect(texts).toHaveLength(RULE_IDS.length);
    const text = (id: (typeof RULE_IDS)[number]) => texts[RULE_IDS.indexOf(id)] as string;
    expect(text('length')).toContain(`${rules.minLength}`);
    expect(text('length')).toContain(`${rules.maxLength}`);
    expect(text('consecutive')).toContain(`${rules.maxConsecutive}`);
    // Every accepted symbol is listed, and no other.
    const listed = text('symbols').split(':').slice(1).join(':').trim().split(/\s+/);
    expect(listed.sort()).toEqual([...rules.symbols].sort());
  });
});
