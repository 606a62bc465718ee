import { defineMessages, format, type Language } from '../core/language';
import type { ErrorReason, PageKind } from '../core/page-kinds';

/**
 * Every word the popup and the options page show. The forgot-username page has no known URL, so
 * people are sent to the sign-in page's "Forgot your username?" link (faq.usps.com article
 * 000006225, A; USPS markup, reg.usps.com sign-in page, 2018 and 2022, B; docs/sources.md);
 * storage limits are the extension's own rules.
 */
export const POPUP_OPTIONS_MESSAGES = defineMessages({
  en: {
    appName: 'Restore Access for USPS.com',
    unofficial: 'Unofficial helper. Not affiliated with or endorsed by the United States Postal Service.',
    // Popup
    thisTab: 'This tab',
    checking: 'Checking this tab…',
    notUsps: 'This tab is not a USPS.com page. Restore Access only helps on usps.com pages.',
    noAnswer:
      'This looks like a USPS.com page, but Restore Access is not running in it yet. Reload the page, then try again.',
    // Firefox's wording (about:addons, "Permissions and data") and Chrome's (Details, "Site access").
    noAccess:
      'Restore Access is not allowed to run on usps.com pages, so it cannot recognise this page or show account help.',
    noAccessHow:
      'To allow it, choose “Allow on usps.com” below. Or, in Firefox: open Add-ons and themes (about:addons), choose Restore Access, then “Permissions and data”, and turn on access to sites in the usps.com domain. In Chrome: open Extensions, choose Details under Restore Access, and set “Site access” to “On all sites”.',
    grantAccess: 'Allow on usps.com',
    grantAccessFailed:
      'Access was not allowed. You can still allow it in the browser’s add-ons settings, as described above.',
    recognised: 'Recognised here: {kind}.',
    recognisedOther: 'This USPS.com page is not a sign-in or account recovery page.',
    sidebarShown: 'Account help has been added to this page.',
    openHelp: 'Open account help in this tab',
    openHelpFailed: 'Could not open account help in this tab. Reload the page and try again.',
    reportPage: "This help doesn't fit this page",
    unknownPage: "We don't know this USPS page yet.",
    unknownPageHow:
      'You can still open general account help here. Reporting the page helps the extension learn it: you see the report first, and nothing is sent unless you send it.',
    reportPageHint: 'Makes a copy of this page without anything you typed, for you to read and, if you wish, send.',
    reportPageFailed: 'Could not make a report of this page. Reload the page and try again.',
    progress: 'Progress in this tab: step {step} of {of}.',
    quickLinks: 'Quick links',
    forgotPassword: 'Reset your USPS.com password',
    forgotUsername: 'Find your USPS.com username',
    forgotUsernameHint: 'On the sign-in page, choose “Forgot your username?”.',
    contactUsps: 'Contact USPS',
    opensNewTab: '(opens in a new tab)',
    openOptions: 'Settings',
    // Kinds, as the person would describe the page.
    'kind.sign-in': 'the USPS.com sign-in page',
    'kind.sign-in-failed': 'a sign-in attempt that did not work',
    'kind.verify-identity': 'a verification code screen',
    'kind.forgot-password': 'the forgot password page',
    'kind.forgot-username': 'the forgot username page',
    'kind.check-email': 'a page saying USPS sent you an email',
    'kind.new-password': 'a page asking for a new password',
    'kind.account-locked': 'a locked or disabled account message',
    'kind.sign-up': 'the USPS.com sign-up page',
    'kind.error': 'a USPS.com error page',
    'kind.other': 'another USPS.com page',
    'reason.outage': 'the site is having difficulties',
    'reason.not-found': 'page not found',
    'reason.access-denied': 'access denied',
    'reason.unavailable': 'the service is unavailable',
    errorWithReason: 'a USPS.com error page ({reason})',
    // Options
    optionsTitle: 'Restore Access settings',
    saved: 'Saved.',
    saveFailed: 'Could not save. Please try again.',
    resetNotice: 'Some saved settings could not be read, so they were put back to their defaults: {fields}.',
    resetNoticeUnknown: 'Saved values this version does not know were ignored: {keys}.',
    resetNoticeKeep: 'Keep these settings',
    resetNoticeDone: 'Settings saved. The notice is gone.',
    languageLegend: 'Language',
    'language.auto': 'Automatic (the page’s or browser’s language)',
    'language.en': 'English',
    'language.es': 'Español (Spanish)',
    sideLegend: 'Show account help on the',
    'side.right': 'Right side',
    'side.left': 'Left side',
    textSizeLegend: 'Text size in account help',
    'textSize.normal': 'Normal',
    'textSize.large': 'Large',
    'textSize.larger': 'Larger',
    'textSize.largest': 'Largest',
    autoOpenLegend: 'Open account help by itself',
    'autoOpen.always': 'On every sign-in and account page',
    'autoOpen.problems': 'Only when something went wrong (failed sign-in, locked account, errors, recovery pages)',
    'autoOpen.never': 'Never (use the toolbar button or Alt+Shift+H)',
    prefillLegend: 'Reuse the username or email you typed on the sign-in page',
    // Forgot username takes only an email address (utils/carry-over/prefill.ts, fillPurposeFor).
    'prefill.on': 'Fill it in on the forgot password form, and on the forgot username form if it is an email address',
    'prefill.ask': 'Ask me before filling it in',
    // Off stops the filling only: what was typed is still kept, for the spam-folder link.
    'prefill.off': 'Never fill it in',
    hiddenOnLegend: 'Pages where you hid account help',
    hiddenOn: 'Account help stays hidden until you open it on: {kinds}.',
    hiddenOnReset: 'Show account help on these pages again',
    hiddenOnDone: 'Done. Account help is no longer hidden on any page.',
    followUpLabel: 'Offer help if the email has not arrived after (minutes)',
    followUpHint: 'A whole number from {min} to {max}.',
    followUpInvalid: 'Enter a whole number from {min} to {max}.',
    forgetHeading: 'What you typed',
    forgetIntro:
      'Restore Access remembers the username or email you typed on the USPS.com sign-in page, to fill in the forgot forms (unless you turned that off above) and, for a well-known email provider, to link to its spam folder. It is kept in memory only, for at most 30 minutes, and never in a private window. It never keeps or sends passwords, and never reads a sign-in password. With the live password check on (above), it reads the new password you type on a USPS new-password or sign-up page only to check it against the USPS rules, in your browser.',
    forgetButton: 'Forget what I typed',
    forgetDoneSome: 'Done. What you typed was forgotten in every tab.',
    forgetDoneNone: 'Done. Nothing you typed was being kept.',
    forgetFailed: 'Could not reach the extension. Close and reopen this page, then try again.',
    aboutHeading: 'About and privacy',
    aboutUnofficial:
      'Restore Access is an unofficial helper. It is not affiliated with, endorsed by or run by the United States Postal Service.',
    // A value it fills in is then in USPS's own form, which USPS's page handles as it would typing.
    aboutNetwork: 'It makes no network requests. The extension itself sends nothing anywhere.',
    aboutStorage:
      'It stores these settings in this browser. Each tab’s progress and what you typed on the sign-in page are kept in memory only, until the tab closes: what you typed for at most 30 minutes, and never your password.',
    'field.language': 'Language',
    'field.side': 'Side',
    'field.width': 'Width',
    'field.textSize': 'Text size',
    'field.autoOpen': 'When to open',
    'field.collapsedOn': 'Pages where help stays hidden',
    'field.prefill': 'Reuse what you typed',
    'field.followUpMinutes': 'Follow-up minutes',
    'field.passwordCheck': 'Live password check',
  },
  es: {
    appName: 'Restore Access para USPS.com',
    unofficial: 'Ayuda no oficial. No está afiliada ni respaldada por el Servicio Postal de los Estados Unidos.',
    thisTab: 'Esta pestaña',
    checking: 'Revisando esta pestaña…',
    notUsps: 'Esta pestaña no es una página de USPS.com. Restore Access solo ayuda en páginas de usps.com.',
    noAnswer:
      'Parece una página de USPS.com, pero Restore Access todavía no funciona en ella. Vuelva a cargar la página e inténtelo de nuevo.',
    noAccess:
      'Restore Access no tiene permiso para funcionar en las páginas de usps.com, así que no puede reconocer esta página ni mostrar la ayuda con la cuenta.',
    noAccessHow:
      'Para permitirlo, elija “Permitir en usps.com” abajo. O bien, en Firefox: abra Complementos y temas (about:addons), elija Restore Access, luego “Permisos y datos”, y active el acceso a los sitios del dominio usps.com. En Chrome: abra Extensiones, elija Detalles en Restore Access y, en “Acceso al sitio”, elija “En todos los sitios”.',
    grantAccess: 'Permitir en usps.com',
    grantAccessFailed:
      'No se permitió el acceso. Aún puede permitirlo en la configuración de complementos del navegador, como se indica arriba.',
    recognised: 'Reconocido aquí: {kind}.',
    recognisedOther: 'Esta página de USPS.com no es de inicio de sesión ni de recuperación de la cuenta.',
    sidebarShown: 'La ayuda con la cuenta se añadió a esta página.',
    openHelp: 'Abrir la ayuda con la cuenta en esta pestaña',
    openHelpFailed:
      'No se pudo abrir la ayuda con la cuenta en esta pestaña. Vuelva a cargar la página e inténtelo de nuevo.',
    reportPage: 'Esta ayuda no corresponde a esta página',
    unknownPage: 'Todavía no conocemos esta página de USPS.',
    unknownPageHow:
      'Aun así puede abrir la ayuda general con la cuenta aquí. Informar de la página ayuda a la extensión a reconocerla: usted ve el informe primero, y no se envía nada a menos que usted lo envíe.',
    reportPageHint:
      'Hace una copia de esta página sin nada de lo que usted escribió, para que la lea y, si quiere, la envíe.',
    reportPageFailed: 'No se pudo hacer el informe de esta página. Vuelva a cargar la página e inténtelo de nuevo.',
    progress: 'Progreso en esta pestaña: paso {step} de {of}.',
    quickLinks: 'Enlaces rápidos',
    forgotPassword: 'Restablecer su contraseña de USPS.com',
    forgotUsername: 'Encontrar su nombre de usuario de USPS.com',
    forgotUsernameHint:
      'En la página de inicio de sesión, elija el enlace para recuperar el nombre de usuario (“Forgot your username?” en inglés).',
    contactUsps: 'Comunicarse con USPS',
    opensNewTab: '(se abre en una pestaña nueva)',
    openOptions: 'Configuración',
    'kind.sign-in': 'la página de inicio de sesión de USPS.com',
    'kind.sign-in-failed': 'un intento de inicio de sesión que no funcionó',
    'kind.verify-identity': 'una pantalla de código de verificación',
    'kind.forgot-password': 'la página de contraseña olvidada',
    'kind.forgot-username': 'la página de nombre de usuario olvidado',
    'kind.check-email': 'una página que dice que USPS le envió un correo electrónico',
    'kind.new-password': 'una página que pide una contraseña nueva',
    'kind.account-locked': 'un mensaje de cuenta bloqueada o desactivada',
    'kind.sign-up': 'la página de registro de USPS.com',
    'kind.error': 'una página de error de USPS.com',
    'kind.other': 'otra página de USPS.com',
    'reason.outage': 'el sitio tiene dificultades',
    'reason.not-found': 'página no encontrada',
    'reason.access-denied': 'acceso denegado',
    'reason.unavailable': 'el servicio no está disponible',
    errorWithReason: 'una página de error de USPS.com ({reason})',
    optionsTitle: 'Configuración de Restore Access',
    saved: 'Guardado.',
    saveFailed: 'No se pudo guardar. Inténtelo de nuevo.',
    resetNotice:
      'No se pudieron leer algunas opciones guardadas, así que volvieron a sus valores predeterminados: {fields}.',
    resetNoticeUnknown: 'Se ignoraron valores guardados que esta versión no conoce: {keys}.',
    resetNoticeKeep: 'Conservar esta configuración',
    resetNoticeDone: 'Configuración guardada. El aviso ya no aparece.',
    languageLegend: 'Idioma',
    'language.auto': 'Automático (el idioma de la página o del navegador)',
    'language.en': 'English (inglés)',
    'language.es': 'Español',
    sideLegend: 'Mostrar la ayuda con la cuenta en el',
    'side.right': 'Lado derecho',
    'side.left': 'Lado izquierdo',
    textSizeLegend: 'Tamaño del texto de la ayuda con la cuenta',
    'textSize.normal': 'Normal',
    'textSize.large': 'Grande',
    'textSize.larger': 'Más grande',
    'textSize.largest': 'El más grande',
    autoOpenLegend: 'Abrir la ayuda con la cuenta por sí sola',
    'autoOpen.always': 'En cada página de inicio de sesión y de la cuenta',
    'autoOpen.problems':
      'Solo cuando algo salió mal (inicio de sesión fallido, cuenta bloqueada, errores, páginas de recuperación)',
    'autoOpen.never': 'Nunca (use el botón de la barra de herramientas o Alt+Mayús+H)',
    prefillLegend: 'Reutilizar el nombre de usuario o correo electrónico que escribió al iniciar sesión',
    'prefill.on':
      'Escribirlo en el formulario de contraseña olvidada, y en el de nombre de usuario olvidado si es un correo electrónico',
    'prefill.ask': 'Preguntarme antes de escribirlo',
    'prefill.off': 'No escribirlo nunca',
    hiddenOnLegend: 'Páginas donde ocultó la ayuda con la cuenta',
    hiddenOn: 'La ayuda con la cuenta queda oculta hasta que usted la abra en: {kinds}.',
    hiddenOnReset: 'Volver a mostrar la ayuda con la cuenta en estas páginas',
    hiddenOnDone: 'Listo. La ayuda con la cuenta ya no queda oculta en ninguna página.',
    followUpLabel: 'Ofrecer ayuda si el correo electrónico no ha llegado después de (minutos)',
    followUpHint: 'Un número entero de {min} a {max}.',
    followUpInvalid: 'Escriba un número entero de {min} a {max}.',
    forgetHeading: 'Lo que escribió',
    forgetIntro:
      'Restore Access recuerda el nombre de usuario o correo electrónico que escribió en la página de inicio de sesión de USPS.com, para escribirlo en los formularios de recuperación (salvo que lo haya desactivado arriba) y, con un proveedor de correo conocido, para enlazar con su carpeta de spam. Se guarda solo en la memoria, como máximo 30 minutos, y nunca en una ventana privada. Nunca guarda ni envía contraseñas, y nunca lee la contraseña de inicio de sesión. Con la comprobación de la contraseña activada (arriba), lee la contraseña nueva que escribe en una página de USPS para elegir contraseña o registrarse solo para comprobarla con las reglas de USPS, en su navegador.',
    forgetButton: 'Olvidar lo que escribí',
    forgetDoneSome: 'Listo. Lo que escribió se olvidó en todas las pestañas.',
    forgetDoneNone: 'Listo. No se estaba guardando nada de lo que escribió.',
    forgetFailed: 'No se pudo contactar con la extensión. Cierre y vuelva a abrir esta página e inténtelo de nuevo.',
    aboutHeading: 'Acerca de y privacidad',
    aboutUnofficial:
      'Restore Access es una ayuda no oficial. No está afiliada, respaldada ni administrada por el Servicio Postal de los Estados Unidos.',
    aboutNetwork: 'No hace ninguna solicitud de red. La extensión misma no envía nada a ninguna parte.',
    aboutStorage:
      'Guarda esta configuración en este navegador. El progreso de cada pestaña y lo que escribió al iniciar sesión se guardan solo en la memoria, hasta que se cierra la pestaña: lo que escribió, como máximo 30 minutos, y nunca su contraseña.',
    'field.language': 'Idioma',
    'field.side': 'Lado',
    'field.width': 'Ancho',
    'field.textSize': 'Tamaño del texto',
    'field.autoOpen': 'Cuándo abrir',
    'field.collapsedOn': 'Páginas donde la ayuda queda oculta',
    'field.prefill': 'Reutilizar lo que escribió',
    'field.followUpMinutes': 'Minutos de seguimiento',
    'field.passwordCheck': 'Comprobación de la contraseña',
  },
});

export type PopupOptionsKey = keyof typeof POPUP_OPTIONS_MESSAGES.en;
export type PopupOptionsText = (key: PopupOptionsKey, values?: Record<string, string | number>) => string;

export function popupOptionsText(language: Language): PopupOptionsText {
  const table = POPUP_OPTIONS_MESSAGES[language];
  return (key, values) => format(table[key], values);
}

/** How the popup names what the detector recognised. */
export function describeRecognition(t: PopupOptionsText, kind: PageKind, reason?: ErrorReason): string {
  if (kind === 'error' && reason) return t('errorWithReason', { reason: t(`reason.${reason}`) });
  return t(`kind.${kind}`);
}
