import type { Guide } from './types';

/**
 * Sources: verified.usps.com's verification screens as recorded by public sign-in code (B): "How
 * should we verify you?", "Send Email p****@…", "Enter the code we emailed you."; faq.usps.com
 * "Multifactor Authentication (MFA)" (A). Codes are email, so the spam reminder, shown first on
 * these screens, says where to look (docs/sources.md, "Emails USPS sends"). How long a
 * code stays valid, and whether a code can go anywhere but email, are not known: never stated.
 */
export const verifyIdentityGuide: Guide = {
  emailed: true,
  text: {
    en: {
      title: 'Confirm it is you',
      summary:
        'Before letting you in, USPS checks that it is really you by sending a one-time code. The choice on the screen (for example "Send Email p****@…") tells you where the code goes.',
      steps: [
        { text: 'Choose where USPS should send the code: pick one you can open right now.' },
        { text: 'Open the message from USPS and find the code.' },
        { text: 'Type the code into the code box on this page.', target: 'code-field' },
        {
          text: 'USPS says the code is incorrect? Check it and type it again. If the page offers to send a new code, ask for one.',
        },
      ],
    },
    es: {
      title: 'Confirme que es usted',
      summary:
        'Antes de dejarle entrar, USPS comprueba que es realmente usted enviándole un código de un solo uso. La opción en pantalla (por ejemplo "Send Email p****@…") indica adónde va el código.',
      steps: [
        { text: 'Elija adónde debe enviar USPS el código: una opción que pueda abrir ahora mismo.' },
        { text: 'Abra el mensaje de USPS y busque el código.' },
        { text: 'Escriba el código en la casilla del código de esta página.', target: 'code-field' },
        {
          text: '¿USPS dice que el código es incorrecto? Revíselo y escríbalo de nuevo. Si la página ofrece enviar un código nuevo, pídalo.',
        },
      ],
    },
  },
};
