import type { Language } from '../i18n/language';

/**
 * USPS's password rules as a checklist. Source: USPS-FACTS.md, Policies, "Password rules" (B,
 * 2018 page and a password-manager quirks list). Purely informational: nothing here reads a
 * password field.
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
