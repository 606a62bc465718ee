import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allRulesMet, checkPassword, RULE_IDS, USPS_RULES } from '@/utils/password-check/checker';

const SYMBOLS = `-()..&@?'#,/"+!`;
const rules = (password: string, username: string | null = null) => checkPassword(password, '', username).rules;

describe('the live check against the edges of the rules', () => {
  it('counts length inclusively: 8 and 50 are met, 7 and 51 are not', () => {
    expect(rules('Aa1bcdeF'.slice(0, 7)).length).toBe('not-met');
    expect(rules('Aa1bcdeF').length).toBe('met');
    expect(rules(`Aa1${'bc'.repeat(23)}d`).length).toBe('met'); // 50
    expect(`Aa1${'bc'.repeat(23)}d`).toHaveLength(50);
    expect(rules(`Aa1${'bc'.repeat(24)}`).length).toBe('not-met'); // 51
  });

  it('allows 2 identical characters in a row, not 3', () => {
    expect(rules('Xaa1bcde').consecutive).toBe('met');
    expect(rules('Xaaa1bcd').consecutive).toBe('not-met');
    expect(rules('Aa1!!bcd').consecutive).toBe('met');
    expect(rules('Aa1!!!bc').consecutive).toBe('not-met');
    // Different case is a different character.
    expect(rules('Aaa1bcde').consecutive).toBe('met');
  });

  it.each([...new Set(SYMBOLS)])('accepts the symbol %s', (symbol) => {
    expect(rules(`Abcdef1${symbol}`).symbols).toBe('met');
    expect(allRulesMet(checkPassword(`Abcdef1${symbol}`, '', null))).toBe(true);
  });

  it.each(['%', '_', '$', ' ', 'é', 'É', '😀', '\t', '*'])('rejects %j', (char) => {
    expect(rules(`Abcdef1${char}`).symbols).toBe('not-met');
  });

  it("counts only ASCII letters as upper or lower case (the format's classes)", () => {
    expect(rules('ÉÀÜ12345').upper).toBe('not-met');
    expect(rules('éàü12345').lower).toBe('not-met');
    expect(rules('١٢٣abcDE').digit).toBe('not-met');
  });

  it('says whether the password is the username, ignoring case; nothing without a username', () => {
    expect(rules('JohnDoe12', 'johndoe12').username).toBe('not-met');
    expect(rules('JohnDoe12', 'JohnDoe12').username).toBe('not-met');
    expect(rules('JohnDoe12', 'JohnDoe1').username).toBe('met');
    expect(rules('JohnDoe12', null).username).toBe('unknown');
    expect(rules('JohnDoe12', '').username).toBe('unknown');
  });

  it('says nothing before anything is typed', () => {
    const check = checkPassword('', '', 'someone');
    expect(RULE_IDS.map((id) => check.rules[id])).toEqual(RULE_IDS.map(() => 'unknown'));
    expect(allRulesMet(check)).toBe(false);
  });

  it('says whether the re-typed password matches', () => {
    expect(checkPassword('Abcdef12', '', null).retype).toBe('empty');
    expect(checkPassword('Abcdef12', 'Abcdef1', null).retype).toBe('differs');
    expect(checkPassword('Abcdef12', 'Abcdef12', null).retype).toBe('matches');
    expect(checkPassword('Abcdef12', 'abcdef12', null).retype).toBe('differs');
  });

  it('finds the examples of the issue wrong: Summer2024!!! (3 in a row), p%ssw0rd_X (symbols)', () => {
    expect(rules('Summer2024!!!').consecutive).toBe('not-met');
    expect(rules('p%ssw0rd_X').symbols).toBe('not-met');
    expect(allRulesMet(checkPassword('Summer2024!!', '', null))).toBe(true);
  });
});

/**
 * An independent reading of USPS's rules (USPS-FACTS.md), written without the parser: the checker
 * must agree with it on any string, including non-ASCII letters, emoji and whitespace.
 */
function model(password: string, username: string | null) {
  const units = password.length;
  return {
    length: units >= 8 && units <= 50,
    upper: /[A-Z]/.test(password),
    lower: /[a-z]/.test(password),
    digit: /[0-9]/.test(password),
    username: username ? password.toLowerCase() !== username.toLowerCase() : null,
    consecutive: !/(.)\1\1/su.test(password),
    symbols: /^[A-Za-z0-9\-()..&@?'#,/"+!]*$/u.test(password),
  };
}

const interesting = fc.constantFrom(
  ...'aAzZ09bB',
  ...SYMBOLS,
  ' ',
  '\t',
  '\n',
  '\u00a0',
  'é',
  'É',
  'ß',
  'ñ',
  'Ω',
  'ж',
  '中',
  '😀',
  '👍🏽',
  '%',
  '_',
  '$',
  '*',
  '[',
  ']',
  ';',
  ':',
);
const passwords = fc.oneof(
  fc.string({ unit: interesting, maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe('the live check agrees with the rules on any string (fast-check)', () => {
  it('each rule, for any password and username', () => {
    fc.assert(
      fc.property(passwords, fc.option(fc.string({ unit: interesting, maxLength: 12 })), (password, username) => {
        const checked = checkPassword(password, '', username).rules;
        if (password === '') {
          expect(Object.values(checked).every((state) => state === 'unknown')).toBe(true);
          return;
        }
        const expected = model(password, username);
        for (const id of RULE_IDS) {
          const want = expected[id];
          expect(checked[id], `${id} of ${JSON.stringify(password)}`).toBe(
            want === null ? 'unknown' : want ? 'met' : 'not-met',
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('all rules met exactly when every known rule is met', () => {
    fc.assert(
      fc.property(passwords, (password) => {
        const check = checkPassword(password, password, null);
        const known = RULE_IDS.filter((id) => id !== 'username');
        expect(allRulesMet(check)).toBe(password !== '' && known.every((id) => check.rules[id] === 'met'));
        expect(check.retype).toBe(password === '' ? 'empty' : 'matches');
      }),
      { numRuns: 1000 },
    );
  });

  it('a password the checker passes is accepted by the parsed rules character by character', () => {
    fc.assert(
      fc.property(passwords, (password) => {
        if (checkPassword(password, '', null).rules.symbols !== 'met') return;
        for (const char of password) expect(USPS_RULES.allowed.has(char)).toBe(true);
      }),
    );
  });
});
