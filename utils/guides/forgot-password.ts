import type { Guide } from './types';

/**
 * Sources: USPS markup, reg.usps.com forgot-password page (B: asks for the username, "which may be
 * your email address"); faq.usps.com article 000006225 (A: the username is case sensitive; security
 * questions or a temporary password on a validated mobile). docs/sources.md has the details.
 */
export const forgotPasswordGuide: Guide = {
  text: {
    en: {
      title: 'Reset your password',
      summary: 'To reset your password, USPS first needs your username.',
      steps: [
        {
          text: 'Enter your username exactly as you created it. It is case sensitive, and it may be your email address.',
          target: 'username-field',
        },
        {
          text: 'Continue. USPS then asks your security questions, or sends a temporary password to your validated mobile phone.',
        },
        {
          text: 'Do not know your username? Go back to the sign-in page and use the "Forgot your username?" link instead.',
        },
      ],
    },
    es: {
      title: 'Restablezca su contraseña',
      summary: 'Para restablecer la contraseña, USPS necesita primero su nombre de usuario.',
      steps: [
        {
          text: 'Escriba su nombre de usuario exactamente como lo creó. Distingue mayúsculas y minúsculas, y puede ser su dirección de correo electrónico.',
          target: 'username-field',
        },
        {
          text: 'Continúe. Después USPS le hace sus preguntas de seguridad, o envía una contraseña temporal a su teléfono móvil validado.',
        },
        {
          text: '¿No sabe su nombre de usuario? Vuelva a la página de inicio de sesión y use el enlace de usuario olvidado ("Forgot your username?").',
        },
      ],
    },
  },
};
