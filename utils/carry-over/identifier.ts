/**
 * What may be carried from the sign-in page to the forgot forms. The value is kept exactly as typed
 * (USPS usernames are case sensitive: faq.usps.com article 000006225, A), so validation refuses
 * rather than repairs: anything that could hide or reorder text when shown back to the person (bidi
 * controls, zero-width characters) or that no username or email contains (control characters) is
 * refused outright.
 */
export type IdentifierCheck = { ok: true } | { ok: false; reason: 'empty' | 'too-long' | 'forbidden-characters' };

/** The longest email address SMTP allows (RFC 5321 path limit); USPS usernames are shorter. */
export const MAX_IDENTIFIER_LENGTH = 254;

// C0 and C1 controls and DEL; bidi embeddings/overrides U+202A–U+202E and isolates
// U+2066–U+2069; LRM/RLM U+200E/U+200F; Arabic letter mark U+061C; zero-width space, non-joiner
// and joiner U+200B–U+200D; word joiner U+2060; BOM/zero-width no-break space U+FEFF.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff]/u;

export function validateIdentifier(value: string): IdentifierCheck {
  if (typeof value !== 'string' || value.trim() === '') return { ok: false, reason: 'empty' };
  // Counted in code points, so an address with non-BMP characters is not refused early.
  if ([...value].length > MAX_IDENTIFIER_LENGTH) return { ok: false, reason: 'too-long' };
  if (FORBIDDEN.test(value)) return { ok: false, reason: 'forbidden-characters' };
  return { ok: true };
}

export function isValidIdentifier(value: string): boolean {
  return validateIdentifier(value).ok;
}

/**
 * Whether a (valid) identifier looks like an email address: one `@`, something before it, and
 * a dotted domain after it with no spaces. Deliberately simple: it only decides wording
 * ("your email address" vs "your username"), never whether a value is accepted.
 */
export function isEmailAddress(value: string): boolean {
  const trimmed = value.trim();
  return /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u.test(trimmed) && isValidIdentifier(trimmed);
}
