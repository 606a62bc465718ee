import type { Guide } from './types';

/**
 * Source: USPS-FACTS.md: Emails USPS sends in these flows (username emails, codes and "Verify Your
 * Email" links are email; forgot username: USPS emails the username to the address you enter). The
 * sender address and how long a link stays valid are Unknown: never stated. Inbox, spam and "Not
 * spam" advice is the spam reminder's alone (components/SpamReminder.tsx, shown first on this page).
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
