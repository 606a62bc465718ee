import { describe, expect, it } from 'vitest';
import { LOOKALIKE_SIGNS } from '@/utils/lookalike/address';
import { FAKE_SITE_STEPS } from '@/utils/lookalike/guide';
import { LOOKALIKE_MESSAGES } from '@/utils/lookalike/strings';
import { SIDEBAR_MESSAGES } from '@/utils/sidebar/strings';
import { USPS_ACCOUNT_LINKS, USPS_SUPPORT } from '@/utils/usps/support';

describe('the guide "I entered my details on a fake USPS site"', () => {
  it('links only to the sourced USPS and USPIS addresses held in utils/usps/support.ts', () => {
    expect(FAKE_SITE_STEPS.flatMap((step) => step.links.map((link) => link.href))).toEqual([
      USPS_ACCOUNT_LINKS.changePassword,
      USPS_ACCOUNT_LINKS.forgotPassword,
      USPS_SUPPORT.phishingReportUrl,
      `mailto:${USPS_SUPPORT.phishingEmail}`,
    ]);
    expect(USPS_ACCOUNT_LINKS.changePassword).toBe('https://reg.usps.com/entreg/secure/ChangePasswordAction_input');
    expect(USPS_SUPPORT.phishingReportUrl).toBe('https://www.uspis.gov/report');
  });

  it('labels the card step as general advice, not from USPS, and only that step', () => {
    expect(FAKE_SITE_STEPS.filter((step) => step.label).map((step) => step.id)).toEqual(['card']);
    expect(LOOKALIKE_MESSAGES.en.cardLabel).toBe('General advice, not from USPS.');
    expect(LOOKALIKE_MESSAGES.es.cardLabel).toBe('Consejo general, no de USPS.');
  });

  it.each(['en', 'es'] as const)('never mentions forwarding to 7726, which no source we have says (%s)', (language) => {
    const text = Object.values(LOOKALIKE_MESSAGES[language]).join('\n');
    expect(text).not.toMatch(/7726|SPAM\b/);
  });

  it.each(['en', 'es'] as const)('explains every sign a lookalike can show (%s)', (language) => {
    for (const sign of LOOKALIKE_SIGNS) expect(LOOKALIKE_MESSAGES[language][`sign.${sign}`]).toMatch(/\w/);
  });

  it('is named the same in the popup, the options page and the sidebar', () => {
    expect(SIDEBAR_MESSAGES.en.supportFakeSite).toBe(LOOKALIKE_MESSAGES.en.enteredDetails);
    expect(SIDEBAR_MESSAGES.es.supportFakeSite).toBe(LOOKALIKE_MESSAGES.es.enteredDetails);
  });
});
