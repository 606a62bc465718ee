import { defineMessages } from './language';

/**
 * Words of the carry-over (prefill), spam reminder and follow-up parts of the sidebar. The
 * "can take a few minutes" line is general email advice: how long USPS emails take is Unknown
 * (USPS-FACTS.md), so no time is promised.
 */
export const CARRY_OVER_MESSAGES = defineMessages({
  en: {
    heading: 'Your username',
    filledUsername: 'We filled in your username. Check it is right.',
    filledEmail: 'We filled in your email address. Check it is right.',
    undo: 'Undo',
    undoLabel: 'Undo: empty the field again',
    undone: 'The field is empty again.',
    askUsername: 'Fill in your username?',
    askEmail: 'Fill in your email address?',
    fill: 'Fill',
    noThanks: 'No thanks',
    remembered: 'What you typed on the sign-in page: {masked}',
    rememberedNote: 'Kept only in this tab, for 30 minutes, to fill in the forgot forms.',
    notFilled: 'We did not fill in this page. Type it in yourself; it starts with {masked}.',
    forget: 'Forget it',
    forgetLabel: 'Forget what you typed as your username',
    forgotten: 'Forgotten. Nothing you typed is kept.',
    expired: 'What you typed on the sign-in page is no longer kept (we keep it for 30 minutes). Type it in yourself.',
    sessionReset: 'Account help could not read what it remembered for this tab, so it started fresh.',
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
    heading: 'Su nombre de usuario',
    filledUsername: 'Llenamos su nombre de usuario. Compruebe que es correcto.',
    filledEmail: 'Llenamos su dirección de correo electrónico. Compruebe que es correcta.',
    undo: 'Deshacer',
    undoLabel: 'Deshacer: vaciar el campo otra vez',
    undone: 'El campo está vacío otra vez.',
    askUsername: '¿Llenar su nombre de usuario?',
    askEmail: '¿Llenar su dirección de correo electrónico?',
    fill: 'Llenar',
    noThanks: 'No, gracias',
    remembered: 'Lo que escribió en la página de inicio de sesión: {masked}',
    rememberedNote: 'Se guarda solo en esta pestaña, durante 30 minutos, para llenar los formularios de recuperación.',
    notFilled: 'No llenamos esta página. Escríbalo usted; empieza por {masked}.',
    forget: 'Olvidarlo',
    forgetLabel: 'Olvidar lo que escribió como nombre de usuario',
    forgotten: 'Olvidado. No se guarda nada de lo que escribió.',
    expired:
      'Lo que escribió en la página de inicio de sesión ya no se guarda (lo guardamos 30 minutos). Escríbalo usted.',
    sessionReset: 'La ayuda con la cuenta no pudo leer lo que recordaba para esta pestaña, así que empezó de nuevo.',
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

export type CarryOverMessageKey = keyof typeof CARRY_OVER_MESSAGES.en;
