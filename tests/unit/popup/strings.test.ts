import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/utils/core/language';
import { ERROR_REASONS, PAGE_KINDS } from '@/utils/core/page-kinds';
import {
  describeRecognition,
  POPUP_OPTIONS_MESSAGES,
  type PopupOptionsKey,
  popupOptionsText,
} from '@/utils/popup/strings';
import { AUTO_OPEN_CHOICES, PREFILL_CHOICES, SETTINGS_FIELDS, SIDES, TEXT_SIZE_NAMES } from '@/utils/settings/settings';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const keys = Object.keys(POPUP_OPTIONS_MESSAGES.en) as PopupOptionsKey[];

describe('popup and options wording', () => {
  it.each(keys)('%s has the same placeholders in English and Spanish, and neither is empty', (key) => {
    const en = POPUP_OPTIONS_MESSAGES.en[key];
    const es = POPUP_OPTIONS_MESSAGES.es[key];
    expect(en.trim()).not.toBe('');
    expect(es.trim()).not.toBe('');
    expect(placeholders(es)).toEqual(placeholders(en));
  });

  it('names every page kind, error reason, settings field and choice in both languages', () => {
    const needed = [
      ...PAGE_KINDS.map((kind) => `kind.${kind}`),
      ...ERROR_REASONS.map((reason) => `reason.${reason}`),
      ...SETTINGS_FIELDS.map((field) => `field.${field}`),
      ...['auto', ...LANGUAGES].map((language) => `language.${language}`),
      ...SIDES.map((side) => `side.${side}`),
      ...TEXT_SIZE_NAMES.map((size) => `textSize.${size}`),
      ...AUTO_OPEN_CHOICES.map((choice) => `autoOpen.${choice}`),
      ...PREFILL_CHOICES.map((choice) => `prefill.${choice}`),
    ];
    for (const language of LANGUAGES) {
      for (const key of needed) expect(POPUP_OPTIONS_MESSAGES[language]).toHaveProperty([key]);
    }
  });

  it('describes an error page with its reason, and other kinds by name', () => {
    const en = popupOptionsText('en');
    expect(describeRecognition(en, 'error', 'access-denied')).toBe('a USPS.com error page (access denied)');
    expect(describeRecognition(en, 'forgot-username')).toBe('the forgot username page');
    expect(en('recognised', { kind: describeRecognition(en, 'sign-in') })).toBe(
      'Recognised here: the USPS.com sign-in page.',
    );
    const es = popupOptionsText('es');
    expect(describeRecognition(es, 'error', 'outage')).toBe(
      'una página de error de USPS.com (el sitio tiene dificultades)',
    );
  });

  it('never promises what docs/sources.md lists as unknown (hours, attempt limits, code lifetimes)', () => {
    for (const language of LANGUAGES) {
      const all = Object.values(POPUP_OPTIONS_MESSAGES[language]).join('\n');
      expect(all).not.toMatch(/\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)/i);
      expect(all).not.toMatch(/\b(?:5|five|cinco)\s+(?:attempts|intentos)/i);
      expect(all).not.toMatch(/1-800/);
    }
  });
});
