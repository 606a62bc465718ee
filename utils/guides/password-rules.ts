import type { Language } from '../core/language';

/**
 * USPS's password rules as a checklist. Sources: USPS markup, reg.usps.com sign-in page, 2018
 * (its password-change section) and registration form, 2022, both listing "Your password must: …"
 * (B); Apple's password-manager-resources, quirks/password-rules.json (C). docs/sources.md,
 * "Passwords". The same rules as data, which the live check uses, are in
 * utils/password-check/rules.ts; tests/unit/password-check/rules-text.test.ts holds the two
 * together. In the order of RULE_IDS (utils/password-check/checker.ts).
 */
export const PASSWORD_RULES: Record<Language, { heading: string; rules: string[] }> = {
  en: {
    heading: 'USPS password rules',
    rules: [
      '8 to 50 characters.',
      'At least one capital (upper-case) letter.',
      'At least one lower-case letter.',
      'At least one number (digit).',
      'Not the same as your username.',
      'No more than 2 identical characters in a row (for example, "aaa" is not allowed).',
      `Only these symbols: - ( ) . & @ ? ' # , / " + !`,
    ],
  },
  es: {
    heading: 'Reglas de USPS para la contraseña',
    rules: [
      'De 8 a 50 caracteres.',
      'Al menos una letra mayúscula.',
      'Al menos una letra minúscula.',
      'Al menos un número (dígito).',
      'Distinta de su nombre de usuario.',
      'No más de 2 caracteres idénticos seguidos (por ejemplo, "aaa" no se permite).',
      `Solo estos símbolos: - ( ) . & @ ? ' # , / " + !`,
    ],
  },
};
