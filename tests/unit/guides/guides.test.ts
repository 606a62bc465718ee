import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/utils/core/language';
import { ERROR_REASONS, PAGE_KINDS } from '@/utils/core/page-kinds';
import { ERROR_GUIDES, GUIDES, type GuideText, guideFor } from '@/utils/guides';
import { PAGE_TARGETS } from '@/utils/guides/targets';
import { SIDEBAR_MESSAGES } from '@/utils/sidebar/strings';
import { USPS_SUPPORT } from '@/utils/usps/support';

const everyGuide = [
  ...PAGE_KINDS.filter((kind) => kind !== 'error').map((kind) => ({ name: kind, guide: guideFor({ kind }) })),
  ...ERROR_REASONS.map((reason) => ({ name: `error/${reason}`, guide: guideFor({ kind: 'error', reason }) })),
];

/** Every string a guide shows, for content checks. */
function allText(text: GuideText): string[] {
  return [
    text.title,
    text.summary,
    ...text.steps.map((step) => step.text),
    text.checklistHeading ?? '',
    ...(text.checklist ?? []),
    ...(text.notes ?? []),
    ...(text.links ?? []).map((link) => link.label),
  ];
}

/** The shape of a guide without its words: what must be identical across languages. */
function structure(text: GuideText) {
  return {
    steps: text.steps.map((step) => step.target ?? null),
    checklist: text.checklist?.length ?? 0,
    notes: text.notes?.length ?? 0,
    links: (text.links ?? []).map((link) => link.href),
  };
}

describe('guides', () => {
  it('has a guide for every page kind and every error reason', () => {
    expect(Object.keys(GUIDES).sort()).toEqual(PAGE_KINDS.filter((kind) => kind !== 'error').sort());
    expect(Object.keys(ERROR_GUIDES).sort()).toEqual([...ERROR_REASONS].sort());
  });

  it.each(everyGuide)('$name has a title, a summary and steps in English and Spanish', ({ name, guide }) => {
    for (const language of LANGUAGES) {
      const text = guide.text[language];
      expect(text.title.trim(), `${name} ${language} title`).not.toBe('');
      expect(text.summary.trim(), `${name} ${language} summary`).not.toBe('');
      // `other` has no steps by design: nothing to do on a page that needs no help.
      if (name !== 'other') expect(text.steps.length, `${name} ${language} steps`).toBeGreaterThan(0);
      for (const line of allText(text)) expect(line, `${name} ${language}`).toBe(line.trim());
    }
  });

  it.each(everyGuide)('$name has the same structure in Spanish as in English', ({ guide }) => {
    expect(structure(guide.text.es)).toEqual(structure(guide.text.en));
    expect(guide.text.es.title).not.toBe(guide.text.en.title === 'Account help' ? '' : guide.text.en.title);
  });

  it.each(everyGuide)('$name never states phone or chat hours, nor a number of attempts', ({ guide }) => {
    for (const language of LANGUAGES) {
      for (const line of allText(guide.text[language])) {
        expect(line).not.toMatch(
          /\b\d{1,2}(:\d\d)?\s*(a\.?m\.?|p\.?m\.?)(\s|$)|\bhours of\b|\bopen (from|until)\b|\bhorario\b/i,
        );
        expect(line).not.toMatch(/\b(ET|EST|EDT|CT|PT)\b|\b(Mon|Sat|Sun)(day)?\b/);
        expect(line).not.toMatch(/\b(3|5|five|three|cinco|tres) (failed |wrong )?(attempts|tries|intentos)\b/i);
        // Phone numbers live in utils/usps/support.ts only.
        expect(line).not.toMatch(/\d{3}[-.\s]\d{3}[-.\s]\d{4}|ASK-USPS|7-1-1/);
      }
    }
  });

  it('links only to addresses from utils/usps/support.ts', async () => {
    const { USPS_ACCOUNT_LINKS } = await import('@/utils/usps/support');
    const known = new Set<string>([...Object.values(USPS_SUPPORT), ...Object.values(USPS_ACCOUNT_LINKS)]);
    for (const { guide } of everyGuide) {
      for (const language of LANGUAGES) {
        for (const link of guide.text[language].links ?? []) expect(known).toContain(link.href);
      }
    }
  });

  it('states the sourced USPS facts (docs/sources.md) for the situations that need them', () => {
    const en = (name: string) => {
      const found = everyGuide.find((each) => each.name === name);
      if (!found) throw new Error(`no guide ${name}`);
      return allText(found.guide.text.en).join(' ');
    };
    expect(en('account-locked')).toMatch(/24 hours/);
    expect(en('account-locked')).toMatch(/temporarily disabled/);
    expect(en('sign-in')).toMatch(/case sensitive/);
    expect(en('sign-in')).toMatch(/24 hours/);
    // Inbox, spam and "Not spam" are the spam reminder's (tests/unit/guides/guide-panel-spam.test.ts).
    expect(en('check-email')).toMatch(/send it again/);
    expect(en('verify-identity')).toMatch(/code is incorrect/);
    expect(en('forgot-username')).toMatch(/spam or junk/);
    expect(en('forgot-password')).toMatch(/security questions.*temporary password/);
    expect(en('forgot-username')).toMatch(/different email/);
    expect(en('new-password')).toMatch(/8 to 50 characters/);
    expect(en('sign-up')).toMatch(/at least 6 characters/);
    expect(en('sign-up')).toMatch(/March 6, 2025/);
    expect(en('error/outage')).toMatch(/experiencing difficulties/);
    expect(en('error/access-denied')).toMatch(/private \(incognito\) window/);
  });

  it('points Show me only at targets it knows how to find', () => {
    for (const { guide } of everyGuide) {
      for (const step of guide.text.en.steps) if (step.target) expect(PAGE_TARGETS).toHaveProperty(step.target);
    }
  });
});

describe('sidebar chrome strings', () => {
  it('has every message in both languages, none empty', () => {
    expect(Object.keys(SIDEBAR_MESSAGES.es).sort()).toEqual(Object.keys(SIDEBAR_MESSAGES.en).sort());
    for (const language of LANGUAGES) {
      for (const value of Object.values(SIDEBAR_MESSAGES[language])) expect(value.trim()).not.toBe('');
    }
    expect(SIDEBAR_MESSAGES.es.landmark).toBe('Ayuda con la cuenta');
  });

  it('takes support numbers from utils/usps/support.ts: no component, guide or strings file hard-codes them', () => {
    for (const root of ['components', 'utils']) {
      for (const file of readdirSync(root, { recursive: true }) as string[]) {
        if (!/\.(ts|tsx)$/.test(file) || file === join('usps', 'support.ts')) continue;
        const source = readFileSync(join(root, file), 'utf8');
        expect(source, file).not.toMatch(/275-?8777|ASK-USPS|tel:/);
      }
    }
  });
});
