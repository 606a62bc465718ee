import type { Language } from '../core/language';

/**
 * Things on a USPS page a guide step can point at with "Show me", found by CSS selector first, then
 * by the text of a link/button or of a field's label. Ids come from USPS markup (B: reg.usps.com
 * sign-in page, 2018, and its forms, 2022; verified.usps.com's `data-testid` wrappers as recorded
 * by public sign-in code; docs/sources.md); the text patterns cover pages whose ids are unknown
 * (verified.usps.com, today's forgot pages). A password field is never a target's *value*: we only
 * move focus.
 */
export interface PageTarget {
  selectors: string[];
  /** Case-insensitive regex over the visible text of links and buttons. */
  linkText?: string;
  /** Case-insensitive regex over label text; the labelled control is the target. */
  labelText?: string;
  /** How the announcement names it: "Moved to {name}". */
  name: Record<Language, string>;
}

export const PAGE_TARGETS = {
  'forgot-password-link': {
    selectors: ['#forgot-password-link'],
    linkText: '^\\W*(?:i )?forgot (?:your |my )?password|olvid[oó] (?:su |tu )?contrase[nñ]a',
    name: { en: 'the Forgot your password link', es: 'el enlace de contraseña olvidada' },
  },
  'forgot-username-link': {
    selectors: ['#forgot-username-link'],
    linkText: '^\\W*(?:i )?forgot (?:your |my )?user ?name|olvid[oó] (?:su |tu )?(?:nombre de )?usuario',
    name: { en: 'the Forgot your username link', es: 'el enlace de usuario olvidado' },
  },
  'username-field': {
    selectors: [
      'input#username',
      '[data-testid="fr-field-callback_1"] input',
      'input[name="username"]',
      'input[autocomplete="username"]',
    ],
    labelText: '^\\W*user ?name|nombre de usuario',
    name: { en: 'the username box', es: 'la casilla del nombre de usuario' },
  },
  'email-field': {
    selectors: ['input[type="email"]', 'input[name*="email" i]', 'input[id*="email" i]'],
    labelText: 'e-?mail|correo',
    name: { en: 'the email address box', es: 'la casilla del correo electrónico' },
  },
  'code-field': {
    selectors: ['input[autocomplete="one-time-code"]', 'input[name*="code" i]', 'input[id*="code" i]'],
    labelText: '\\bcode\\b|c[oó]digo',
    name: { en: 'the code box', es: 'la casilla del código' },
  },
  'new-password-field': {
    selectors: ['#tPasswordNew', 'input[name="newPassword"]', 'input[autocomplete="new-password"]'],
    labelText: 'new password|nueva contrase[nñ]a',
    name: { en: 'the new password box', es: 'la casilla de la nueva contraseña' },
  },
} as const satisfies Record<string, PageTarget>;

export type TargetId = keyof typeof PAGE_TARGETS;
