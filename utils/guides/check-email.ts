import type { Guide } from './types';

/**
 * Source: USPS-FACTS.md: Emails USPS sends in these flows (username emails, codes and "Verify Your
 * Email" links are email and can land in spam or junk). The sender address and how long a link stays
 * valid are Unknown: never stated. Marking "Not spam" is general email-app advice, not a USPS fact.
 */
export const checkEmailGuide: Guide = {
  emailed: true,
  text: {
    en: {
      title: 'Check your email',
      summary: 'USPS says it has sent you an email. It goes to the email address on your USPS.com account.',
      steps: [
        { text: 'Open the inbox of that email address and look for the message from USPS.' },
        { text: 'Not in your inbox? Look in your spam or junk folder.' },
        {
          text: 'Found it in spam or junk? In most email apps you can mark it as safe: open the spam or junk folder, open the message, and choose "Not spam" or "Not junk". Later messages then reach your inbox.',
        },
        { text: 'Follow the instructions in the email, then come back to USPS.com.' },
        { text: 'Nothing arrived? Go back and ask USPS to send it again.' },
      ],
    },
    es: {
      title: 'Revise su correo electrónico',
      summary:
        'USPS dice que le ha enviado un correo electrónico. Va a la dirección de correo de su cuenta de USPS.com.',
      steps: [
        { text: 'Abra la bandeja de entrada de esa dirección de correo y busque el mensaje de USPS.' },
        { text: '¿No está en la bandeja de entrada? Busque en la carpeta de spam o correo no deseado.' },
        {
          text: '¿Lo encontró en spam o correo no deseado? En la mayoría de las aplicaciones de correo puede marcarlo como seguro: abra esa carpeta, abra el mensaje y elija "No es spam" o "No es correo no deseado". Así los siguientes mensajes llegan a la bandeja de entrada.',
        },
        { text: 'Siga las instrucciones del correo y después vuelva a USPS.com.' },
        { text: '¿No llegó nada? Vuelva atrás y pida a USPS que lo envíe de nuevo.' },
      ],
    },
  },
};
