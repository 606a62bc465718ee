import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_REASONS, PAGE_KINDS } from '../../../utils/core/page-kinds';
import { recognisePage } from '../../../utils/recognition/recognise';
import { loadFixturePool, parseFixture } from '../../fixtures/pool';

/** Property-based checks: whatever a page looks like, the recogniser answers and never throws. */
const TAGS = ['div', 'span', 'p', 'h1', 'h2', 'label', 'button', 'form', 'input', 'a', 'script', 'style', 'template'];
const ATTRIBUTES = [
  'id',
  'class',
  'name',
  'type',
  'role',
  'hidden',
  'style',
  'autocomplete',
  'data-testid',
  'aria-live',
];
const WORDS = [
  'Sign In',
  'password',
  'locked',
  'code',
  'Access Denied',
  'Reference #18.ab',
  '404',
  'contraseña',
  '\u0000',
];

const text = fc.oneof(fc.string(), fc.constantFrom(...WORDS));
const element = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    text.map((value) => value.replace(/[<&]/g, ' ')),
    fc
      .record({
        tag: fc.constantFrom(...TAGS),
        attributes: fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.string()), { maxLength: 4 }),
        children: fc.array(tie('node'), { maxLength: 4 }),
      })
      .map(
        ({ tag, attributes, children }) =>
          `<${tag} ${attributes.map(([name, value]) => `${name}="${value.replace(/"/g, '')}"`).join(' ')}>${children.join('')}</${tag}>`,
      ),
  ),
}));

const url = fc.oneof(
  fc.constantFrom('reg', 'es-reg', 'verified', 'www', 'tools').map((host) => `https://${host}.usps.com/login`),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string(),
  fc.constantFrom(
    'https://reg.usps.com/entreg/LoginAction_input',
    'https://verified.usps.com/am/XUI/?realm=/alpha',
    'https://www.usps.com/root/global/server_responses/error_404.htm',
    'javascript:alert(1)',
    'https://reg.usps.com:8443/login',
    'https://user:pass@reg.usps.com/login',
    'https://[::1]/login',
    '',
  ),
);

function expectValid(result: ReturnType<typeof recognisePage>) {
  expect(PAGE_KINDS).toContain(result.kind);
  expect(Array.isArray(result.signals)).toBe(true);
  if (result.kind === 'error') expect(ERROR_REASONS).toContain(result.reason);
  else expect(result.reason).toBeUndefined();
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('recognisePage on any input', () => {
  it('never throws and always answers a valid kind for random documents and URLs', () => {
    fc.assert(
      fc.property(element.node, url, (html, pageUrl) => {
        // rethrow: an internal exception fails the property instead of hiding behind `other`.
        expectValid(recognisePage(parse(html), pageUrl, { rethrow: true }));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  // Parsing these documents in happy-dom takes seconds on a busy machine: a generous timeout,
  // not a timing assertion.
  it('survives huge text', { timeout: 60_000 }, () => {
    const huge = `<body><h1>${'Sign In '.repeat(50_000)}</h1><p>${'x'.repeat(1_000_000)}</p></body>`;
    expectValid(recognisePage(parse(huge), 'https://reg.usps.com/login', { rethrow: true }));
  });

  it('survives deep nesting', { timeout: 60_000 }, () => {
    const nested = (depth: number) =>
      parse(`${'<div>'.repeat(depth)}<input type="password"><h1>Sign In</h1>${'</div>'.repeat(depth)}`);
    // Deeper than Chromium's parser allows (512): the recogniser's own walk is iterative.
    expectValid(recognisePage(nested(1_000), 'https://reg.usps.com/login', { rethrow: true }));
    // happy-dom's querySelectorAll recurses and overflows here; the recogniser still answers.
    expectValid(recognisePage(nested(20_000), 'https://reg.usps.com/login'));
  });

  it('survives a document without a body or title', () => {
    const bare = document.implementation.createDocument(null, 'root', null);
    expectValid(recognisePage(bare, 'https://reg.usps.com/login', { rethrow: true }));
  });

  it('answers other for every page of the pool moved to a non-USPS or http URL', () => {
    const documents = loadFixturePool().map(parseFixture);
    const foreign = fc.oneof(
      fc.webUrl().filter((candidate) => !/\.usps\.com(?::\d+)?(?:[/?#]|$)/i.test(candidate)),
      fc
        .constantFrom('usps.com-track.top', 'reg.usps.com.evil.test', 'usps-post.world', 'uspspost.me')
        .map((host) => `https://${host}/entreg/LoginAction_input`),
      fc.constantFrom('reg.usps.com', 'verified.usps.com', 'www.usps.com').map((host) => `http://${host}/login`),
    );
    fc.assert(
      fc.property(fc.constantFrom(...documents), foreign, (page, pageUrl) => {
        expect(recognisePage(page, pageUrl, { rethrow: true })).toEqual({ kind: 'other', signals: [] });
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
