import type { Language } from '../i18n/language';
import type { ErrorReason } from '../page-kinds';
import { USPS_ACCOUNT_LINKS } from '../usps/support';
import type { Guide, GuideStep, GuideText } from './types';

/**
 * Error pages, one guide per reason. Sources: USPS-FACTS.md, Pages and URLs: errors (B: outage
 * apology "experiencing difficulties", error_404, error404action_input), edge block (C: Akamai
 * "Access Denied" with a reference number), stuck service (C: "this service is currently
 * unavailable"). The things to try are general browser advice, not USPS facts.
 */
const WHAT_TO_TRY: Record<Language, GuideStep[]> = {
  en: [
    { text: 'Wait a few minutes, then reload the page or try again.' },
    { text: 'Sign in from a private (incognito) window.' },
    { text: 'Turn off extensions that block fingerprinting or cookies for usps.com, then reload.' },
    { text: 'Try another browser.' },
    { text: 'Still stuck? Contact USPS: the ways to reach them are below.' },
  ],
  es: [
    { text: 'Espere unos minutos y después vuelva a cargar la página o inténtelo de nuevo.' },
    { text: 'Inicie sesión desde una ventana privada (de incógnito).' },
    {
      text: 'Desactive las extensiones que bloquean la huella digital del navegador o las cookies de usps.com y vuelva a cargar.',
    },
    { text: 'Pruebe con otro navegador.' },
    { text: '¿Sigue sin poder entrar? Comuníquese con USPS: las formas de contacto están abajo.' },
  ],
};

function errorGuide(
  en: Omit<GuideText, 'steps'>,
  es: Omit<GuideText, 'steps'>,
  extraSteps: Record<Language, GuideStep[]> = { en: [], es: [] },
): Guide {
  return {
    text: {
      en: { ...en, steps: [...extraSteps.en, ...WHAT_TO_TRY.en] },
      es: { ...es, steps: [...extraSteps.es, ...WHAT_TO_TRY.es] },
    },
  };
}

export const errorGuides: Record<ErrorReason, Guide> = {
  // Source: USPS-FACTS.md, Pages and URLs: errors (B, anyapp_outage_apology.htm, "experiencing difficulties")
  outage: errorGuide(
    {
      title: 'USPS.com is having problems',
      summary: 'USPS says it is experiencing difficulties. The problem is on the USPS side, not with your account.',
    },
    {
      title: 'USPS.com tiene problemas',
      summary: 'USPS dice que tiene dificultades técnicas. El problema está del lado de USPS, no en su cuenta.',
    },
  ),
  // Source: USPS-FACTS.md, Pages and URLs: errors (B, error_404.htm, error404action_input)
  'not-found': errorGuide(
    {
      title: 'USPS page not found',
      summary: 'USPS could not find this page. The link may be old or mistyped.',
      links: [{ href: USPS_ACCOUNT_LINKS.signIn, label: 'Go to the USPS.com sign-in page' }],
    },
    {
      title: 'No se encontró la página de USPS',
      summary: 'USPS no encontró esta página. Puede que el enlace sea antiguo o tenga un error.',
      links: [{ href: USPS_ACCOUNT_LINKS.signIn, label: 'Ir a la página de inicio de sesión de USPS.com' }],
    },
  ),
  // Source: USPS-FACTS.md, Pages and URLs: edge block (C, Akamai "Access Denied" with "Reference #…")
  'access-denied': errorGuide(
    {
      title: 'USPS.com refused this page',
      summary:
        'The USPS website answered "Access Denied". This comes from the system that protects USPS.com and is often about the browser or the connection, not about your account.',
    },
    {
      title: 'USPS.com rechazó esta página',
      summary:
        'El sitio web de USPS respondió "Access Denied" (acceso denegado). Viene del sistema que protege USPS.com y a menudo se debe al navegador o a la conexión, no a su cuenta.',
    },
    {
      en: [{ text: 'If you contact USPS, give them the reference number shown above.' }],
      es: [{ text: 'Si se comunica con USPS, deles el número de referencia que aparece arriba.' }],
    },
  ),
  // Source: USPS-FACTS.md, Pages and URLs: stuck service (C, tools.usps.com/rcas.htm "this service is currently unavailable")
  unavailable: errorGuide(
    {
      title: 'This USPS service is unavailable',
      summary:
        'USPS says this service is currently unavailable. The problem is on the USPS side, not with your account.',
    },
    {
      title: 'Este servicio de USPS no está disponible',
      summary:
        'USPS dice que este servicio no está disponible en este momento. El problema está del lado de USPS, no en su cuenta.',
    },
  ),
};
