import { USPS_SUPPORT } from '../usps/support';
import type { Guide } from './types';

/**
 * Sources (docs/sources.md): "Recovering Your USPS Online Account",
 * https://reg.usps.com/entreg/AccountRecoveryHelpAction_input (A): automatic unlock after 24 hours;
 * secret questions, a text to a verified mobile number, or the USPS Help Desk (you must know your
 * secret answers, otherwise a new account). faq.usps.com article 000006225 (A): "temporarily
 * disabled" → wait, "disabled" → USPS Help Desk. The number of attempts is unknown: never stated.
 */
export const accountLockedGuide: Guide = {
  text: {
    en: {
      title: 'Your account is locked',
      summary: 'USPS.com says your account is locked. A locked account unlocks automatically after 24 hours.',
      steps: [
        {
          text: 'One way: wait 24 hours for the account to unlock. Then sign in, or reset your password if you are not sure of it.',
          target: 'forgot-password-link',
        },
        {
          text: 'Other ways USPS offers: answer your secret questions, or get a text message at your verified mobile number.',
        },
        {
          text: 'Or contact the USPS Help Desk. You must know the answers to your secret questions; otherwise you need a new account.',
        },
        {
          text: 'If USPS says the account is "temporarily disabled", wait and try again later. If it says "disabled", contact the USPS Help Desk.',
        },
      ],
      links: [{ href: USPS_SUPPORT.recoveryHelpUrl, label: 'Recovering Your USPS Online Account (USPS page)' }],
    },
    es: {
      title: 'Su cuenta está bloqueada',
      summary:
        'USPS.com dice que su cuenta está bloqueada. Una cuenta bloqueada se desbloquea automáticamente después de 24 horas.',
      steps: [
        {
          text: 'Una forma: esperar 24 horas a que la cuenta se desbloquee. Después inicie sesión, o restablezca la contraseña si no está seguro de ella.',
          target: 'forgot-password-link',
        },
        {
          text: 'Otras formas que ofrece USPS: responder sus preguntas secretas o recibir un mensaje de texto en su teléfono móvil verificado.',
        },
        {
          text: 'O comuníquese con el servicio de ayuda de USPS (Help Desk). Debe saber las respuestas a sus preguntas secretas; si no, necesita una cuenta nueva.',
        },
        {
          text: 'Si USPS dice que la cuenta está "temporalmente deshabilitada" (temporarily disabled), espere y vuelva a intentarlo más tarde. Si dice "deshabilitada" (disabled), comuníquese con el servicio de ayuda de USPS.',
        },
      ],
      links: [
        {
          href: USPS_SUPPORT.recoveryHelpUrl,
          label: 'Recovering Your USPS Online Account (página de USPS, en inglés)',
        },
      ],
    },
  },
};
