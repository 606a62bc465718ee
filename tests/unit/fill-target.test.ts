import { beforeEach, describe, expect, it } from 'vitest';
import { type FillEnvironment, findFillTarget, refuseTarget } from '@/utils/fill-target';

/**
 * happy-dom has no layout, so each test describes the layout it needs: `data-rect="x y w h"`
 * on a field, inline styles for display/visibility/opacity, and `data-covers="<id>"` on an
 * element lying over a field. Fields without data-rect sit at 100,100 sized 300×30.
 */
function rectOf(element: Element) {
  const [left = 100, top = 100, width = 300, height = 30] = (element.getAttribute('data-rect') ?? '')
    .split(' ')
    .filter(Boolean)
    .map(Number);
  return { left, top, width, height };
}

function environment(overrides: Partial<FillEnvironment> = {}): FillEnvironment {
  return {
    href: 'https://reg.usps.com/entreg/ForgotPasswordAction_input',
    isTopFrame: true,
    viewport: { width: 1280, height: 800 },
    rect: rectOf,
    style: (element) => {
      const style = (element as HTMLElement).style;
      return { display: style?.display ?? '', visibility: style?.visibility ?? '', opacity: style?.opacity ?? '' };
    },
    elementFromPoint: (x, y) => {
      const inputs = [...document.querySelectorAll('input')];
      const hit = inputs.find((input) => {
        const r = rectOf(input);
        return x >= r.left && x < r.left + r.width && y >= r.top && y < r.top + r.height;
      });
      if (!hit) return document.body;
      return document.querySelector(`[data-covers="${hit.id}"]`) ?? hit;
    },
    ...overrides,
  };
}

const FORM = (field: string) =>
  `<form><label for="username">Username</label>${field}<button type="submit">Continue</button></form>`;

function target(purpose: 'username' | 'email' = 'username', env = environment()) {
  return findFillTarget(document, purpose, env);
}

describe('findFillTarget', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('picks the one visible, enabled username field of a genuine forgot page', () => {
    document.body.innerHTML = FORM('<input id="username" name="username" type="text">');
    expect(target().target).toBe(document.getElementById('username'));
  });

  it('recognises a field by its label, placeholder or aria-label, not only by id', () => {
    document.body.innerHTML = '<form><input id="x1" aria-label="User Name"></form>';
    expect(target().target?.id).toBe('x1');
    document.body.innerHTML = '<form><input id="x2" placeholder="Email address"></form>';
    expect(target('email').target?.id).toBe('x2');
  });

  it('finds the verified.usps.com field through its testid container label', () => {
    document.body.innerHTML =
      '<div data-testid="fr-field-callback_1"><label>User Name</label><div><input id="idToken1" type="text"></div></div>';
    expect(target().target?.id).toBe('idToken1');
  });

  it.each([
    ['hidden by display:none', '<input id="username" style="display:none">', 'hidden'],
    ['inside a display:none parent', '<div style="display:none"><input id="username"></div>', 'hidden'],
    ['visibility:hidden', '<input id="username" style="visibility:hidden">', 'hidden'],
    ['tiny (1×1)', '<input id="username" data-rect="100 100 1 1">', 'too-small'],
    ['zero-size', '<input id="username" data-rect="100 100 0 0">', 'too-small'],
    ['off-screen left', '<input id="username" data-rect="-9999 100 300 30">', 'off-screen'],
    ['below the viewport', '<input id="username" data-rect="100 5000 300 30">', 'off-screen'],
    ['transparent', '<input id="username" style="opacity:0.1">', 'transparent'],
    ['under a faint ancestor', '<div style="opacity:0.69"><input id="username"></div>', 'transparent'],
    ['covered by another element', '<input id="username"><div data-covers="username"></div>', 'covered'],
    ['disabled', '<input id="username" disabled>', 'disabled'],
    ['read-only', '<input id="username" readonly>', 'read-only'],
  ])('never fills a field that is %s', (_name, field, refusal) => {
    document.body.innerHTML = FORM(field);
    const result = target();
    expect(result.target).toBeNull();
    expect(result).toMatchObject({ reason: 'none', refusals: [refusal] });
  });

  it('accepts the field under its own floating label, but not under another label', () => {
    document.body.innerHTML = FORM(
      '<input id="username"><label for="username" data-covers="username">User Name</label>',
    );
    expect(target().target?.id).toBe('username');
    document.body.innerHTML = FORM('<input id="username"><label for="other" data-covers="username">Search</label>');
    expect(target()).toMatchObject({ target: null, refusals: ['covered'] });
  });

  it('still fills a field at 0.7 opacity (the threshold)', () => {
    document.body.innerHTML = FORM('<div style="opacity:0.7"><input id="username"></div>');
    expect(target().target?.id).toBe('username');
  });

  it('never considers a password field, even one named "username"', () => {
    document.body.innerHTML = FORM('<input id="username" name="username" type="password">');
    expect(target()).toMatchObject({ target: null, reason: 'none', refusals: [] });
    const field = document.getElementById('username') as HTMLInputElement;
    expect(refuseTarget(field, environment())).toBe('password');
  });

  it('refuses when two fields qualify', () => {
    document.body.innerHTML =
      '<form><input id="username"></form><form><input id="email" data-rect="100 300 300 30" type="email"></form>';
    expect(target()).toMatchObject({ target: null, reason: 'ambiguous' });
  });

  it('refuses a visible field that has a hidden twin with the same name (honeypot)', () => {
    document.body.innerHTML = FORM(
      '<input id="username" name="username"><input id="username-2" name="username" style="display:none">',
    );
    expect(target()).toMatchObject({ target: null, reason: 'ambiguous' });
  });

  it('refuses on http, on lookalike hosts and inside frames', () => {
    document.body.innerHTML = FORM('<input id="username">');
    for (const href of [
      'http://reg.usps.com/entreg/ForgotPasswordAction_input',
      'https://reg.usps.com.evil.test/entreg/ForgotPasswordAction_input',
      'https://usps.com-track.top/forgot',
    ]) {
      expect(target('username', environment({ href }))).toMatchObject({ target: null, reason: 'not-usps' });
    }
    expect(target('username', environment({ isTopFrame: false }))).toMatchObject({ reason: 'not-top-frame' });
  });

  it('does not look into iframes', () => {
    document.body.innerHTML = '<iframe srcdoc="<input id=username>"></iframe>';
    expect(target()).toMatchObject({ target: null, reason: 'none' });
  });

  it('asks for an email field on the forgot-username page and ignores a search box', () => {
    document.body.innerHTML =
      '<form role="search"><input id="q" name="q" data-rect="100 20 200 30" aria-label="Search USPS.com"></form>' +
      '<form><label for="email">Email Address</label><input id="email" type="text"></form>';
    expect(target('email').target?.id).toBe('email');
  });
});
