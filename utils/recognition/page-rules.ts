import type { PageRule } from './rule-types';

/**
 * USPS account pages, as data. One rule per page kind (error pages: one per reason). When
 * usps.com changes, edit the rule here and add a saved copy of the page under
 * tests/fixtures/pages/<kind>/ — the pool test then checks the rule against every other page.
 *
 * Sources are sections of ../shared/USPS-FACTS.md (A = official USPS page, B = real USPS markup,
 * C = third-party report). No rule may hang on one sentence: the engine needs two signals.
 */
const ACCOUNT_HOSTS = ['reg.usps.com', 'es-reg.usps.com', 'zh-reg.usps.com', 'verified.usps.com'];

export const PAGE_RULES: readonly PageRule[] = [
  {
    id: 'sign-in',
    kind: 'sign-in',
    priority: 10,
    minScore: 4,
    required: ['dom:password-field'],
    source: 'USPS-FACTS.md, Pages: sign-in classic/portal and verified.usps.com (B)',
    signals: [
      {
        id: 'url:sign-in-path',
        weight: 2,
        url: { hosts: ACCOUNT_HOSTS, path: '^/(entreg/Login(BCG)?Action_input|login|portal/login|am/XUI/?)' },
      },
      { id: 'dom:password-field', weight: 1, selector: 'input[type="password"]' },
      {
        id: 'dom:login-form',
        weight: 1,
        selector: 'form[name="loginForm"], #username, [data-testid="fr-field-callback_1"] input',
      },
      { id: 'text:sign-in-heading', weight: 1, text: { in: 'headings', pattern: '\\bsign in\\b|iniciar sesi[oó]n' } },
      { id: 'text:sign-in-title', weight: 1, text: { in: 'title', pattern: '\\bsign in\\b|iniciar sesi[oó]n' } },
    ],
  },
];
