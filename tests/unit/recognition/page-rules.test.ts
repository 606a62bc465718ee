import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ACCOUNT_HOSTS } from '../../../utils/core/account-hosts';
import { ACCOUNT_KINDS, ERROR_REASONS, PAGE_KINDS } from '../../../utils/core/page-kinds';
import { ERROR_RULES } from '../../../utils/recognition/error-rules';
import { PAGE_RULES } from '../../../utils/recognition/page-rules';
import { recognisePage } from '../../../utils/recognition/recognise';
import { RULE_SOURCES } from '../../../utils/recognition/rule-sources';
import type { PageRule, Signal as RuleSignal } from '../../../utils/recognition/rule-types';
import { fixtureById, loadFixturePool, parseFixture } from '../../fixtures/pool';

const compiles = (source: string) => {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
};
const Pattern = z.string().min(1).refine(compiles, 'not a valid regular expression');
const Selector = z.string().refine((selector) => {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}, 'not a valid CSS selector');

/**
 * Area text joins elements with ' | '. A text pattern stays within one element's text: no
 * anchors to the area's ends and no unbounded wildcard that could run across the separator. That
 * also keeps every signal monotonic (hiding an element can only lose matches), which the
 * recogniser relies on when it skips the layout pass on pages no rule matches.
 */
const TextPattern = Pattern.refine(
  (source) => !/(^|[^\\[])[\^$]/.test(source.replace(/\[\^/g, '[')) && !/(^|[^\\])\.[*+{]/.test(source),
  'text patterns must not anchor (^ $) or use unbounded wildcards (.* .+ .{n,})',
);

const Signal = z
  .object({
    id: z.string().regex(/^(url|dom|text):[a-z0-9-]+$/),
    weight: z.number().int().positive(),
    url: z
      .object({
        hosts: z.array(z.string().regex(/^[a-z0-9.-]+\.usps\.com$/)).optional(),
        path: Pattern.optional(),
        query: Pattern.optional(),
      })
      .optional(),
    selector: Selector.optional(),
    text: z
      .object({ in: z.enum(['title', 'headings', 'labels', 'buttons', 'messages', 'body']), pattern: TextPattern })
      .optional(),
  })
  .strict()
  .refine((signal) => [signal.url, signal.selector, signal.text].filter(Boolean).length === 1, 'exactly one matcher');

const Rule = z
  .object({
    id: z.string().regex(/^[a-z-]+$/),
    kind: z.enum(PAGE_KINDS).exclude(['other']),
    reason: z.enum(ERROR_REASONS).optional(),
    hosts: z.array(z.string()).optional(),
    priority: z.number().int(),
    minScore: z.number().int().positive(),
    required: z.array(z.string()).optional(),
    anchors: z.array(z.string()).min(1).optional(),
    signals: z.array(Signal).min(2),
    reference: Pattern.optional(),
  })
  .strict()
  .superRefine((rule, context) => {
    const ids = rule.signals.map((signal) => signal.id);
    if (new Set(ids).size !== ids.length)
      context.addIssue({ code: 'custom', message: `${rule.id}: duplicate signal ids` });
    for (const id of rule.required ?? []) {
      if (!ids.includes(id))
        context.addIssue({ code: 'custom', message: `${rule.id}: required ${id} is not a signal` });
    }
    for (const id of rule.anchors ?? []) {
      if (!ids.includes(id)) context.addIssue({ code: 'custom', message: `${rule.id}: anchor ${id} is not a signal` });
    }
    if ((rule.kind === 'error') !== (rule.reason !== undefined)) {
      context.addIssue({ code: 'custom', message: `${rule.id}: only error rules have a reason` });
    }
    const total = rule.signals.reduce((sum, signal) => sum + signal.weight, 0);
    if (total < rule.minScore) context.addIssue({ code: 'custom', message: `${rule.id}: minScore cannot be reached` });
    // No rule may hang on one sentence: its strongest signal alone must stay below the bar.
    const strongest = Math.max(...rule.signals.map((signal) => signal.weight));
    if (strongest >= rule.minScore) {
      context.addIssue({ code: 'custom', message: `${rule.id}: one signal reaches minScore alone` });
    }
  });

describe('PAGE_RULES', () => {
  it('passes the rule schema (valid regexes and selectors, unique signal ids, required ids exist)', () => {
    const result = z.array(Rule).safeParse(PAGE_RULES);
    expect(
      result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ).toEqual([]);
  });

  it("lists each rule's signals cheapest first, required ones and anchors first among equals", () => {
    // The recogniser looks at them in the listed order (rule-types.ts, `signals`).
    const COST = { title: 1, headings: 2, labels: 2, buttons: 2, messages: 2, body: 3 };
    for (const rule of PAGE_RULES) {
      const decisive = (signal: RuleSignal) =>
        !!(rule.required?.includes(signal.id) || rule.anchors?.includes(signal.id));
      const cost = (signal: RuleSignal) => (signal.url ? 0 : signal.selector ? 1 : COST[signal.text?.in ?? 'body']);
      const rank = (signal: RuleSignal) => cost(signal) * 2 - (decisive(signal) ? 1 : 0);
      const expected = [...rule.signals].sort((a, b) => rank(a) - rank(b)).map((signal) => signal.id);
      expect(
        rule.signals.map((signal) => signal.id),
        `${rule.id}: list the signals in this order`,
      ).toEqual(expected);
    }
  });

  it('looks at signals in the listed order and stops a rule at its first missing required one', () => {
    const page = new DOMParser().parseFromString('<title>Sign In</title><h1>Sign In</h1>', 'text/html');
    const reads: string[] = [];
    const querySelectorAll = page.querySelectorAll.bind(page);
    page.querySelectorAll = ((selector: string) => {
      reads.push(selector);
      return querySelectorAll(selector);
    }) as typeof page.querySelectorAll;
    const listed: PageRule = {
      id: 'listed',
      kind: 'sign-in',
      priority: 1,
      minScore: 2,
      required: ['dom:b'],
      signals: [
        { id: 'dom:a', weight: 1, selector: 'form#a' },
        { id: 'dom:b', weight: 1, selector: 'input#b' },
        { id: 'dom:c', weight: 1, selector: 'button#c' },
      ],
    };
    expect(recognisePage(page, 'https://reg.usps.com/', { rules: [listed] }).kind).toBe('other');
    expect(reads).toEqual(['form#a', 'input#b']);
  });

  it('has unique rule ids, each citing its public source with a confidence letter', () => {
    const ids = PAGE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(RULE_SOURCES).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const source = RULE_SOURCES[id] ?? '';
      // A named source, then its confidence in brackets: "faq.usps.com article 000006225 (A)".
      expect(source, id).toMatch(/\S.*\((A|B|C)\b/);
      expect(source, id).not.toMatch(/USPS-FACTS/);
    }
  });

  it("anchors every error rule by its address or title only (USPS's error pages and Akamai's block page)", () => {
    for (const rule of ERROR_RULES) {
      const anchors = rule.signals.filter((signal) => rule.anchors?.includes(signal.id));
      expect(anchors.length, `${rule.id} has anchors`).toBeGreaterThan(0);
      for (const anchor of anchors) {
        expect(anchor.url !== undefined || anchor.text?.in === 'title', `${rule.id}: ${anchor.id}`).toBe(true);
      }
    }
  });

  it('has a rule for every kind except other, and one per error reason', () => {
    for (const kind of PAGE_KINDS.filter((name) => name !== 'other')) {
      expect(
        PAGE_RULES.some((rule) => rule.kind === kind),
        kind,
      ).toBe(true);
    }
    for (const reason of ERROR_REASONS) {
      expect(PAGE_RULES.filter((rule) => rule.reason === reason)).toHaveLength(1);
    }
  });
});

describe('account kinds pass only on the account hosts', () => {
  // A security review's attack: script on another USPS subdomain titles its page "Page Not Found"
  // (so the error watch loads the detector) and dresses it as the forgot-username form, to be
  // handed the email address the person typed on reg.usps.com.
  const ATTACK = `<title>Page Not Found</title><main><h1>Forgot your username?</h1>
    <form><label for="email">Email address</label><input type="email" id="email" autocomplete="email">
    <button type="submit">Continue</button></form></main>`;
  const attackPage = () => new DOMParser().parseFromString(ATTACK, 'text/html');

  it('lists the account hosts on every account rule, and no host list on error rules', () => {
    for (const rule of PAGE_RULES) {
      expect(rule.hosts, rule.id).toEqual(ACCOUNT_KINDS.has(rule.kind) ? ACCOUNT_HOSTS : undefined);
    }
  });

  it.each([
    'https://www.usps.com/root/global/server_responses/error_404.htm',
    'https://tools.usps.com/go/x',
    'https://faq.usps.com/',
  ])('gives no account kind to a forgot-username form dressed up on %s', (url) => {
    // At the 404 address the page is still an error page (its own guide, nothing carried).
    expect(recognisePage(attackPage(), url).kind).toBe(url.includes('error_404') ? 'error' : 'other');
  });

  it('recognises the same markup on an account host (the attack page is a faithful form)', () => {
    expect(recognisePage(attackPage(), 'https://reg.usps.com/entreg/ForgotUsernameAction_input').kind).toBe(
      'forgot-username',
    );
  });

  it('never gives an account kind to any account page of the pool moved to www.usps.com', () => {
    for (const fixture of loadFixturePool().filter((entry) => ACCOUNT_KINDS.has(entry.kind))) {
      const moved = new URL(fixture.url);
      moved.hostname = 'www.usps.com';
      expect(ACCOUNT_KINDS.has(recognisePage(parseFixture(fixture), moved).kind), fixture.id).toBe(false);
    }
  });

  it('checks the host before any signal, in the engine itself', () => {
    const page = new DOMParser().parseFromString('<title>Sign In</title><h1>Sign In</h1>', 'text/html');
    const onlyReg: PageRule = {
      id: 'only-reg',
      kind: 'sign-in',
      hosts: ['reg.usps.com'],
      priority: 1,
      minScore: 2,
      signals: [
        { id: 'text:title', weight: 1, text: { in: 'title', pattern: 'sign in' } },
        { id: 'text:heading', weight: 1, text: { in: 'headings', pattern: 'sign in' } },
      ],
    };
    expect(recognisePage(page, 'https://www.usps.com/', { rules: [onlyReg] }).kind).toBe('other');
    expect(recognisePage(page, 'https://REG.usps.com./', { rules: [onlyReg] }).kind).toBe('sign-in');
  });
});

describe('the recogniser engine', () => {
  const doc = () => new DOMParser().parseFromString('<title>Sign In</title><h1>Sign In</h1>', 'text/html');
  const rule = (overrides: Partial<PageRule>): PageRule => ({
    id: 'test',
    kind: 'sign-in',
    priority: 1,
    minScore: 2,
    signals: [
      { id: 'text:title', weight: 1, text: { in: 'title', pattern: 'sign in' } },
      { id: 'text:heading', weight: 1, text: { in: 'headings', pattern: 'sign in' } },
      { id: 'dom:password', weight: 1, selector: 'input[type=password]' },
    ],
    ...overrides,
  });

  it('passes a rule on two distinct signals reaching minScore', () => {
    expect(recognisePage(doc(), 'https://reg.usps.com/', { rules: [rule({})] })).toEqual({
      kind: 'sign-in',
      signals: ['text:title', 'text:heading'],
    });
  });

  it('refuses one heavy signal alone, even above minScore', () => {
    const heavy = rule({ signals: [{ id: 'text:title', weight: 5, text: { in: 'title', pattern: 'sign in' } }] });
    expect(recognisePage(doc(), 'https://reg.usps.com/', { rules: [heavy] }).kind).toBe('other');
  });

  it('fails a rule whose required signal is missing', () => {
    expect(recognisePage(doc(), 'https://reg.usps.com/', { rules: [rule({ required: ['dom:password'] })] }).kind).toBe(
      'other',
    );
  });

  it('fails an anchored rule when none of its anchors matches, and passes it on any one', () => {
    const anchored = (anchors: string[]) => rule({ anchors, signals: [...rule({}).signals] });
    const page = doc();
    expect(recognisePage(page, 'https://reg.usps.com/', { rules: [anchored(['dom:password'])] }).kind).toBe('other');
    expect(recognisePage(page, 'https://reg.usps.com/', { rules: [anchored(['dom:password', 'text:title'])] })).toEqual(
      { kind: 'sign-in', signals: ['text:title', 'text:heading'] },
    );
  });

  it('ends an anchored rule before reading text once its cheap anchors all missed', () => {
    const page = doc();
    let headingReads = 0;
    const querySelectorAll = page.querySelectorAll.bind(page);
    page.querySelectorAll = ((selector: string) => {
      headingReads += 1;
      return querySelectorAll(selector);
    }) as typeof page.querySelectorAll;
    const byAddress = rule({
      anchors: ['url:broken'],
      signals: [
        { id: 'url:broken', weight: 2, url: { path: '^/broken' } },
        { id: 'text:title', weight: 1, text: { in: 'title', pattern: 'sign in' } },
        { id: 'text:heading', weight: 1, text: { in: 'headings', pattern: 'sign in' } },
      ],
    });
    expect(recognisePage(page, 'https://reg.usps.com/', { rules: [byAddress] }).kind).toBe('other');
    expect(headingReads).toBe(0);
    expect(recognisePage(page, 'https://reg.usps.com/broken', { rules: [byAddress] }).kind).toBe('sign-in');
  });

  it('answers the highest-priority passing rule', () => {
    const failed = rule({ id: 'failed', kind: 'sign-in-failed', priority: 5 });
    expect(recognisePage(doc(), 'https://reg.usps.com/', { rules: [rule({}), failed] }).kind).toBe('sign-in-failed');
  });

  it('stops before reading text when the cheap signals cannot reach minScore', () => {
    const page = doc();
    let titleReads = 0;
    Object.defineProperty(page, 'title', {
      get: () => {
        titleReads += 1;
        return 'Sign In';
      },
    });
    const cheapFirst = rule({
      minScore: 3,
      required: ['url:reg'],
      signals: [
        { id: 'url:reg', weight: 1, url: { hosts: ['reg.usps.com'] } },
        { id: 'text:title', weight: 1, text: { in: 'title', pattern: 'sign in' } },
        { id: 'text:heading', weight: 1, text: { in: 'headings', pattern: 'sign in' } },
      ],
    });
    expect(recognisePage(page, 'https://www.usps.com/', { rules: [cheapFirst] }).kind).toBe('other');
    expect(titleReads).toBe(0);
    expect(recognisePage(page, 'https://reg.usps.com/', { rules: [cheapFirst] }).kind).toBe('sign-in');
    expect(titleReads).toBe(1);
  });
});

describe('the cost of recognising the pages people visit most', () => {
  it.each(['other/tracking-result.html', 'other/home-www.html', 'other/store-item-unavailable.html'])(
    'answers other on %s without collecting the body text',
    (id) => {
      const fixture = fixtureById(id);
      const page = parseFixture(fixture);
      const body = page.body;
      let bodyReads = 0;
      Object.defineProperty(page, 'body', {
        get: () => {
          bodyReads += 1;
          return body;
        },
      });
      expect(recognisePage(page, fixture.url).kind).toBe('other');
      expect(bodyReads).toBe(0);
    },
  );
});
