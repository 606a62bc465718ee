import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickLanguage } from '@/utils/core/language';

/**
 * The sidebar speaks Spanish on es.usps.com and the es-* USPS hosts (es-reg, es-tools…), tested
 * with string operations rather than a pattern because it runs in every sidebar render. An
 * English browser and page make the host the only reason to answer Spanish.
 */
const byHost = (hostname: string) =>
  pickLanguage({ setting: 'auto', hostname, documentLang: null, browserLang: 'en-US' });

describe('pickLanguage by host', () => {
  it.each(['es.usps.com', 'es-reg.usps.com', 'es-tools.usps.com', 'ES-TOOLS.USPS.COM', 'Es-Faq.Usps.Com'])(
    '%s → es',
    (hostname) => {
      expect(byHost(hostname)).toBe('es');
    },
  );

  it.each([
    'reg.usps.com',
    'esx.usps.com',
    'es-.usps.com',
    'es-reg1.usps.com',
    'es-reg.tools.usps.com',
    'www.es.usps.com',
    'es.usps.com.evil.com',
    'es-reg.usps.com.evil.com',
    'es.usps.co',
    'es.notusps.com',
    'usps.com',
    '',
  ])('%s → not Spanish by host', (hostname) => {
    expect(byHost(hostname)).toBe('en');
  });

  it('agrees with the pattern it stands for on any host name', () => {
    const label = fc.stringMatching(/^[a-z0-9-]{0,8}$/);
    const hostname = fc.oneof(
      fc.domain(),
      fc
        .tuple(
          fc.constantFrom('es', 'es-', 'ES-', 'x.es-', ''),
          label,
          fc.constantFrom('.usps.com', '.USPS.com', '.usps.co'),
        )
        .map((parts) => parts.join('')),
    );
    const answers = new Set<string>();
    fc.assert(
      fc.property(hostname, (host) => {
        const spanish = /^es(?:-[a-z]+)?\.usps\.com$/.test(host.toLowerCase());
        answers.add(byHost(host));
        expect(byHost(host) === 'es').toBe(spanish);
      }),
      { numRuns: 2000 },
    );
    expect(answers).toEqual(new Set(['es', 'en']));
  });

  it('lets the setting override the host, and the page or browser decide elsewhere', () => {
    expect(pickLanguage({ setting: 'en', hostname: 'es-reg.usps.com', documentLang: 'es' })).toBe('en');
    expect(pickLanguage({ setting: 'es', hostname: 'reg.usps.com', documentLang: 'en' })).toBe('es');
    expect(pickLanguage({ setting: 'auto', hostname: 'reg.usps.com', documentLang: 'es-US' })).toBe('es');
    expect(pickLanguage({ setting: 'auto', hostname: 'reg.usps.com', documentLang: '', browserLang: 'es-MX' })).toBe(
      'es',
    );
  });
});
