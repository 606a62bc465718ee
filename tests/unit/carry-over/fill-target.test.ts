import { beforeEach, describe, expect, it } from 'vitest';
import {
  colorAlpha,
  FILL_STYLE_PROPERTIES,
  type FillEnvironment,
  type FillStyle,
  filterOpacity,
  findFillTarget,
  type Pseudo,
  refuseTarget,
} from '@/utils/carry-over/fill-target';

/**
 * happy-dom has no layout and no cascade, so each test describes what it needs:
 * - boxes: `data-rect="x y w h"` on any element; an input without one sits at 100,100 sized 300×30,
 *   an element with `data-covers="<id>"` lies exactly over that field, any other element has no box;
 * - computed styles: the inline style (longhands, plus `border-width` / `border-color` for all four
 *   sides) over the defaults below, and `data-before` / `data-after` for a ::before / ::after box;
 * - hit testing: every element whose box holds the point, except those hit testing skips
 *   (`pointer-events: none`, inert, hidden), `data-covers` ones on top, later ones above earlier.
 */
function rectOf(element: Element): { left: number; top: number; width: number; height: number } {
  const given = element.getAttribute('data-rect');
  const covered = element.getAttribute('data-covers');
  if (!given && covered) {
    const field = document.getElementById(covered);
    if (field) return rectOf(field);
  }
  if (!given && element.localName !== 'input') return { left: 0, top: 0, width: 0, height: 0 };
  const [left = 100, top = 100, width = 300, height = 30] = (given ?? '').split(' ').filter(Boolean).map(Number);
  return { left, top, width, height };
}

function declarations(text: string | null): Map<string, string> {
  const found = new Map<string, string>();
  for (const declaration of (text ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) found.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
  }
  for (const side of ['top', 'right', 'bottom', 'left']) {
    for (const part of ['width', 'color']) {
      const all = found.get(`border-${part}`);
      if (all && !found.has(`border-${side}-${part}`)) found.set(`border-${side}-${part}`, all);
    }
  }
  return found;
}

/** What Chromium computes for an unstyled element, and for a USPS-like field (white, 1px grey border). */
function defaults(element: Element, pseudo?: Pseudo): Record<string, string> {
  const field = !pseudo && element.localName === 'input';
  const border = field ? { width: '1px', color: 'rgb(153, 153, 153)' } : { width: '0px', color: 'rgb(0, 0, 0)' };
  const values: Record<string, string> = {
    display: 'inline',
    visibility: 'visible',
    opacity: '1',
    filter: 'none',
    'clip-path': 'none',
    clip: 'auto',
    'mask-image': 'none',
    '-webkit-mask-image': 'none',
    color: 'rgb(0, 0, 0)',
    'background-color': field ? 'rgb(255, 255, 255)' : 'rgba(0, 0, 0, 0)',
    'background-image': 'none',
    'box-shadow': 'none',
    'backdrop-filter': 'none',
    'pointer-events': 'auto',
    content: pseudo ? 'none' : 'normal',
  };
  for (const side of ['top', 'right', 'bottom', 'left']) {
    values[`border-${side}-width`] = border.width;
    values[`border-${side}-color`] = border.color;
  }
  return values;
}

function styleOf(element: Element, pseudo?: Pseudo): FillStyle {
  const attribute = pseudo ? `data-${pseudo.slice(2)}` : 'style';
  const given = declarations(element.getAttribute(attribute));
  const values = defaults(element, pseudo);
  // A pseudo box inherits these from its element, as in CSS.
  if (pseudo) {
    const own = styleOf(element);
    values['pointer-events'] = own.pointerEvents;
    values.visibility = own.visibility;
  }
  for (const [name, value] of given) values[name] = value;
  // Unset, -webkit-text-fill-color computes to the colour, as in Chromium.
  values['-webkit-text-fill-color'] ??= values.color ?? '';
  const style = {} as Record<keyof FillStyle, string>;
  for (const [key, name] of Object.entries(FILL_STYLE_PROPERTIES)) {
    style[key as keyof FillStyle] = values[name] ?? '';
  }
  return style;
}

function hitTestable(element: Element): boolean {
  const style = styleOf(element);
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (styleOf(node).display === 'none') return false;
  }
  return style.pointerEvents !== 'none' && !element.closest('[inert]') && style.visibility === 'visible';
}

function elementsFromPoint(x: number, y: number): Element[] {
  const at = [...document.querySelectorAll('*')].filter((element) => {
    const r = rectOf(element);
    return hitTestable(element) && x >= r.left && x < r.left + r.width && y >= r.top && y < r.top + r.height;
  });
  at.reverse();
  return [
    ...at.filter((element) => element.hasAttribute('data-covers')),
    ...at.filter((e) => !e.hasAttribute('data-covers')),
  ];
}

function environment(overrides: Partial<FillEnvironment> = {}): FillEnvironment {
  return {
    href: 'https://reg.usps.com/entreg/ForgotPasswordAction_input',
    isTopFrame: true,
    viewport: { width: 1280, height: 800 },
    rect: rectOf,
    style: styleOf,
    elementsFromPoint,
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
    ['visibility:collapse', '<input id="username" style="visibility:collapse">', 'hidden'],
    ['under filter: opacity(0)', '<input id="username" style="filter:opacity(0)">', 'transparent'],
    [
      "under an ancestor's filter: blur(1px) opacity(50%)",
      '<div style="filter:blur(1px) opacity(50%)"><input id="username"></div>',
      'transparent',
    ],
    ['under an SVG url() filter', '<div style="filter:url(#erase)"><input id="username"></div>', 'transparent'],
    [
      'under two 0.8 wrappers (0.64 in all)',
      '<div style="opacity:0.8"><div style="opacity:0.8"><input id="username"></div></div>',
      'transparent',
    ],
    ['clip-path on an ancestor', '<div style="clip-path:inset(50%)"><input id="username"></div>', 'clipped'],
    ['legacy clip', '<input id="username" style="clip:rect(0px, 0px, 0px, 0px)">', 'clipped'],
    [
      'masked by mask-image',
      '<div style="mask-image:linear-gradient(transparent, transparent)"><input id="username"></div>',
      'clipped',
    ],
    [
      'masked by -webkit-mask-image',
      '<div style="-webkit-mask-image:linear-gradient(transparent, transparent)"><input id="username"></div>',
      'clipped',
    ],
    ['written in transparent text', '<input id="username" style="color:rgba(0, 0, 0, 0)">', 'invisible-text'],
    ['written in faint text', '<input id="username" style="color:color(srgb 0 0 0 / 0.5)">', 'invisible-text'],
    [
      'written in transparent text fill over an opaque colour',
      '<input id="username" style="color:rgb(0, 0, 0);-webkit-text-fill-color:transparent">',
      'invisible-text',
    ],
    [
      'a box with no background and no border',
      '<input id="username" style="background-color:rgba(0, 0, 0, 0);border-width:0px">',
      'invisible-box',
    ],
    [
      'a box with no background and a transparent border',
      '<input id="username" style="background-color:transparent;border-color:rgba(0, 0, 0, 0)">',
      'invisible-box',
    ],
    [
      'a box with a faint background and a faint border',
      '<input id="username" style="background-color:rgb(255 255 255 / 50%);border-color:rgba(0, 0, 0, 0.3)">',
      'invisible-box',
    ],
    ['not hit-testable itself', '<input id="username" style="pointer-events:none">', 'covered'],
    ['inert', '<div inert><input id="username"></div>', 'covered'],
    [
      'covered by a click-through (pointer-events: none) box',
      '<input id="username"><div data-covers="username" style="pointer-events:none;background-color:rgb(255, 255, 255)"></div>',
      'covered',
    ],
    [
      'covered by an inert box',
      '<input id="username"><div inert data-covers="username" style="background-color:rgb(255, 255, 255)"></div>',
      'covered',
    ],
    [
      'covered by click-through text',
      '<input id="username"><div data-covers="username" style="pointer-events:none">Pat.Doe</div>',
      'covered',
    ],
    [
      'covered by a click-through image',
      '<input id="username"><img data-covers="username" alt="" style="pointer-events:none">',
      'covered',
    ],
    [
      'covered by a click-through background image',
      '<input id="username"><div data-covers="username" style="pointer-events:none;background-image:linear-gradient(red, red)"></div>',
      'covered',
    ],
    [
      'covered by a click-through box shadow',
      '<input id="username"><div data-covers="username" style="pointer-events:none;box-shadow:rgb(255, 255, 255) 0px 0px 0px 999px inset"></div>',
      'covered',
    ],
    [
      'covered by a click-through backdrop blur',
      '<input id="username"><div data-covers="username" style="pointer-events:none;backdrop-filter:blur(20px)"></div>',
      'covered',
    ],
    [
      'under the thick border of a click-through frame',
      '<input id="username"><div data-rect="100 100 300 30" style="pointer-events:none;border-top-width:20px;border-top-color:rgb(255, 255, 255)"></div>',
      'covered',
    ],
    [
      "under its wrapper's click-through ::after",
      '<div data-rect="0 0 1280 800" data-after="content:\'\';pointer-events:none;background-color:rgb(255, 255, 255)"><input id="username"></div>',
      'covered',
    ],
    [
      "under a click-through ::before's text",
      '<div data-rect="0 0 1280 800" data-before="content:\'████\';pointer-events:none"><input id="username"></div>',
      'covered',
    ],
    [
      "under an inert element's ::after",
      '<input id="username"><div inert data-covers="username" data-after="content:\'\';background-color:rgb(0, 0, 0)"></div>',
      'covered',
    ],
    [
      'under a click-through box at 0.5 opacity',
      '<input id="username"><div data-covers="username" style="pointer-events:none;opacity:0.5;background-color:rgb(255, 255, 255)"></div>',
      'covered',
    ],
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

  it('refuses a box lying between its own floating label and the field', () => {
    // Hit testing puts the label on top, then the box, then the field.
    document.body.innerHTML = FORM(
      '<input id="username"><div data-covers="username"></div><label for="username" data-covers="username">User Name</label>',
    );
    expect(elementsFromPoint(250, 115).map((element) => element.localName)).toEqual(['label', 'div', 'input']);
    expect(target()).toMatchObject({ target: null, refusals: ['covered'] });
  });

  it('still fills a field at 0.7 opacity (the threshold), by opacity or by filter', () => {
    document.body.innerHTML = FORM('<div style="opacity:0.7"><input id="username"></div>');
    expect(target().target?.id).toBe('username');
    document.body.innerHTML = FORM('<div style="filter:opacity(70%) blur(1px)"><input id="username"></div>');
    expect(target().target?.id).toBe('username');
  });

  it.each([
    [
      'drawn by its bottom border only, on no background',
      '<input id="username" style="background-color:transparent;border-width:0px;border-bottom-width:1px">',
    ],
    ['drawn by its background only', '<input id="username" style="border-width:0px">'],
    [
      'written with an opaque text fill over a transparent colour',
      '<input id="username" style="color:transparent;-webkit-text-fill-color:rgb(0 0 0)">',
    ],
    [
      'under its own click-through floating label',
      '<input id="username"><label for="username" data-covers="username" style="pointer-events:none;background-color:rgb(255, 255, 255)">User Name</label>',
    ],
    [
      'under an empty click-through layer (a toast container)',
      '<input id="username"><div data-rect="0 0 1280 800" style="pointer-events:none"></div>',
    ],
    [
      'under a faded-out click-through menu',
      '<input id="username"><nav data-rect="0 0 1280 800" style="opacity:0;pointer-events:none"><div data-covers="username" style="pointer-events:none;background-color:rgb(255, 255, 255)">Send</div></nav>',
    ],
    [
      'under a click-through layer at 0.3 opacity',
      '<input id="username"><div data-covers="username" style="pointer-events:none;opacity:0.3;background-color:rgb(0, 0, 0)"></div>',
    ],
    [
      'inside a click-through frame whose border stays clear of its centre',
      '<input id="username"><div data-rect="90 90 320 50" style="pointer-events:none;border-width:4px"></div>',
    ],
    [
      'above a page-wide backdrop that hit testing puts under it',
      '<div data-rect="0 0 1280 800" style="pointer-events:all;background-color:rgb(240, 240, 240)"></div><input id="username">',
    ],
    [
      'in a wrapper whose ::after is hit-testable (the stack has it)',
      '<div data-rect="0 0 1280 800" data-after="content:\'\';background-color:rgb(0, 0, 0)"><input id="username"></div>',
    ],
    [
      'next to an element whose ::before is display:none',
      '<input id="username"><div data-covers="username" style="pointer-events:none" data-before="content:\'x\';display:none"></div>',
    ],
  ])('fills a plainly visible field %s', (_name, field) => {
    document.body.innerHTML = FORM(field);
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

  it.each([
    // Account hostnames: only the genuine-page check stops these.
    ['plain http', 'http://reg.usps.com/entreg/ForgotPasswordAction_input'],
    ['credentials before the host', 'https://pat@reg.usps.com/entreg/ForgotPasswordAction_input'],
    ['another port', 'https://verified.usps.com:8443/forgotpassword'],
    // Lookalikes, which the account-host check would also stop (the reason says which caught them).
    ['a lookalike suffix', 'https://reg.usps.com.evil.test/entreg/ForgotPasswordAction_input'],
    ['a lookalike with a dash', 'https://usps.com-track.top/forgot'],
    ['usps.com as credentials', 'https://usps.com@evil.test/entreg/ForgotPasswordAction_input'],
  ])('refuses %s as not a genuine USPS page', (_name, href) => {
    document.body.innerHTML = FORM('<input id="username">');
    expect(target('username', environment({ href }))).toMatchObject({ target: null, reason: 'not-usps' });
  });

  it.each([
    'https://www.usps.com/',
    'https://tools.usps.com/go/TrackConfirmAction',
    'https://faq.usps.com/s/article/forgot-password',
    'https://usps.com/',
  ])('fills nothing on %s, a genuine USPS page off the account hosts', (href) => {
    document.body.innerHTML = FORM('<input id="username">');
    expect(target('username', environment({ href }))).toMatchObject({ target: null, reason: 'not-account-host' });
  });

  it.each([
    'https://reg.usps.com/entreg/ForgotPasswordAction_input',
    'https://es-reg.usps.com/entreg/ForgotPasswordAction_input',
    'https://zh-reg.usps.com/entreg/ForgotPasswordAction_input',
    'https://verified.usps.com/forgotpassword',
  ])('fills on the account host page %s', (href) => {
    document.body.innerHTML = FORM('<input id="username">');
    expect(target('username', environment({ href })).target?.id).toBe('username');
  });

  it('refuses inside a frame, even on an account page', () => {
    document.body.innerHTML = FORM('<input id="username">');
    expect(target('username', environment({ isTopFrame: false }))).toMatchObject({
      target: null,
      reason: 'not-top-frame',
    });
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

describe('reading computed styles', () => {
  it.each([
    ['rgb(51, 51, 51)', 1],
    ['rgba(0, 0, 0, 0)', 0],
    ['rgba(255, 255, 255, 0.5)', 0.5],
    ['rgb(0 0 0 / 40%)', 0.4],
    ['color(srgb 1 0 0 / 0.25)', 0.25],
    ['color(srgb 1 0 0)', 1],
    ['oklch(0.5 0.1 100 / 0.3)', 0.3],
    ['color(srgb 1 0 0 / none)', 0],
    ['transparent', 0],
    ['TRANSPARENT', 0],
  ])('the alpha of %s is %s', (color, alpha) => {
    expect(colorAlpha(color)).toBeCloseTo(alpha);
  });

  it.each(['', 'red', 'rgb(0, 0)', 'rgba(0, 0, 0, lots)', 'rgb(0 0 0 / 1 / 2)'])(
    'an unreadable colour %j has no alpha (every rule treats it as failing)',
    (color) => {
      expect(colorAlpha(color)).toBeNaN();
    },
  );

  it.each([
    ['none', 1],
    ['', 1],
    ['blur(1px)', 1],
    ['opacity(0.5) blur(1px)', 0.5],
    ['opacity(50%) opacity(50%)', 0.25],
    ['opacity()', 1],
    ['opacity(2)', 1],
    ['drop-shadow(rgba(0, 0, 0, 0.2) 1px 1px 2px)', 1],
    ['url("#erase")', 0],
  ])('the filter %j lets %s through', (filter, through) => {
    expect(filterOpacity(filter)).toBeCloseTo(through);
  });
});
