import { describe, expect, it } from 'vitest';
import { isEmailAddress, MAX_IDENTIFIER_LENGTH, validateIdentifier } from '@/utils/carry-over/identifier';

describe('validateIdentifier', () => {
  it.each(['pat', 'Pat.Doe-1', 'pat@example.com', 'José@correo.es', ' spaced '])('accepts %j', (value) => {
    expect(validateIdentifier(value)).toEqual({ ok: true });
  });

  it('accepts exactly 254 characters and refuses 255', () => {
    expect(validateIdentifier('a'.repeat(MAX_IDENTIFIER_LENGTH))).toEqual({ ok: true });
    expect(validateIdentifier('a'.repeat(MAX_IDENTIFIER_LENGTH + 1))).toEqual({ ok: false, reason: 'too-long' });
  });

  it.each(['', ' ', '\t \n'])('refuses %j as empty', (value) => {
    expect(validateIdentifier(value)).toEqual({ ok: false, reason: 'empty' });
  });

  const forbidden: Array<[string, number]> = [
    ['NUL', 0x00],
    ['tab', 0x09],
    ['newline', 0x0a],
    ['escape', 0x1b],
    ['DEL', 0x7f],
    ['C1 control', 0x85],
    ['Arabic letter mark', 0x061c],
    ['zero-width space', 0x200b],
    ['zero-width non-joiner', 0x200c],
    ['zero-width joiner', 0x200d],
    ['left-to-right mark', 0x200e],
    ['right-to-left mark', 0x200f],
    ['LRE', 0x202a],
    ['RLE', 0x202b],
    ['PDF', 0x202c],
    ['LRO', 0x202d],
    ['RLO', 0x202e],
    ['word joiner', 0x2060],
    ['LRI', 0x2066],
    ['RLI', 0x2067],
    ['FSI', 0x2068],
    ['PDI', 0x2069],
    ['BOM', 0xfeff],
  ];
  it.each(forbidden)('refuses a value containing a %s', (_name, codePoint) => {
    const value = `pat${String.fromCodePoint(codePoint)}doe`;
    expect(validateIdentifier(value)).toEqual({ ok: false, reason: 'forbidden-characters' });
  });

  it('keeps characters next to the forbidden ranges', () => {
    for (const codePoint of [0x20, 0xa0, 0x2010, 0x2029, 0x2065, 0x206a, 0x200a]) {
      expect(validateIdentifier(`pat${String.fromCodePoint(codePoint)}doe`)).toEqual({ ok: true });
    }
  });
});

describe('isEmailAddress', () => {
  it.each(['pat@example.com', 'p.doe+usps@mail.example.org', ' pat@example.com '])(
    '%j is an email address',
    (value) => {
      expect(isEmailAddress(value)).toBe(true);
    },
  );

  it.each([
    'pat',
    'pat@',
    '@example.com',
    'pat@example',
    'pat doe@example.com',
    'pat@@example.com',
    'pat@exa\u202Emple.com',
  ])('%j is not an email address', (value) => {
    expect(isEmailAddress(value)).toBe(false);
  });
});
