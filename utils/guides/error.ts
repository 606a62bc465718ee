import type { Language } from '../core/language';
import type { ErrorReason } from '../core/page-kinds';
import { USPS_ACCOUNT_LINKS } from '../usps/support';
import type { Guide, GuideStep, GuideText } from './types';

/**
 * Error pages, one guide per reason. Sources (docs/sources.md, "Error pages"): USPS's Google Tag
 * Manager container (B: the outage apology, error_404, error404action_input); Akamai "Access
 * Denied" block pages with a reference number (B/C); third-party reports of tools.usps.com/rcas.htm
 * (C: "this service is currently unavailable"). Nothing there says why a page fails, so no cause is
 * given; the things to try are general browser advice, and say so (stepsIntro).
 */
const INTRO: Record<Language, string> = {
  en: 'Things that often help (general advice, not from USPS):',
  es: 'Cosas que a menudo ayudan (consejos generales, no de USPS):',
};
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
      en: { ...en, stepsIntro: INTRO.en, steps: [...WHAT_TO_TRY.en, ...extraSteps.en] },
      es: { ...es, stepsIntro: INTRO.es, steps: [...WHAT_TO_TRY.es, ...extraSteps.es] },
    },
  };
}

export const errorGuides: Record<ErrorReason, Guide> = {
  // Source: USPS's Google Tag Manager container, anyapp_outage_apology.htm (B); "experiencing
  // difficulties", USPS markup (B)
  outage: errorGuide(
    {
      title: 'USPS.com is having problems',
      summary: 'USPS.com shows a page saying it is experiencing difficulties.',
    },
    {
      title: 'USPS.com tiene problemas',
      summary: 'USPS.com muestra una página que dice que tiene dificultades (experiencing difficulties).',
    },
  ),
  // Source: USPS's Google Tag Manager container, error_404.htm and error404action_input (B)
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
  // Source: Akamai "Access Denied" block pages with "Reference #…", recorded in public repositories
  // (B); that USPS's edge serves them, third-party reports (C)
  'access-denied': errorGuide(
    {
      title: 'USPS.com refused this page',
      summary: 'USPS.com answered "Access Denied" instead of the page.',
    },
    {
      title: 'USPS.com rechazó esta página',
      summary: 'USPS.com respondió "Access Denied" (acceso denegado) en lugar de la página.',
    },
    {
      en: [{ text: 'If you contact USPS, give them the reference number shown above.' }],
      es: [{ text: 'Si se comunica con USPS, deles el número de referencia que aparece arriba.' }],
    },
  ),
  // Source: third-party reports of tools.usps.com/rcas.htm, "this service is currently unavailable"
  // (C); moversguide's fatal-error page, USPS's Google Tag Manager container (B)
  unavailable: errorGuide(
    {
      title: 'This USPS service is unavailable',
      summary: 'USPS says this service is currently unavailable.',
    },
    {
      title: 'Este servicio de USPS no está disponible',
      summary: 'USPS dice que este servicio no está disponible en este momento.',
    },
  ),
};
