import type { Guide } from './types';

/**
 * Sources (docs/sources.md): faq.usps.com article 000006225 (A: usernames are case sensitive; reset
 * password); USPS markup (B: the username may be an email address; verified.usps.com accepts a
 * username or email); "Recovering Your USPS Online Account" (A: automatic unlock after 24 hours).
 * The number of attempts is unknown: never stated.
 */
export const signInFailedGuide: Guide = {
  text: {
    en: {
      title: 'Sign-in did not work',
      summary: 'USPS did not accept the username and password. Check these things one at a time.',
      steps: [
        {
          text: 'Check the username. It is case sensitive: type it with exactly the same capital and small letters.',
          target: 'username-field',
        },
        { text: 'Check that Caps Lock is off, then type the password again slowly.' },
        {
          text: 'Your username may be your email address, or it may be a different name. If you tried one, try the other.',
        },
        {
          text: 'Still not working? Reset your password with the "Forgot your password?" link instead of guessing again: failed attempts can lock the account, and a locked account unlocks automatically after 24 hours.',
          target: 'forgot-password-link',
        },
      ],
    },
    es: {
      title: 'No se pudo iniciar sesión',
      summary: 'USPS no aceptó el nombre de usuario y la contraseña. Revise estas cosas una por una.',
      steps: [
        {
          text: 'Revise el nombre de usuario. Distingue mayúsculas y minúsculas: escríbalo con exactamente las mismas letras.',
          target: 'username-field',
        },
        {
          text: 'Compruebe que el bloqueo de mayúsculas (Bloq Mayús) esté desactivado y vuelva a escribir la contraseña despacio.',
        },
        {
          text: 'Su nombre de usuario puede ser su dirección de correo electrónico o un nombre distinto. Si probó uno, pruebe el otro.',
        },
        {
          text: '¿Sigue sin funcionar? Restablezca la contraseña con el enlace de contraseña olvidada ("Forgot your password?") en lugar de seguir adivinando: los intentos fallidos pueden bloquear la cuenta, y una cuenta bloqueada se desbloquea automáticamente después de 24 horas.',
          target: 'forgot-password-link',
        },
      ],
    },
  },
};
