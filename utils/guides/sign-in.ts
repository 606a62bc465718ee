import type { Guide } from './types';

/**
 * Sources (docs/sources.md): USPS markup (B: the sign-in page; verified.usps.com accepts a username
 * or email); faq.usps.com article 000006225 (A: reset password and forgot username); "Recovering
 * Your USPS Online Account", reg.usps.com AccountRecoveryHelpAction_input (A: automatic unlock
 * after 24 hours). The number of attempts is unknown: never stated.
 */
export const signInGuide: Guide = {
  text: {
    en: {
      title: 'Signing in to USPS.com',
      summary: 'This is the USPS.com sign-in page. These tips can help you get in.',
      steps: [
        {
          text: 'Type your username exactly as you created it. Usernames are case sensitive: capital letters matter. Your username may be your email address.',
          target: 'username-field',
        },
        {
          text: 'Forgot your password? Use the "Forgot your password?" link to reset it.',
          target: 'forgot-password-link',
        },
        {
          text: 'Forgot your username? Use the "Forgot your username?" link: USPS emails your username to you.',
          target: 'forgot-username-link',
        },
      ],
      notes: ['If USPS locks your account, it unlocks automatically after 24 hours.'],
    },
    es: {
      title: 'Iniciar sesión en USPS.com',
      summary: 'Esta es la página de inicio de sesión de USPS.com. Estos consejos pueden ayudarle a entrar.',
      steps: [
        {
          text: 'Escriba su nombre de usuario exactamente como lo creó. Distingue mayúsculas y minúsculas. Su nombre de usuario puede ser su dirección de correo electrónico.',
          target: 'username-field',
        },
        {
          text: '¿Olvidó su contraseña? Use el enlace de contraseña olvidada ("Forgot your password?") para restablecerla.',
          target: 'forgot-password-link',
        },
        {
          text: '¿Olvidó su nombre de usuario? Use el enlace de usuario olvidado ("Forgot your username?"): USPS le envía su nombre de usuario por correo electrónico.',
          target: 'forgot-username-link',
        },
      ],
      notes: ['Si USPS bloquea su cuenta, se desbloquea automáticamente después de 24 horas.'],
    },
  },
};
