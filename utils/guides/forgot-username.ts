import type { Guide } from './types';

/**
 * Source: faq.usps.com article 000006225 (A: enter your email, USPS emails the username; no access
 * to that email → new account with a different email; usernames cannot be changed). The username
 * comes by email, hence the spam reminder (docs/sources.md, "Emails USPS sends").
 */
export const forgotUsernameGuide: Guide = {
  text: {
    en: {
      title: 'Find your username',
      summary: 'USPS can email your username to the email address on your account.',
      steps: [
        { text: 'Enter the email address you used for your USPS.com account.', target: 'email-field' },
        { text: 'USPS emails your username to that address.' },
        { text: 'Look for it in your inbox, and in your spam or junk folder.', unlessSpamReminder: true },
        {
          text: 'No longer have that email account? USPS says to create a new USPS.com account with a different email address. Usernames cannot be changed.',
        },
      ],
    },
    es: {
      title: 'Recupere su nombre de usuario',
      summary: 'USPS puede enviar su nombre de usuario a la dirección de correo electrónico de su cuenta.',
      steps: [
        {
          text: 'Escriba la dirección de correo electrónico que usó para su cuenta de USPS.com.',
          target: 'email-field',
        },
        { text: 'USPS envía su nombre de usuario a esa dirección.' },
        {
          text: 'Búsquelo en la bandeja de entrada y en la carpeta de spam o correo no deseado.',
          unlessSpamReminder: true,
        },
        {
          text: '¿Ya no tiene esa cuenta de correo? USPS indica crear una cuenta nueva de USPS.com con otra dirección de correo electrónico. Los nombres de usuario no se pueden cambiar.',
        },
      ],
    },
  },
};
