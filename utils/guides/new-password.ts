import { PASSWORD_RULES } from './password-rules';
import type { Guide } from './types';

/**
 * Sources: USPS markup, reg.usps.com sign-in page, 2018 (B: its password-expired section, "A
 * password change is required.", #tPasswordNew, #tPasswordRetype); password rules, see
 * password-rules.ts (B). docs/sources.md has the details.
 */
export const newPasswordGuide: Guide = {
  text: {
    en: {
      title: 'Choose a new password',
      summary: 'USPS asks you for a new password. It has to follow the USPS rules below.',
      steps: [
        { text: 'Type the new password, then type it again in the second box.', target: 'new-password-field' },
        { text: 'Check it against the rules below before you continue.' },
        { text: 'Keep it somewhere safe, such as a password manager.' },
      ],
      checklistHeading: PASSWORD_RULES.en.heading,
      checklist: PASSWORD_RULES.en.rules,
      notes: [
        'This extension never keeps or sends what you type into password boxes. With the live check on (options page), it reads the new password only to check it against the rules, in your browser.',
      ],
    },
    es: {
      title: 'Elija una contraseña nueva',
      summary: 'USPS le pide una contraseña nueva. Tiene que cumplir las reglas de USPS que aparecen abajo.',
      steps: [
        {
          text: 'Escriba la contraseña nueva y vuelva a escribirla en la segunda casilla.',
          target: 'new-password-field',
        },
        { text: 'Compruébela con las reglas de abajo antes de continuar.' },
        { text: 'Guárdela en un lugar seguro, como un administrador de contraseñas.' },
      ],
      checklistHeading: PASSWORD_RULES.es.heading,
      checklist: PASSWORD_RULES.es.rules,
      notes: [
        'Esta extensión nunca guarda ni envía lo que escribe en las casillas de contraseña. Con la comprobación activada (página de opciones), lee la contraseña nueva solo para comprobarla con las reglas, en su navegador.',
      ],
    },
  },
};
