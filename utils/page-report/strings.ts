import { defineMessages, type Language } from '../core/language';

/**
 * Every word the page-report page shows, in both languages. Nothing here is about USPS: the
 * report is the extension's own, and the extension sends it nowhere.
 */
export const PAGE_REPORT_MESSAGES = defineMessages({
  en: {
    title: "Report a USPS page the help doesn't fit",
    what: 'This is a copy of the page\'s layout, made so the people who maintain Restore Access can teach the extension to recognise it. What you typed is not in it, nor your name, email address, phone or tracking numbers, nor anything after a "?" in the page\'s addresses. Read it below: it is exactly what you would share.',
    neverSent: 'The extension never sends it.',
    howToShare:
      'If you want to help, save it as a file and attach it to an email to the maintainers (use the support contact on the page where you got the extension), or copy it and paste it in. You can also just close this tab.',
    loading: 'Loading the report…',
    missing:
      'This report is no longer here: it is shown once and then deleted. Go back to the USPS page and make it again from the Restore Access button.',
    label: 'The report, exactly as it would be shared',
    copy: 'Copy the report',
    save: 'Save the report as a file',
    copied: 'Copied. Paste it into an email to the maintainers.',
    copyFailed: 'Could not copy. Select the text above and copy it, or save it as a file.',
  },
  es: {
    title: 'Informar de una página de USPS en la que la ayuda no encaja',
    what: 'Esta es una copia de la estructura de la página, hecha para que las personas que mantienen Restore Access puedan enseñar a la extensión a reconocerla. No contiene lo que usted escribió, ni su nombre, correo electrónico, números de teléfono o de seguimiento, ni nada de lo que va después de un "?" en las direcciones de la página. Léala abajo: es exactamente lo que compartiría.',
    neverSent: 'La extensión nunca la envía.',
    howToShare:
      'Si quiere ayudar, guárdela como archivo y adjúntela a un correo a quienes mantienen la extensión (use el contacto de soporte de la página donde obtuvo la extensión), o cópiela y péguela en el correo. También puede simplemente cerrar esta pestaña.',
    loading: 'Cargando el informe…',
    missing:
      'Este informe ya no está aquí: se muestra una sola vez y luego se borra. Vuelva a la página de USPS y hágalo de nuevo desde el botón de Restore Access.',
    label: 'El informe, exactamente como se compartiría',
    copy: 'Copiar el informe',
    save: 'Guardar el informe como archivo',
    copied: 'Copiado. Péguelo en un correo a quienes mantienen la extensión.',
    copyFailed: 'No se pudo copiar. Seleccione el texto de arriba y cópielo, o guárdelo como archivo.',
  },
});

export type PageReportText = (key: keyof (typeof PAGE_REPORT_MESSAGES)['en']) => string;

export function pageReportText(language: Language): PageReportText {
  const messages = PAGE_REPORT_MESSAGES[language];
  return (key) => messages[key];
}

/** The reported page's host, from the report's own header line (`address: https://…`). */
export function reportedHostname(report: string): string | undefined {
  const address = /^address: (\S+)$/m.exec(report)?.[1];
  if (!address) return undefined;
  try {
    return new URL(address).hostname;
  } catch {
    return undefined;
  }
}
