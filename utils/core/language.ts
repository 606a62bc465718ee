/**
 * The sidebar speaks English or Spanish. Chosen from the options override, then the page
 * (es-* USPS hosts, the document's lang), then the browser's language.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageSetting = Language | 'auto';

/** es.usps.com and the es-* hosts (es-reg, es-tools…). String tests: this runs in every sidebar render. */
function isSpanishHost(hostname: string): boolean {
  if (!hostname.endsWith('.usps.com')) return false;
  const label = hostname.slice(0, -'.usps.com'.length);
  return label === 'es' || (label.startsWith('es-') && /^[a-z]+$/.test(label.slice(3)));
}

export function pickLanguage(input: {
  setting: LanguageSetting;
  hostname?: string;
  documentLang?: string | null;
  browserLang?: string | null;
}): Language {
  if (input.setting !== 'auto') return input.setting;
  if (input.hostname && isSpanishHost(input.hostname.toLowerCase())) return 'es';
  const documentLang = input.documentLang?.trim().toLowerCase();
  if (documentLang) return documentLang.startsWith('es') ? 'es' : 'en';
  return input.browserLang?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/**
 * A message table in both languages. The type makes the Spanish table carry exactly the
 * English keys, so a missing translation is a compile error rather than a blank in the UI.
 */
export type Messages<T extends Record<string, string>> = { en: T; es: { [K in keyof T]: string } };

export function defineMessages<T extends Record<string, string>>(messages: Messages<T>): Messages<T> {
  return messages;
}

/** Fills `{name}` placeholders. Values are plain text; components render them as text. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
