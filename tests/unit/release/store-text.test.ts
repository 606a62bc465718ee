import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { JUSTIFIED_HOST_PERMISSIONS, JUSTIFIED_PERMISSIONS, STORE_LIMITS } from '../../../scripts/release/policy';

// The store listings (docs/store/listing.<lang>.md) stay within the stores' limits, say
// "unofficial, not affiliated with USPS" first, use the name the manifest shows, and justify
// exactly the permissions the release check allows.
const LISTINGS = {
  en: {
    file: 'docs/store/listing.en.md',
    summary: 'Short summary',
    description: 'Full description',
    first: /^Unofficial, not affiliated with USPS\./,
  },
  es: {
    file: 'docs/store/listing.es.md',
    summary: 'Resumen breve',
    description: 'Descripción completa',
    first: /^No oficial, sin afiliación con USPS\./,
  },
} as const;

/** The text of a "## <heading>" section, up to the next "## ". */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const body = markdown.slice(start + heading.length + 5);
  const end = body.indexOf('\n## ');
  return (end < 0 ? body : body.slice(0, end)).trim();
}

describe.each(Object.entries(LISTINGS))('the %s store listing', (lang, listing) => {
  const markdown = readFileSync(listing.file, 'utf8');
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;

  test('names the extension as its manifest does, within the AMO limit', () => {
    const name = section(markdown, lang === 'en' ? 'Name' : 'Nombre');
    expect(name).toBe(messages.extName?.message);
    expect([...name].length).toBeLessThanOrEqual(STORE_LIMITS.amoName);
  });

  test('has a short summary of at most 132 characters that says unofficial first', () => {
    const summary = section(markdown, listing.summary);
    expect(summary).not.toContain('\n');
    expect([...summary].length).toBeLessThanOrEqual(STORE_LIMITS.description);
    expect(summary).toMatch(listing.first);
  });

  test('says unofficial and not affiliated in the first line of the full description', () => {
    expect(section(markdown, listing.description)).toMatch(listing.first);
  });

  test('justifies every permission the release allows, and the host access', () => {
    for (const permission of Object.keys(JUSTIFIED_PERMISSIONS)) expect(markdown).toContain(`**${permission}**:`);
    for (const host of JUSTIFIED_HOST_PERMISSIONS) expect(markdown).toContain(`\`${host}\`**:`);
  });
});
