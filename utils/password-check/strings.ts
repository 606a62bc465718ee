import type { Language } from '../core/language';
import type { RetypeState } from './checker';

/**
 * The live check's own words (utils/password-check/view.ts). The rules themselves are the
 * sidebar's list (utils/guides/password-rules.ts), shown with a state each. Shipped only in the
 * live check's script, not in the sidebar bundle.
 */
export interface LiveCheckText {
  intro: string;
  met: string;
  notMet: string;
  /** After the symbols rule when it fails: the password has a character USPS does not accept. */
  rejected: (symbols: string) => string;
  retype: Record<RetypeState, string>;
  summaryButton: string;
  summary: (met: number, total: number) => string;
  notMetList: string;
  nothingTyped: string;
  allMet: string;
}

const spaced = (symbols: string) => [...symbols].join(' ');

export const LIVE_CHECK_TEXT: Record<Language, LiveCheckText> = {
  en: {
    intro:
      'As you type a new password on the page, each rule says whether it is met. Nothing you type is kept or sent.',
    met: 'Met:',
    notMet: 'Not met:',
    rejected: (symbols) =>
      `Your password has a character USPS does not accept. Only letters A to Z without accents, digits and these symbols are accepted: ${spaced(symbols)} (no spaces).`,
    retype: {
      empty: 'Re-typed password: not typed yet.',
      matches: 'Re-typed password: matches.',
      differs: 'Re-typed password: does not match.',
    },
    summaryButton: 'Check my password',
    summary: (met, total) => `${met} of ${total} rules met.`,
    notMetList: 'Not met:',
    nothingTyped: 'Nothing typed in the new password box yet.',
    allMet: 'Your new password meets all the USPS rules.',
  },
  es: {
    intro:
      'Mientras escribe una contraseña nueva en la página, cada regla indica si se cumple. Nada de lo que escribe se guarda ni se envía.',
    met: 'Se cumple:',
    notMet: 'No se cumple:',
    rejected: (symbols) =>
      `Su contraseña tiene un carácter que USPS no acepta. Solo se aceptan letras de la A a la Z sin acentos, dígitos y estos símbolos: ${spaced(symbols)} (sin espacios).`,
    retype: {
      empty: 'Contraseña repetida: aún no se ha escrito.',
      matches: 'Contraseña repetida: coincide.',
      differs: 'Contraseña repetida: no coincide.',
    },
    summaryButton: 'Revisar mi contraseña',
    summary: (met, total) => `Se cumplen ${met} de ${total} reglas.`,
    notMetList: 'No se cumplen:',
    nothingTyped: 'Aún no ha escrito nada en la casilla de la contraseña nueva.',
    allMet: 'Su contraseña nueva cumple todas las reglas de USPS.',
  },
};

/** The options page's switch for the live check (components/options/OptionsPasswordCheck.tsx). */
export const PASSWORD_CHECK_OPTION_TEXT: Record<Language, { label: string; hint: string }> = {
  en: {
    label: 'Check a new password against the USPS rules as I type it',
    hint: 'Only on USPS new-password and sign-up pages, in your browser: the password is never kept or sent. When off, the sidebar shows the plain list of rules and reads no password box.',
  },
  es: {
    label: 'Comprobar la contraseña nueva con las reglas de USPS mientras la escribo',
    hint: 'Solo en las páginas de USPS para elegir contraseña o registrarse, en su navegador: la contraseña nunca se guarda ni se envía. Si se desactiva, la barra lateral muestra la lista de reglas sin más y no lee ninguna casilla de contraseña.',
  },
};
