import type { Guide } from './types';

/**
 * Sources: faq.usps.com article 000006225 (A: USPS emails the username to the address you enter)
 * and "Multifactor Authentication (MFA)" (A: "Verify Your Email" links); one-time codes by email on
 * verified.usps.com (B); docs/sources.md, "Emails USPS sends". The sender address and how long a
 * link stays valid are unknown: never stated. Inbox, spam and "Not spam" advice is the spam
 * reminder's alone (components/spam/SpamReminder.tsx, shown first on this page).
 */
export const checkEmailGuide: Guide = {
  emailed: true,
  text: {
    en: {
      title: 'Check your email',
      summary: 'USPS says it has sent you an email, to the email address you gave USPS.',
      steps: [
        { text: 'Follow the instructions in the email, then come back to USPS.com.' },
        { text: 'Nothing arrived? Go back and ask USPS to send it again.' },
      ],
    },
    es: {
      title: 'Revise su correo electrónico',
      summary: 'USPS dice que le ha enviado un correo electrónico, a la dirección de correo que usted le dio a USPS.',
      steps: [
        { text: 'Siga las instrucciones del correo y después vuelva a USPS.com.' },
        { text: '¿No llegó nada? Vuelva atrás y pida a USPS que lo envíe de nuevo.' },
      ],
    },
  },
};
