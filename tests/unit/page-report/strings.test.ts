import { describe, expect, it } from 'vitest';
import { pickLanguage } from '@/utils/core/language';
import { PAGE_REPORT_MESSAGES, pageReportText, reportedHostname } from '@/utils/page-report/strings';

describe('the page-report page speaks the language of the reported page', () => {
  it("reads the reported page's host from the report's header line", () => {
    const report = '<!--\nRestore Access page report\naddress: https://es-reg.usps.com/entreg/LoginAction_input\n-->';
    expect(reportedHostname(report)).toBe('es-reg.usps.com');
    expect(pickLanguage({ setting: 'auto', hostname: reportedHostname(report), browserLang: 'en-US' })).toBe('es');
  });

  it('answers no host for a report without a readable address, and the browser language decides', () => {
    expect(reportedHostname('address: \nno address here')).toBeUndefined();
    expect(reportedHostname('address: not a url')).toBeUndefined();
    expect(pickLanguage({ setting: 'auto', hostname: undefined, browserLang: 'es-MX' })).toBe('es');
  });

  it('has every sentence in both languages, and the Spanish is Spanish', () => {
    const en = pageReportText('en');
    const es = pageReportText('es');
    for (const key of Object.keys(PAGE_REPORT_MESSAGES.en) as Array<keyof typeof PAGE_REPORT_MESSAGES.en>) {
      expect(es(key), key).not.toBe('');
      expect(es(key), key).not.toBe(en(key));
    }
    expect(es('neverSent')).toBe('La extensión nunca la envía.');
  });
});
