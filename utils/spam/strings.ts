import { defineMessages } from '../core/language';

/**
 * Words of the spam reminder and the follow-up ("still waiting for the email?"). The "can take a
 * few minutes" line is general email advice: how long USPS's emails take is not published, so no
 * time is promised.
 */
export const SPAM_MESSAGES = defineMessages({
  en: {
    spamHeading: 'Check your email, and your spam folder',
    spamInbox: 'USPS has emailed you. Look in your inbox, and also in your spam or junk folder.',
    spamInboxOffered: 'When USPS emails you, look in your inbox, and also in your spam or junk folder.',
    spamNotSpam:
      'Found it in spam or junk? Open it and choose "Not spam" or "Not junk", so the next email from USPS reaches your inbox.',
    spamWait: 'Email can take a few minutes to arrive.',
    spamOpen: 'Open your {provider} {folder} folder',
    opensNewTab: '(opens in a new tab)',
    followUpHeading: 'Still waiting for the email?',
    followUpIntroOne: 'It has been a minute or more since USPS emailed you. Sorry for the wait. You can:',
    followUpIntroMany: 'It has been {minutes} minutes or more since USPS emailed you. Sorry for the wait. You can:',
    followUpSpam: 'Look in your spam or junk folder again.',
    followUpResendPassword: 'Start again on the forgot password page',
    followUpResendUsername: 'Go back to the sign-in page and choose "Forgot your username?" again',
    followUpResendCode: 'If this page offers to send the code again, ask for a new one.',
    followUpCall: 'Call USPS: {phone}',
  },
  es: {
    spamHeading: 'Revise su correo y la carpeta de spam',
    spamInbox:
      'USPS le envió un correo electrónico. Búsquelo en la bandeja de entrada y también en la carpeta de spam o correo no deseado.',
    spamInboxOffered:
      'Cuando USPS le envíe el correo, búsquelo en la bandeja de entrada y también en la carpeta de spam o correo no deseado.',
    spamNotSpam:
      '¿Lo encontró en spam o correo no deseado? Ábralo y elija "No es spam" o "No es correo no deseado", para que el próximo correo de USPS llegue a la bandeja de entrada.',
    spamWait: 'El correo puede tardar unos minutos en llegar.',
    spamOpen: 'Abrir la carpeta {folder} de {provider}',
    opensNewTab: '(se abre en una pestaña nueva)',
    followUpHeading: '¿Todavía espera el correo?',
    followUpIntroOne: 'Ha pasado un minuto o más desde que USPS le envió el correo. Disculpe la espera. Puede:',
    followUpIntroMany:
      'Han pasado {minutes} minutos o más desde que USPS le envió el correo. Disculpe la espera. Puede:',
    followUpSpam: 'Buscar otra vez en la carpeta de spam o correo no deseado.',
    followUpResendPassword: 'Empezar de nuevo en la página de contraseña olvidada',
    followUpResendUsername:
      'Volver a la página de inicio de sesión y elegir otra vez el enlace "Forgot your username?" (¿Olvidó su nombre de usuario?)',
    followUpResendCode: 'Si esta página ofrece enviar el código otra vez, pida uno nuevo.',
    followUpCall: 'Llamar a USPS: {phone}',
  },
});
