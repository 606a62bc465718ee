/**
 * USPS's password rules, in the format password managers already use for usps.com, so a change on
 * usps.com is an edit of this one line. Sources (docs/sources.md, "Passwords"): Apple's
 * password-manager-resources, quirks/password-rules.json, entry "usps.com", added 2021 (C), which
 * is this exact line; and USPS markup, reg.usps.com sign-in page, 2018 (its password-change section)
 * and registration form, 2022, "Your password must: …" (B): 8–50 characters, one upper-case, one
 * lower-case letter and one digit, no more than 2 identical characters in a row, only the symbols
 * - ( ) . & @ ? ' # , / " + !, not the same as the username. The username rule is not expressible
 * in this format; the checker adds it (utils/password-check/checker.ts).
 */
export const USPS_PASSWORD_RULES = `minlength: 8; maxlength: 50; max-consecutive: 2; required: lower; required: upper; required: digit; allowed: [-!"#&'()+,./?@];`;

/**
 * The character classes of the format. As the format defines them (password-manager-resources,
 * "Password Rules Language"), they are ASCII: `upper` is A–Z, `lower` a–z, `digit` 0–9. A
 * non-ASCII letter such as "É" is in no class and not in `allowed`, so it counts as neither an
 * upper-case letter nor a lower-case one, and it is a character USPS does not accept.
 */
export const CHARACTER_CLASSES = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digit: '0123456789',
} as const;
export type CharacterClass = keyof typeof CHARACTER_CLASSES;

export interface PasswordRules {
  minLength: number;
  maxLength: number;
  /** The longest run of one identical character allowed. */
  maxConsecutive: number;
  /** Classes of which at least one character is required, in the order the line lists them. */
  required: CharacterClass[];
  /** Every accepted character: the required and allowed classes, and the allowed symbols. */
  allowed: ReadonlySet<string>;
  /** The symbols listed in `allowed: […]`, in their order there (what the sidebar lists). */
  symbols: string;
}

function isCharacterClass(name: string): name is CharacterClass {
  return Object.hasOwn(CHARACTER_CLASSES, name);
}

function wholeNumber(property: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new SyntaxError(`${property} needs a whole number, not "${value}"`);
  return Number(value);
}

/**
 * Parses the subset of the format USPS's line uses: minlength, maxlength, max-consecutive,
 * required (one class each) and allowed (classes, or custom characters in […]). Anything else
 * throws, so a data edit the checker cannot honour fails the unit tests instead of being ignored.
 */
export function parsePasswordRules(text: string): PasswordRules {
  let minLength = 0;
  let maxLength = Number.POSITIVE_INFINITY;
  let maxConsecutive = Number.POSITIVE_INFINITY;
  const required: CharacterClass[] = [];
  const allowedClasses = new Set<CharacterClass>();
  let symbols = '';
  let consumed = 0;
  // Split on the semicolons outside […]: a custom set may hold any symbol but "]".
  for (const match of text.matchAll(/\s*([a-z-]+)\s*:\s*((?:\[[^\]]*\]|[^;[])*?)\s*(?:;|$)/g)) {
    const [whole, property = '', value = ''] = match;
    if (match.index !== consumed) throw new SyntaxError(`cannot read "${text.slice(consumed, match.index)}"`);
    consumed += whole.length;
    if (property === 'minlength') minLength = wholeNumber(property, value);
    else if (property === 'maxlength') maxLength = wholeNumber(property, value);
    else if (property === 'max-consecutive') maxConsecutive = wholeNumber(property, value);
    else if (property === 'required') {
      if (!isCharacterClass(value)) throw new SyntaxError(`required: "${value}" is not supported`);
      required.push(value);
    } else if (property === 'allowed') {
      for (const item of value.split(/,(?![^[]*\])/).map((part) => part.trim())) {
        if (isCharacterClass(item)) allowedClasses.add(item);
        else if (item.startsWith('[') && item.endsWith(']')) symbols += item.slice(1, -1);
        else throw new SyntaxError(`allowed: "${item}" is not supported`);
      }
    } else throw new SyntaxError(`"${property}" is not supported`);
  }
  if (consumed !== text.length) throw new SyntaxError(`cannot read "${text.slice(consumed)}"`);
  if (!(minLength <= maxLength)) throw new RangeError('minlength is more than maxlength');
  // The format's rule: a required class is allowed too.
  const allowed = new Set<string>(symbols);
  for (const name of new Set([...required, ...allowedClasses]))
    for (const char of CHARACTER_CLASSES[name]) allowed.add(char);
  return { minLength, maxLength, maxConsecutive, required, allowed, symbols };
}
