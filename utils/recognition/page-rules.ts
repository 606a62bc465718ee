import { ACCOUNT_HOSTS } from '../core/account-hosts';
import { ERROR_RULES } from './error-rules';
import type { PageRule, Signal } from './rule-types';

/**
 * USPS account pages, as data. One rule per page kind (error pages: one per reason). When
 * usps.com changes, edit the rule here and add a saved copy of the page under
 * tests/fixtures/pages/<kind>/ — the pool test then checks every rule against every page.
 *
 * Sources (rule-sources.ts, same ids) are public, listed in docs/sources.md (A = official USPS
 * page, B = real USPS markup, C = third-party report). USPS's wording is often unknown, so no rule
 * hangs on one sentence: text patterns are families of wordings (English and Spanish), always
 * paired with form, URL or message-area evidence, and the engine needs two distinct signals.
 *
 * Every account rule passes only on the account hosts (`hosts`), whatever the page says: a page's
 * own script on another USPS host can write any heading and title it likes.
 *
 * Priority: error pages first (they replace any page), then the kinds a sign-in form can turn
 * into (locked > sign-up > new password > failed), then the single-purpose screens, then sign-in.
 * Each rule lists its signals cheapest first, the order they are looked at in (rule-types.ts).
 */

const onAccountHost: Signal = { id: 'url:account-host', weight: 1, url: { hosts: ACCOUNT_HOSTS } };
const passwordField: Signal = { id: 'dom:password-field', weight: 1, selector: 'input[type=password]' };
// Sign-in: classic, portal and verified.usps.com paths; a failed attempt comes back on the form.
const signInPath = '^/(entreg/login(bcg)?action(_input)?|(portal/)?login|am/xui/?)$';
const loginForm: Signal = {
  id: 'dom:login-form',
  weight: 1,
  selector: 'form[name=loginForm], input#username, [data-testid^=fr-field-callback] input',
};
const continueButton: Signal = {
  id: 'text:continue-button',
  weight: 1,
  text: { in: 'buttons', pattern: 'continue|next|submit|continuar|siguiente|enviar' },
};
const signInWords = '\\bsign in\\b|iniciar sesi[oó]n';

export const PAGE_RULES: readonly PageRule[] = [
  ...ERROR_RULES,
  {
    id: 'account-locked',
    kind: 'account-locked',
    hosts: ACCOUNT_HOSTS,
    priority: 70,
    minScore: 4,
    required: ['text:locked-notice'],
    signals: [
      onAccountHost,
      {
        id: 'text:locked-notice',
        weight: 2,
        text: { in: 'messages', pattern: 'locked|disabled|bloquead|desactivad|inhabilitad' },
      },
      {
        id: 'text:locked-heading',
        weight: 1,
        text: { in: 'headings', pattern: 'locked|disabled|bloquead|desactivad' },
      },
      { id: 'text:account-word', weight: 1, text: { in: 'messages', pattern: '\\baccount\\b|\\bcuenta\\b' } },
      {
        id: 'text:unlock-hint',
        weight: 1,
        text: { in: 'body', pattern: '24 hours|24 horas|help desk|unlock|desbloque|mesa de ayuda' },
      },
    ],
  },
  {
    id: 'sign-up',
    kind: 'sign-up',
    hosts: ACCOUNT_HOSTS,
    priority: 65,
    minScore: 4,
    required: ['dom:password-field'],
    // USPS's real registration form has a password and a "Re-Type Password" field, no h1 and no
    // autocomplete hints, so it is known by its address, its form and its ids (Forms 2022, B);
    // passing here outranks the new-password rule's re-type field.
    signals: [
      {
        id: 'url:register-path',
        weight: 2,
        url: { path: '^/(entreg/registration(portal)?action(_input)?|(portal/)?register)$' },
      },
      passwordField,
      { id: 'dom:registration-form', weight: 2, selector: 'form#frm1[action*=RegistrationAction]' },
      {
        id: 'dom:registration-fields',
        weight: 1,
        selector: 'input#tuserName, input#temail, input#temailRetype, input#tsecAnswer1',
      },
      {
        id: 'dom:profile-fields',
        weight: 1,
        selector: 'input[autocomplete=given-name], input[autocomplete=family-name], input[autocomplete=tel]',
      },
      {
        id: 'text:sign-up-heading',
        weight: 2,
        text: { in: 'headings', pattern: 'sign up|create [^|]{0,20}account|regist|crear [^|]{0,8}cuenta' },
      },
      // The 2022 form's h3 headings run "Step 1: Choose your language and username" … "Step 5".
      { id: 'text:step-heading', weight: 1, text: { in: 'headings', pattern: '\\b(step|paso) [1-5]\\b' } },
      {
        id: 'text:have-account',
        weight: 1,
        text: { in: 'body', pattern: 'already have an account|ya tiene una cuenta' },
      },
    ],
  },
  {
    id: 'new-password',
    kind: 'new-password',
    hosts: ACCOUNT_HOSTS,
    priority: 60,
    minScore: 4,
    required: ['dom:password-field'],
    signals: [
      onAccountHost,
      passwordField,
      {
        id: 'dom:new-password-field',
        weight: 2,
        selector: '#tPasswordNew, #tPasswordRetype, input[name=newPassword], input[autocomplete=new-password]',
      },
      {
        id: 'text:new-password-heading',
        weight: 2,
        text: {
          in: 'headings',
          pattern:
            '(change|new|reset|create|update)[^|]{0,20}password|password[^|]{0,20}(change|expired|required)|(nueva|cambi|restablec|cre)[^|]{0,20}contrase|contrase[nñ]a (nueva|vencid)',
        },
      },
      {
        id: 'text:password-expired',
        weight: 1,
        text: { in: 'messages', pattern: 'password[^|]{0,30}(expired|required)|contrase[nñ]a[^|]{0,30}(vencid|venci)' },
      },
      {
        id: 'text:retype-label',
        weight: 1,
        text: { in: 'labels', pattern: 're-?type|re-?enter|confirm|nueva|vuelva' },
      },
    ],
  },
  {
    id: 'sign-in-failed',
    kind: 'sign-in-failed',
    hosts: ACCOUNT_HOSTS,
    priority: 50,
    minScore: 5,
    // A showing message alone could be a maintenance notice: it must also read like a failure.
    required: ['dom:password-field', 'text:message-shown', 'text:failed-wording'],
    signals: [
      { id: 'url:sign-in-path', weight: 1, url: { hosts: ACCOUNT_HOSTS, path: signInPath } },
      passwordField,
      loginForm,
      { id: 'text:message-shown', weight: 2, text: { in: 'messages', pattern: '\\w' } },
      {
        id: 'text:failed-wording',
        weight: 1,
        text: {
          in: 'messages',
          pattern:
            "incorrect|invalid|not (match|valid|recogni)|try again|unable to|could(n't| not)|wrong|inv[aá]lid|no coincide|int[eé]ntelo|no pudimos",
        },
      },
    ],
  },
  {
    id: 'verify-identity',
    kind: 'verify-identity',
    hosts: ACCOUNT_HOSTS,
    priority: 45,
    minScore: 4,
    required: ['url:account-host'],
    signals: [
      onAccountHost,
      { id: 'dom:code-input', weight: 1, selector: 'input[autocomplete=one-time-code], input[inputmode=numeric]' },
      {
        id: 'text:verify-heading',
        weight: 2,
        text: {
          in: 'headings',
          pattern: 'verify (you|it)|verification|enter the code|\\bcode\\b|c[oó]digo|verifi(que|car) (su|tu)',
        },
      },
      { id: 'text:code-label', weight: 1, text: { in: 'labels', pattern: '\\bcode\\b|c[oó]digo' } },
      {
        id: 'text:method-choice',
        weight: 1,
        text: { in: 'buttons', pattern: 'send (e-?mail|text)|e-?mail link|resend|enviar' },
      },
      { id: 'text:verify-wording', weight: 1, text: { in: 'body', pattern: 'verify|\\bcode\\b|c[oó]digo|verifi' } },
    ],
  },
  {
    id: 'check-email',
    kind: 'check-email',
    hosts: ACCOUNT_HOSTS,
    priority: 40,
    minScore: 4,
    required: ['url:account-host', 'text:sent-wording'],
    signals: [
      onAccountHost,
      { id: 'text:check-heading', weight: 1, text: { in: 'headings', pattern: 'check your|sent|revise su|enviad' } },
      {
        id: 'text:sent-wording',
        weight: 2,
        text: {
          in: 'body',
          pattern: "(we|we've|we have|has been|was) (just )?(sent|e-?mailed)|(hemos|le) enviado|enviamos",
        },
      },
      { id: 'text:spam-hint', weight: 1, text: { in: 'body', pattern: 'spam|junk|no deseado' } },
      {
        id: 'text:inbox-wording',
        weight: 1,
        text: { in: 'body', pattern: 'inbox|e-?mail address|bandeja|correo electr' },
      },
    ],
  },
  {
    id: 'forgot-password',
    kind: 'forgot-password',
    hosts: ACCOUNT_HOSTS,
    priority: 35,
    minScore: 4,
    // Help articles quote the same words; the form itself only lives on the account hosts.
    required: ['url:account-host'],
    signals: [
      onAccountHost,
      {
        id: 'url:forgot-password-path',
        weight: 2,
        url: { path: '^/(entreg/forgotpasswordaction(_input)?|forgotpassword)$' },
      },
      {
        id: 'text:forgot-password-heading',
        weight: 2,
        text: {
          in: 'headings',
          pattern: '(forgot|reset|recover)[^|]{0,25}password|(olvid|restablec|recuper)[^|]{0,25}contrase',
        },
      },
      { id: 'text:username-label', weight: 1, text: { in: 'labels', pattern: 'user ?name|usuario' } },
      continueButton,
      {
        id: 'text:case-sensitive',
        weight: 1,
        text: { in: 'body', pattern: 'case.sensitive|may be your e-?mail|may[uú]sculas' },
      },
    ],
  },
  {
    id: 'forgot-username',
    kind: 'forgot-username',
    hosts: ACCOUNT_HOSTS,
    priority: 35,
    minScore: 4,
    required: ['text:forgot-username-heading'],
    // The page's URL and field ids are Unknown, so the rule reads only heading, field kind and words.
    signals: [
      onAccountHost,
      {
        id: 'dom:email-field',
        weight: 1,
        selector: 'input[type=email], input[autocomplete=email]',
      },
      {
        id: 'text:forgot-username-heading',
        weight: 2,
        text: {
          in: 'headings',
          pattern: '(forgot|recover|retrieve|find)[^|]{0,25}user ?name|(olvid|recuper)[^|]{0,25}usuario',
        },
      },
      { id: 'text:email-label', weight: 1, text: { in: 'labels', pattern: 'e-?mail|correo' } },
      continueButton,
    ],
  },
  {
    id: 'sign-in',
    kind: 'sign-in',
    hosts: ACCOUNT_HOSTS,
    priority: 10,
    minScore: 4,
    required: ['dom:password-field'],
    signals: [
      { id: 'url:sign-in-path', weight: 2, url: { hosts: ACCOUNT_HOSTS, path: signInPath } },
      passwordField,
      loginForm,
      { id: 'text:sign-in-title', weight: 1, text: { in: 'title', pattern: signInWords } },
      { id: 'text:sign-in-heading', weight: 1, text: { in: 'headings', pattern: signInWords } },
      { id: 'text:sign-in-button', weight: 1, text: { in: 'buttons', pattern: signInWords } },
    ],
  },
];
