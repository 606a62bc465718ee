import { defineMessages, format, type Language } from '../core/language';

/**
 * The popup's "Is this really USPS?" answer and the guide "I entered my details on a fake USPS
 * site". Sources, also in docs/sources.md ("Phishing and lookalike sites"):
 * - USPS's own domains are usps.com (and its subdomains), usps.gov and uspis.gov (USPS markup, B).
 * - Every USPS sign-in address we know of is https (Pages and URLs, B); no source says "never",
 *   so the popup says only that.
 * - The change-password page is reg.usps.com/entreg/secure/ChangePasswordAction_input (USPS
 *   markup, B; Password list, C); the forgot-password page (Sign-in 2018, B).
 * - Report the message at https://www.uspis.gov/report or to spam@uspis.gov; USPS does not text
 *   or email links unless you asked for the service with a tracking number (USPIS, A/C).
 * Forwarding texts to 7726 is in no source we have, so it is not said. Calling a card issuer is
 * general advice, labelled so on screen.
 */
export const LOOKALIKE_MESSAGES = defineMessages({
  en: {
    // Popup
    lookalikeStatus: 'This is not a USPS site. Its address only imitates one.',
    realDomain: 'The site is really:',
    shownAs: 'Shown as: {host}',
    whyHeading: 'Why, from the address alone',
    'sign.userinfo':
      'The address has a user name before an @ sign (“{userinfo}@”). Browsers do not visit that part: it is there to make the address start with a name you trust.',
    'sign.usps-com-start':
      'It starts with “usps.com”, but an address is read from its end, at the part just before the first single slash (/). This one ends in “.{suffix}”, not in “usps.com”.',
    'sign.usps-name':
      'It contains “usps”, but the site is {domain}. USPS’s own sites end in usps.com (also usps.gov and uspis.gov).',
    'sign.lookalike-letters':
      'It uses letters from another alphabet, or letters with marks, that look like “usps”. The browser stores this address as {host}.',
    'sign.not-https':
      'It starts with http://, not https://, so what you type there is not protected on its way. Every USPS sign-in address we know of starts with https://.',
    'sign.unusual-port': 'It has a port number (:{port}) after the site’s name, which USPS’s addresses do not have.',
    howToRead:
      'To check any address: find the part just before the first single slash (/) and read it from the end. USPS’s own sites end there in usps.com, usps.gov or uspis.gov.',
    doNotType: 'Do not type anything more on that page.',
    enteredDetails: 'I entered my details on a fake USPS site',
    genuineUsps: 'The address is USPS’s own: {domain}, on https.',
    uspsOtherStatus: 'This is a genuine USPS site ({domain}). Restore Access only helps on usps.com pages.',
    siteDomain: 'This site’s domain: {domain}',
    noAddress:
      'Restore Access cannot see this tab’s address, so it cannot check it. Browser pages, such as a new tab, hide it. On a website, click the Restore Access button in the toolbar while that tab is showing.',
    // The guide
    guideTitle: 'I entered my details on a fake USPS site',
    guideIntro:
      'A text or email sent you to a site that only looked like USPS, and you typed something there. These steps can help. Go to USPS’s sites by typing usps.com yourself, not from the message.',
    passwordHeading: 'Change your USPS.com password',
    passwordBody:
      'If you typed your USPS.com username or password on the fake site, change your password on USPS’s own site.',
    passwordLink: 'Change your password on reg.usps.com',
    forgotLink: 'Can’t sign in? Reset your password',
    reportHeading: 'Report the message',
    reportBody: 'The U.S. Postal Inspection Service takes reports of fake USPS messages and sites.',
    reportLink: 'Report it at uspis.gov/report',
    reportEmail: 'Or email it to {email}',
    neverHeading: 'What USPS will never do',
    neverBody: 'USPS does not text or email you links unless you asked for that service with a tracking number.',
    cardHeading: 'If you gave card details',
    cardLabel: 'General advice, not from USPS.',
    cardBody:
      'Call your card issuer, at the number on the back of your card, and tell them. They can block the card and look for charges you did not make.',
    opensNewTab: '(opens in a new tab)',
    guideFooter:
      'Restore Access is an unofficial helper, not affiliated with the United States Postal Service. This page sends nothing anywhere.',
  },
  es: {
    lookalikeStatus: 'Este no es un sitio de USPS. Su dirección solo imita una.',
    realDomain: 'El sitio es en realidad:',
    shownAs: 'Se muestra como: {host}',
    whyHeading: 'Por qué, solo por la dirección',
    'sign.userinfo':
      'La dirección tiene un nombre de usuario antes de una arroba (“{userinfo}@”). El navegador no visita esa parte: está ahí para que la dirección empiece con un nombre de confianza.',
    'sign.usps-com-start':
      'Empieza con “usps.com”, pero una dirección se lee desde el final, en la parte justo antes de la primera barra simple (/). Esta termina en “.{suffix}”, no en “usps.com”.',
    'sign.usps-name':
      'Contiene “usps”, pero el sitio es {domain}. Los sitios propios de USPS terminan en usps.com (también usps.gov y uspis.gov).',
    'sign.lookalike-letters':
      'Usa letras de otro alfabeto, o letras con marcas, que se parecen a “usps”. El navegador guarda esta dirección como {host}.',
    'sign.not-https':
      'Empieza con http://, no con https://, así que lo que escriba allí no va protegido. Todas las direcciones de inicio de sesión de USPS que conocemos empiezan con https://.',
    'sign.unusual-port':
      'Tiene un número de puerto (:{port}) después del nombre del sitio, que las direcciones de USPS no tienen.',
    howToRead:
      'Para revisar cualquier dirección: busque la parte justo antes de la primera barra simple (/) y léala desde el final. Los sitios propios de USPS terminan ahí en usps.com, usps.gov o uspis.gov.',
    doNotType: 'No escriba nada más en esa página.',
    enteredDetails: 'Escribí mis datos en un sitio falso de USPS',
    genuineUsps: 'La dirección es de USPS: {domain}, con https.',
    uspsOtherStatus: 'Este es un sitio auténtico de USPS ({domain}). Restore Access solo ayuda en páginas de usps.com.',
    siteDomain: 'Dominio de este sitio: {domain}',
    noAddress:
      'Restore Access no puede ver la dirección de esta pestaña, así que no puede revisarla. Las páginas del navegador, como una pestaña nueva, la ocultan. En un sitio web, haga clic en el botón de Restore Access en la barra de herramientas mientras esa pestaña está a la vista.',
    guideTitle: 'Escribí mis datos en un sitio falso de USPS',
    guideIntro:
      'Un mensaje de texto o un correo electrónico lo llevó a un sitio que solo parecía de USPS, y usted escribió algo ahí. Estos pasos pueden ayudarle. Vaya a los sitios de USPS escribiendo usps.com usted mismo, no desde el mensaje.',
    passwordHeading: 'Cambie su contraseña de USPS.com',
    passwordBody:
      'Si escribió su nombre de usuario o su contraseña de USPS.com en el sitio falso, cambie su contraseña en el sitio propio de USPS.',
    passwordLink: 'Cambiar su contraseña en reg.usps.com',
    forgotLink: '¿No puede iniciar sesión? Restablezca su contraseña',
    reportHeading: 'Denuncie el mensaje',
    reportBody: 'El Servicio de Inspección Postal de los EE. UU. recibe denuncias de mensajes y sitios falsos de USPS.',
    reportLink: 'Denúncielo en uspis.gov/report',
    reportEmail: 'O envíelo por correo electrónico a {email}',
    neverHeading: 'Lo que USPS nunca hace',
    neverBody:
      'USPS no le envía enlaces por mensaje de texto ni por correo electrónico a menos que usted haya pedido ese servicio con un número de seguimiento.',
    cardHeading: 'Si dio los datos de su tarjeta',
    cardLabel: 'Consejo general, no de USPS.',
    cardBody:
      'Llame al emisor de su tarjeta, al número que aparece en el reverso, y avísele. Puede bloquear la tarjeta y buscar cargos que usted no hizo.',
    opensNewTab: '(se abre en una pestaña nueva)',
    guideFooter:
      'Restore Access es una ayuda no oficial, sin afiliación con el Servicio Postal de los Estados Unidos. Esta página no envía nada a ninguna parte.',
  },
});

export type LookalikeKey = keyof typeof LOOKALIKE_MESSAGES.en;
export type LookalikeText = (key: LookalikeKey, values?: Record<string, string | number>) => string;

export function lookalikeText(language: Language): LookalikeText {
  const table = LOOKALIKE_MESSAGES[language];
  return (key, values) => format(table[key], values);
}
