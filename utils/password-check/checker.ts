import { CHARACTER_CLASSES, type PasswordRules, parsePasswordRules, USPS_PASSWORD_RULES } from './rules';

/** Parsed once, when the live check's script starts. */
export const USPS_RULES: PasswordRules = parsePasswordRules(USPS_PASSWORD_RULES);

/**
 * The rules the sidebar lists, in the order of its list (utils/guides/password-rules.ts):
 * a unit test holds the two together.
 */
export const RULE_IDS = ['length', 'upper', 'lower', 'digit', 'username', 'consecutive', 'symbols'] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** `unknown`: nothing typed yet, or (the username rule) no username known to compare with. */
export type RuleState = 'met' | 'not-met' | 'unknown';
export type RetypeState = 'matches' | 'differs' | 'empty';

/**
 * Everything the live check keeps or shows of what was typed: one state per rule and whether the
 * re-typed password matches. Nothing else derived from the password leaves `checkPassword`.
 */
export interface PasswordCheck {
  rules: Record<RuleId, RuleState>;
  retype: RetypeState;
}

const state = (met: boolean): RuleState => (met ? 'met' : 'not-met');

/** The longest run of one identical character, compared by code point. */
function longestRun(password: string): number {
  let longest = 0;
  let run = 0;
  let previous: string | undefined;
  for (const char of password) {
    run = char === previous ? run + 1 : 1;
    previous = char;
    longest = Math.max(longest, run);
  }
  return longest;
}

/**
 * Checks a new password against the rules, in memory. Lengths count UTF-16 code units, as USPS
 * would count them: the page's own `maxlength="50"` counts code units, and so does the length of a
 * string on a Java server (USPS's registration runs on Java: /entreg/…Action URLs). Identical
 * characters in a row are compared by code point, since half a surrogate pair is no character.
 * The two only differ for characters outside the ASCII set USPS accepts, which fail the symbols
 * rule anyway. "Not the same as the username" is decided ignoring case: a password that differs
 * from the username only in case is reported as not met, the safer answer when USPS's own
 * comparison is unknown. Without a username, that rule stays unknown.
 */
export function checkPassword(
  password: string,
  retype: string,
  username: string | null,
  rules: PasswordRules = USPS_RULES,
): PasswordCheck {
  const typed = password.length > 0;
  const has = (name: keyof typeof CHARACTER_CLASSES) =>
    [...CHARACTER_CLASSES[name]].some((char) => password.includes(char));
  const requires = (name: keyof typeof CHARACTER_CLASSES): RuleState =>
    !typed ? 'unknown' : state(!rules.required.includes(name) || has(name));
  const checked: Record<RuleId, RuleState> = {
    length: typed ? state(password.length >= rules.minLength && password.length <= rules.maxLength) : 'unknown',
    upper: requires('upper'),
    lower: requires('lower'),
    digit: requires('digit'),
    username: typed && username ? state(password.toLowerCase() !== username.toLowerCase()) : 'unknown',
    consecutive: typed ? state(longestRun(password) <= rules.maxConsecutive) : 'unknown',
    symbols: typed ? state([...password].every((char) => rules.allowed.has(char))) : 'unknown',
  };
  return {
    rules: checked,
    retype: retype.length === 0 ? 'empty' : retype === password ? 'matches' : 'differs',
  };
}

/** Every rule that can be told is met (the username rule counts only when a username is known). */
export function allRulesMet(check: PasswordCheck): boolean {
  return (
    RULE_IDS.every((id) => check.rules[id] === 'met' || (id === 'username' && check.rules[id] === 'unknown')) &&
    check.rules.length === 'met'
  );
}
