import { PASSWORD_RULES } from './password-rules';
import type { Guide } from './types';

/**
 * Sources (docs/sources.md): username at least 6 characters (USPS markup, B; no saved copy named);
 * password rules, see password-rules.ts (B); usernames cannot be changed and a new account needs a
 * different email (faq.usps.com article 000006225, A); multi-factor sign-in required for accounts
 * created from March 6, 2025 (faq.usps.com "Multifactor Authentication (MFA)", A).
 */
export const signUpGuide: Guide = {
  text: {
    en: {
      title: 'Create a USPS.com account',
      summary: 'You are on the USPS.com sign-up page. Here is what USPS asks for.',
      steps: [
        {
          text: 'Choose a username of at least 6 characters and write it down exactly: it is case sensitive, and USPS cannot change it later.',
          target: 'username-field',
        },
        { text: 'Choose a password that follows the USPS rules below.' },
        {
          text: 'Lost access to the email address of an old account? Sign up with a different email address that you can open.',
        },
        {
          text: 'Accounts created from March 6, 2025 must use multi-factor sign-in: besides the password, you confirm it is you with a code. Use an email address you can open.',
        },
      ],
      checklistHeading: PASSWORD_RULES.en.heading,
      checklist: PASSWORD_RULES.en.rules,
    },
    es: {
      title: 'Cree una cuenta de USPS.com',
      summary: 'Está en la página de registro de USPS.com. Esto es lo que pide USPS.',
      steps: [
        {
          text: 'Elija un nombre de usuario de al menos 6 caracteres y anótelo exactamente: distingue mayúsculas y minúsculas, y USPS no puede cambiarlo después.',
          target: 'username-field',
        },
        { text: 'Elija una contraseña que cumpla las reglas de USPS que aparecen abajo.' },
        {
          text: '¿Perdió el acceso al correo electrónico de una cuenta anterior? Regístrese con otra dirección de correo que pueda abrir.',
        },
        {
          text: 'Las cuentas creadas desde el 6 de marzo de 2025 deben usar el inicio de sesión de varios factores: además de la contraseña, confirma que es usted con un código. Use una dirección de correo electrónico que pueda abrir.',
        },
      ],
      checklistHeading: PASSWORD_RULES.es.heading,
      checklist: PASSWORD_RULES.es.rules,
    },
  },
};
