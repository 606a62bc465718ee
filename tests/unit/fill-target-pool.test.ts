import { describe, expect, it } from 'vitest';
import { findUsernameField } from '@/utils/capture';
import { type FillEnvironment, findFillTarget } from '@/utils/fill-target';
import { loadFixturePool } from '../fixtures/pool';

/**
 * Every saved USPS page, every generation: the forgot pages each offer exactly one field to fill,
 * for the right purpose, and every sign-in page a text field to capture. Layout is stubbed as "everything plainly
 * visible" (each input in its own spot), so this checks which field is chosen, not visibility.
 */
function permissiveEnvironment(doc: Document, href: string): FillEnvironment {
  const inputs = () => [...doc.querySelectorAll('input')];
  return {
    href,
    isTopFrame: true,
    viewport: { width: 1280, height: 100_000 },
    rect: (element) => ({
      left: 10,
      top: 10 + 40 * inputs().indexOf(element as HTMLInputElement),
      width: 300,
      height: 30,
    }),
    style: () => ({ display: 'block', visibility: 'visible', opacity: '1' }),
    elementFromPoint: (_x, y) => inputs()[Math.floor((y - 10) / 40)] ?? null,
  };
}

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const pool = loadFixturePool();

describe('fill targets across the fixture pool', () => {
  it.each(pool.filter((fixture) => fixture.kind === 'forgot-password').map((f) => [f.id, f] as const))(
    '%s: exactly one username field',
    (_id, fixture) => {
      const doc = load(fixture.html);
      const result = findFillTarget(doc, 'username', permissiveEnvironment(doc, fixture.url));
      expect(result.target?.type).toMatch(/^(text|email)$/);
    },
  );

  it.each(pool.filter((fixture) => fixture.kind === 'forgot-username').map((f) => [f.id, f] as const))(
    '%s: exactly one email field',
    (_id, fixture) => {
      const doc = load(fixture.html);
      const result = findFillTarget(doc, 'email', permissiveEnvironment(doc, fixture.url));
      expect(result.target).not.toBeNull();
    },
  );

  it.each(pool.filter((fixture) => /^sign-in/.test(fixture.kind)).map((f) => [f.id, f] as const))(
    '%s: the username field to capture is a text field, never the password',
    (_id, fixture) => {
      const field = findUsernameField(load(fixture.html));
      expect(field?.type).toMatch(/^(text|email)$/);
    },
  );
});
