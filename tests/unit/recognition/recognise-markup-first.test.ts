import { describe, expect, it, vi } from 'vitest';
import { PAGE_RULES } from '../../../utils/recognition/page-rules';
import { recognisePage } from '../../../utils/recognition/recognise';
import { fixtureById, parseFixture } from '../../fixtures/pool';

/**
 * recognisePage decides on markup alone first and uses layout only when some rule passes
 * (pages that need no help then never force a layout). That is sound only while hiding more
 * elements can never make a text signal match: a pattern anchored to the start or end of an
 * area's text could (" | "-joined parts shift when a hidden part drops out).
 */
describe('the markup-first recognition pass', () => {
  const textPatterns = PAGE_RULES.flatMap((rule) =>
    rule.signals.flatMap((signal) =>
      signal.text ? [{ id: `${rule.id}/${signal.id}`, pattern: signal.text.pattern }] : [],
    ),
  );

  it.each(textPatterns)('$id is not anchored to the ends of an area', ({ pattern }) => {
    // ^ and $ outside a character class (a class like [^|] is fine).
    const outsideClasses = pattern.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
    expect(outsideClasses).not.toMatch(/[\^$]/);
  });

  it('gives the same answer with and without layout when no element is hidden by a stylesheet', () => {
    document.title = 'USPS.com® - Sign In';
    document.body.innerHTML =
      '<form name="loginForm"><h1>Sign In</h1><input id="username"><input id="password" type="password"><button>Sign In</button></form>';
    const url = 'https://reg.usps.com/entreg/LoginAction_input?app=Phoenix';
    expect(recognisePage(document, url, { useLayout: true })).toEqual(recognisePage(document, url));
    expect(recognisePage(document, url, { useLayout: true }).kind).toBe('sign-in');
  });

  it('asks the page for each selector once: the layout reading reuses what the markup reading found', () => {
    const fixture = fixtureById('sign-in/classic-loginaction.html');
    const doc = parseFixture(fixture);
    const queries = vi.spyOn(doc, 'querySelectorAll');
    const checks = vi.spyOn(HTMLElement.prototype, 'checkVisibility').mockReturnValue(true);
    try {
      expect(recognisePage(doc, fixture.url, { useLayout: true }).kind).toBe('sign-in');
      // The layout reading ran (it asked about visibility) without querying again.
      expect(checks).toHaveBeenCalled();
      const selectors = queries.mock.calls.map(([selector]) => selector);
      expect(selectors.length).toBeGreaterThan(3);
      expect(new Set(selectors).size).toBe(selectors.length);
    } finally {
      checks.mockRestore();
    }
  });
});
