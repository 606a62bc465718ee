import { afterEach, describe, expect, it } from 'vitest';
import { guideFor } from '@/utils/guides';
import { findTarget } from '@/utils/sidebar/show-me';
import { loadFixturePool } from '../../fixtures/pool';

/** Pages whose screen has nothing to point at (a choice or a yes/no question, no code box yet). */
const NO_TARGET_ON_PAGE = new Set([
  'verify-identity/verified-choose-method.html',
  'verify-identity/verified-code-incorrect.html',
  'verify-identity/verified-verify-email.html',
]);

const pages = loadFixturePool().filter(
  (fixture) => fixture.kind !== 'other' && fixture.kind !== 'error' && !NO_TARGET_ON_PAGE.has(fixture.id),
);

describe('Show me on the saved USPS pages', () => {
  afterEach(() => {
    document.documentElement.innerHTML = '';
  });

  it.each(pages.map((fixture) => ({ id: fixture.id, fixture })))(
    'finds everything the $id guide points at',
    ({ fixture }) => {
      document.documentElement.innerHTML = fixture.html.replace(/<!DOCTYPE[^>]*>|<\/?html[^>]*>/gi, '');
      const targets = guideFor(fixture).text.en.steps.flatMap((step) => (step.target ? [step.target] : []));
      for (const target of targets) expect(findTarget(target), `${fixture.id}: ${target}`).not.toBeNull();
    },
  );
});
