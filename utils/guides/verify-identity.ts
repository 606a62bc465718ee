import type { Guide } from './types';

/**
 * Source: USPS-FACTS.md: Pages, verification (MFA) on verified.usps.com (B): "How should we verify
 * you?", "Send Email p****@…", "Enter the code we emailed you."; Emails USPS sends in these flows
 * (codes can land in spam). How long a code stays valid is Unknown: never stated.
 */
export const verifyIdentityGuide: Guide = {
  emailed: true,
  text: {
    en: {
      title: 'Confirm it is you',
      summary:
        'Before letting you in, USPS checks that it is really you by sending a one-time code. The choice on the screen (for example "Send Email p****@…") tells you where the code goes.',
      steps: [
        { text: 'Choose where USPS should send the code: pick an email address or phone you can open right now.' },
        { text: 'Open the email or text message from USPS and find the code.' },
        { text: 'Type the code into the code box on this page.', target: 'code-field' },
        { text: 'Code sent by email and not in your inbox? Look in your spam or junk folder.' },
        { text: 'No code, or USPS says it is incorrect? Go back and choose the send option again to get a new code.' },
      ],
    },
    es: {
      title: 'Confirme que es usted',
      summary:
        'Antes de dejarle entrar, USPS comprueba que es realmente usted enviándole un código de un solo uso. La opción en pantalla (por ejemplo "Send Email p****@…") indica adónde va el código.',
      steps: [
        {
          text: 'Elija adónde debe enviar USPS el código: un correo electrónico o un teléfono que pueda abrir ahora mismo.',
        },
        { text: 'Abra el correo electrónico o el mensaje de texto de USPS y busque el código.' },
        { text: 'Escriba el código en la casilla del código de esta página.', target: 'code-field' },
        {
          text: '¿El código llegó por correo electrónico y no está en la bandeja de entrada? Busque en la carpeta de spam o correo no deseado.',
        },
        {
          text: '¿No llegó el código o USPS dice que es incorrecto? Vuelva atrás y elija de nuevo la opción de envío para recibir un código nuevo.',
        },
      ],
    },
  },
};
