import { describe, expect, it } from 'vitest';
import { findUsernameField } from '@/utils/carry-over/capture';
import { type FillEnvironment, type FillStyle, findFillTarget } from '@/utils/carry-over/fill-target';
import { loadFixturePool } from '../../fixtures/pool';

/**
 * Every saved USPS page, every generation: the forgot pages each offer exactly one field to fill,
 * for the right purpose, and every sign-in page a text field to capture. Layout is stubbed as "everything plainly
 * visible" (each input in its own spot, drawn like USPS's own fields), so this checks which field is chosen, not
 * visibility; tests/e2e/carry-over.spec.ts fills them with Chromium's real layout.
 */
const PLAIN: FillStyle = {
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  filter: 'none',
  clipPath: 'none',
  clip: 'auto',
  maskImage: 'none',
  webkitMaskImage: 'none',
  color: 'rgb(51, 51, 51)',
  textFillColor: 'rgb(51, 51, 51)',
  backgroundColor: 'rgb(255, 255, 255)',
  backgroundImage: 'none',
  borderTopWidth: '1px',
  borderTopColor: 'rgb(153, 153, 153)',
  borderRightWidth: '1px',
  borderRightColor: 'rgb(153, 153, 153)',
  borderBottomWidth: '1px',
  borderBottomColor: 'rgb(153, 153, 153)',
  borderLeftWidth: '1px',
  borderLeftColor: 'rgb(153, 153, 153)',
  boxShadow: 'none',
  backdropFilter: 'none',
  pointerEvents: 'auto',
  content: 'normal',
};

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
    style: (_element, pseudo) => (pseudo ? { ...PLAIN, content: 'none' } : PLAIN),
    elementsFromPoint: (_x, y) => {
      const input = inputs()[Math.floor((y - 10) / 40)];
      return input ? [input] : [];
    },
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
