import type { Guide } from './types';

/** Pages that need no help; the sidebar shows this only when asked to open there. */
/**
 * Source: No USPS facts: general text. Support details: utils/usps/support.ts (USA.gov, A).
 */
export const otherGuide: Guide = {
  text: {
    en: {
      title: 'Account help',
      summary:
        'This page is not a USPS.com sign-in or account recovery page, so there are no steps for it. If you are stuck, the ways to reach USPS are below.',
      steps: [],
    },
    es: {
      title: 'Ayuda con la cuenta',
      summary:
        'Esta página no es de inicio de sesión ni de recuperación de cuenta de USPS.com, así que no hay pasos para ella. Si tiene problemas, abajo están las formas de comunicarse con USPS.',
      steps: [],
    },
  },
};
