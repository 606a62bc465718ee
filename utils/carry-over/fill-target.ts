import { isAccountHost } from '../core/account-hosts';
import { isGenuineUspsUrl } from '../core/usps-hosts';

/**
 * Which field on a forgot page may receive the carried username, if any. Filling is the one
 * thing the extension writes into a USPS page, so it only ever fills a field the person can
 * plainly see and reach, on a genuine https USPS account page, in the top frame; a page that
 * offers anything ambiguous (two candidates, a hidden twin of the field) gets nothing. Pure over
 * an injected environment, so every rule is unit-tested without a layout engine.
 */
export interface FillEnvironment {
  href: string;
  isTopFrame: boolean;
  viewport: { width: number; height: number };
  rect(element: Element): { left: number; top: number; width: number; height: number };
  /** The computed style of an element, or of its ::before / ::after box. */
  style(element: Element, pseudo?: Pseudo): FillStyle;
  /** Every hit-testable element at a point, topmost first (`document.elementsFromPoint`). */
  elementsFromPoint(x: number, y: number): Element[];
}

export type Pseudo = '::before' | '::after';
const PSEUDOS: Pseudo[] = ['::before', '::after'];

/** The computed properties the rules read, by the CSS name the browser is asked for. */
export const FILL_STYLE_PROPERTIES = {
  display: 'display',
  visibility: 'visibility',
  opacity: 'opacity',
  filter: 'filter',
  clipPath: 'clip-path',
  clip: 'clip',
  maskImage: 'mask-image',
  webkitMaskImage: '-webkit-mask-image',
  color: 'color',
  textFillColor: '-webkit-text-fill-color',
  backgroundColor: 'background-color',
  backgroundImage: 'background-image',
  borderTopWidth: 'border-top-width',
  borderTopColor: 'border-top-color',
  borderRightWidth: 'border-right-width',
  borderRightColor: 'border-right-color',
  borderBottomWidth: 'border-bottom-width',
  borderBottomColor: 'border-bottom-color',
  borderLeftWidth: 'border-left-width',
  borderLeftColor: 'border-left-color',
  boxShadow: 'box-shadow',
  backdropFilter: 'backdrop-filter',
  pointerEvents: 'pointer-events',
  content: 'content',
} as const;
export type FillStyle = { [K in keyof typeof FILL_STYLE_PROPERTIES]: string };

export function browserEnvironment(win: Window = window): FillEnvironment {
  return {
    href: win.location.href,
    isTopFrame: win.top === win,
    viewport: { width: win.innerWidth, height: win.innerHeight },
    rect: (element) => element.getBoundingClientRect(),
    style: (element, pseudo) => {
      const computed = win.getComputedStyle(element, pseudo);
      // By CSS name: prefixed properties have no camel-case name every engine shares.
      const entries = Object.entries(FILL_STYLE_PROPERTIES).map(([key, name]) => [
        key,
        computed.getPropertyValue(name),
      ]);
      return Object.fromEntries(entries) as FillStyle;
    },
    elementsFromPoint: (x, y) => win.document.elementsFromPoint(x, y),
  };
}

export type TargetRefusal =
  | 'password'
  | 'not-text'
  | 'disabled'
  | 'read-only'
  | 'hidden'
  | 'clipped'
  | 'transparent'
  | 'invisible-text'
  | 'invisible-box'
  | 'too-small'
  | 'off-screen'
  | 'covered';

/** Smaller than any real text field: sr-only tricks, 1×1 honeypots. */
const MIN_WIDTH = 20;
const MIN_HEIGHT = 10;
/** The threshold: anything fainter than this is not something a person reads. */
const MIN_OPACITY = 0.7;
const TEXT_TYPES = new Set(['text', 'email']);
const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;

/** Only `.type` is read here: a password field's value is never touched (see capture.ts too). */
export function isTextLikeInput(element: Element): element is HTMLInputElement {
  return element.localName === 'input' && TEXT_TYPES.has((element as HTMLInputElement).type);
}

/** A number or percentage in [0, 1] (alpha, opacity); NaN when unreadable, which every rule treats as failing. */
function fraction(text: string): number {
  const value = text.trim();
  if (value === 'none') return 0; // a missing alpha component (CSS Color 4) renders as 0
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(%?)$/i.exec(value);
  if (!match) return Number.NaN;
  return Math.min(1, Math.max(0, Number(match[1]) / (match[2] ? 100 : 1)));
}

/**
 * The alpha of a computed colour: `transparent`, `rgb(r, g, b)`, `rgba(r, g, b, a)`, or any
 * space-separated form with `/ a` (`color(srgb r g b / a)`, `oklch(…)`, `rgb(r g b / a)`).
 */
export function colorAlpha(color: string): number {
  const value = color.trim().toLowerCase();
  if (value === 'transparent') return 0;
  const body = /^[a-z-]+\((.*)\)$/.exec(value)?.[1];
  if (body === undefined) return Number.NaN;
  const [channels = '', alpha, extra] = body.split('/');
  if (extra !== undefined) return Number.NaN;
  if (alpha !== undefined) return fraction(alpha);
  const commas = channels.split(',');
  if (commas.length === 4) return fraction(commas[3] ?? '');
  return commas.length === 1 || commas.length === 3 ? 1 : Number.NaN;
}

/**
 * How much of an element its filter chain lets through: the product of its `opacity()` steps.
 * An SVG `url()` filter can erase the element as surely as `opacity(0)` and cannot be read here,
 * so it lets nothing through.
 */
export function filterOpacity(filter: string): number {
  if (filter === '' || filter === 'none') return 1;
  if (/url\(/i.test(filter)) return 0;
  let through = 1;
  for (const [, amount = ''] of filter.matchAll(/opacity\(([^)]*)\)/gi))
    through *= amount.trim() ? fraction(amount) : 1;
  return through;
}

/** An element's own opacity times its filter's: what it lets through of what it paints. */
function ownOpacity(style: FillStyle): number {
  return (style.opacity === '' ? 1 : fraction(style.opacity)) * filterOpacity(style.filter);
}

/** `''` is what an engine answers for a property it does not know, and so cannot apply. */
const isSet = (value: string, initial: string) => value !== '' && value !== initial;

/** Clipped or masked: the box may paint nothing at all, whatever its size says. */
function isClipped(style: FillStyle): boolean {
  return (
    isSet(style.clipPath, 'none') ||
    isSet(style.clip, 'auto') ||
    isSet(style.maskImage, 'none') ||
    isSet(style.webkitMaskImage, 'none')
  );
}

const pixels = (width: string) => Number.parseFloat(width);

/** A person sees where the field is by its background or by at least one drawn border side. */
function hasVisibleBox(style: FillStyle): boolean {
  if (colorAlpha(style.backgroundColor) >= MIN_OPACITY) return true;
  return SIDES.some(
    (side) => pixels(style[`border${side}Width`]) > 0 && colorAlpha(style[`border${side}Color`]) >= MIN_OPACITY,
  );
}

/** Why a field may not be filled, or null when it may. Checks cheapest first. */
export function refuseTarget(field: HTMLInputElement, env: FillEnvironment): TargetRefusal | null {
  if (field.type === 'password') return 'password';
  if (!TEXT_TYPES.has(field.type)) return 'not-text';
  if (field.disabled || field.closest('fieldset:disabled')) return 'disabled';
  if (field.readOnly) return 'read-only';
  // Opacity multiplies down the tree: two 0.8 wrappers leave 0.64 of the field showing.
  let opacity = 1;
  for (let node: Element | null = field; node; node = node.parentElement) {
    const style = env.style(node);
    if (style.display === 'none' || (node === field && /^(?:hidden|collapse)$/.test(style.visibility))) return 'hidden';
    if (isClipped(style)) return 'clipped';
    opacity *= ownOpacity(style);
  }
  if (!(opacity >= MIN_OPACITY)) return 'transparent';
  const own = env.style(field);
  // -webkit-text-fill-color paints the text when set, whatever `color` says.
  if (!(opacity * colorAlpha(own.textFillColor || own.color) >= MIN_OPACITY)) return 'invisible-text';
  // Deliberately strict: a borderless field on a transparent background is refused even where a
  // wrapper draws its box; USPS fields (classic and verified) all draw their own border.
  if (!hasVisibleBox(own)) return 'invisible-box';
  const rect = env.rect(field);
  if (rect.width < MIN_WIDTH || rect.height < MIN_HEIGHT) return 'too-small';
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  // A centre outside the viewport cannot be checked for covering, so it is refused too.
  if (x < 0 || y < 0 || x >= env.viewport.width || y >= env.viewport.height) return 'off-screen';
  if (isCovered(field, x, y, env)) return 'covered';
  return null;
}

type Rect = ReturnType<FillEnvironment['rect']>;
const holds = (rect: Rect, x: number, y: number) =>
  x >= rect.left && x < rect.left + rect.width && y >= rect.top && y < rect.top + rect.height;

/** Painted by the element itself (not its children) wherever its box is: replaced content, graphics, its own text. */
function paintsContent(element: Element): boolean {
  if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true; // SVG, MathML
  if (
    /^(?:img|svg|video|canvas|iframe|object|embed|input|textarea|select|button|meter|progress)$/.test(element.localName)
  )
    return true;
  // A custom element or shadow host may paint anything from its shadow tree, which is not searched.
  if (element.localName.includes('-') || element.shadowRoot) return true;
  return [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim());
}

/**
 * How opaque a box is at (x, y), from 0 to 1. Unreadable colours count as opaque. A pseudo box
 * has no rect to read, so any border it draws is taken to lie over the point.
 */
function coverAt(style: FillStyle, rect: Rect | null, x: number, y: number): number {
  const alpha = (color: string) => {
    const value = colorAlpha(color);
    return Number.isNaN(value) ? 1 : value;
  };
  let cover = alpha(style.backgroundColor);
  if (isSet(style.backgroundImage, 'none') || isSet(style.boxShadow, 'none') || isSet(style.backdropFilter, 'none'))
    cover = 1;
  const inset = {
    Top: rect ? y - rect.top : 0,
    Right: rect ? rect.left + rect.width - x : 0,
    Bottom: rect ? rect.top + rect.height - y : 0,
    Left: rect ? x - rect.left : 0,
  };
  for (const side of SIDES) {
    if (inset[side] < pixels(style[`border${side}Width`])) cover = Math.max(cover, alpha(style[`border${side}Color`]));
  }
  return cover;
}

/**
 * Whether anything lies over the field's centre. Hit testing (`elementsFromPoint`) finds what would
 * take the person's click; it skips boxes with `pointer-events: none` and inert ones (checked in
 * Chromium), which still hide the field, so those are looked for among every box at the point.
 */
function isCovered(field: HTMLInputElement, x: number, y: number, env: FillEnvironment): boolean {
  const ownLabel = (node: Element) => [...(field.labels ?? [])].some((label) => label === node || label.contains(node));
  const stack = env.elementsFromPoint(x, y);
  const at = stack.indexOf(field);
  // Above the field only its own label may lie (floating labels): clicking it still reaches the field.
  if (at < 0 || stack.slice(0, at).some((node) => !field.contains(node) && !ownLabel(node))) return true;
  const hitTestable = new Set(stack);
  // Which of the skipped boxes paint above the field cannot be read from the DOM without
  // re-implementing CSS stacking (and any trigger missed would let an overlay through), so every
  // one that paints at the point counts, above or below; USPS pages have none.
  const hides = (style: FillStyle, faintness: number, rect: Rect | null, content: boolean) =>
    !/^(?:hidden|collapse)$/.test(style.visibility) &&
    faintness * (content ? 1 : coverAt(style, rect, x, y)) > 1 - MIN_OPACITY;
  for (const element of field.ownerDocument.querySelectorAll('*')) {
    if (field.contains(element) || ownLabel(element)) continue;
    const rect = env.rect(element);
    if (!holds(rect, x, y)) continue;
    const isAncestor = element.contains(field);
    // What lies between the box and the field's common ancestor fades the box, not the field.
    let faintness = 1;
    for (let node: Element | null = element; node && !node.contains(field); node = node.parentElement) {
      const through = ownOpacity(env.style(node));
      faintness *= Number.isNaN(through) ? 1 : through;
    }
    const inert = element.closest('[inert]') !== null;
    const style = env.style(element);
    if (
      !isAncestor &&
      !hitTestable.has(element) &&
      (inert || style.pointerEvents !== 'auto') &&
      hides(style, faintness, rect, paintsContent(element))
    )
      return true;
    // ::before/::after boxes are never elements of their own, so they are read from the element.
    for (const pseudo of PSEUDOS) {
      const box = env.style(element, pseudo);
      if (/^(?:none|normal|)$/.test(box.content) || box.display === 'none') continue;
      if (!inert && box.pointerEvents === 'auto') continue; // hit-testable: the stack above has it
      const through = ownOpacity(box);
      const text = !/^(?:""|'')$/.test(box.content);
      if (hides(box, faintness * (Number.isNaN(through) ? 1 : through), null, text)) return true;
    }
  }
  return false;
}

/** What the field is for: forgot-password asks for the username (which may be an email). */
export type FillPurpose = 'username' | 'email';

const USERNAME_HINT = /user\s*-?\s*name|username|user\s*id|userid|login|e-?mail|correo|usuario/i;
const EMAIL_HINT = /e-?mail|correo/i;

function hintText(field: HTMLInputElement): string {
  const parts: (string | null | undefined)[] = [
    field.id,
    field.name,
    field.getAttribute('autocomplete'),
    field.placeholder,
    field.getAttribute('aria-label'),
  ];
  for (const label of field.labels ?? []) parts.push(label.textContent);
  const labelledBy = field.getAttribute('aria-labelledby');
  for (const id of labelledBy?.split(/\s+/) ?? []) parts.push(field.ownerDocument.getElementById(id)?.textContent);
  // verified.usps.com wraps each field in a testid'd container with its label (USPS markup as
  // recorded by public sign-in code, B; docs/sources.md).
  parts.push(field.closest('[data-testid^="fr-field-"]')?.querySelector('label')?.textContent);
  return parts.filter(Boolean).join(' ');
}

export function matchesPurpose(field: HTMLInputElement, purpose: FillPurpose): boolean {
  if (purpose === 'email') return field.type === 'email' || EMAIL_HINT.test(hintText(field));
  return USERNAME_HINT.test(hintText(field));
}

export type TargetResult =
  | { target: HTMLInputElement }
  | {
      target: null;
      reason: 'not-usps' | 'not-account-host' | 'not-top-frame' | 'none' | 'ambiguous';
      refusals?: TargetRefusal[];
    };

/**
 * The one field to fill on this page, or why there is none. Fields inside iframes are never
 * candidates: only the top document is searched, and only from the top frame.
 */
export function findFillTarget(doc: Document, purpose: FillPurpose, env: FillEnvironment): TargetResult {
  if (!isGenuineUspsUrl(env.href)) return { target: null, reason: 'not-usps' };
  // Only the account pages have a forgot form; any other usps.com host gets nothing.
  if (!isAccountHost(new URL(env.href).hostname)) return { target: null, reason: 'not-account-host' };
  if (!env.isTopFrame) return { target: null, reason: 'not-top-frame' };
  const candidates = [...doc.querySelectorAll('input')].filter(
    (input) => isTextLikeInput(input) && matchesPurpose(input, purpose),
  );
  const refusals: TargetRefusal[] = [];
  const qualified = candidates.filter((input) => {
    const refusal = refuseTarget(input, env);
    if (refusal) refusals.push(refusal);
    return refusal === null;
  });
  if (qualified.length === 0) return { target: null, reason: 'none', refusals };
  const [target] = qualified;
  if (qualified.length > 1 || !target) return { target: null, reason: 'ambiguous' };
  // A hidden twin of the field (same name or id, or another identifier field in the same form)
  // is a honeypot or a trap: whichever one the page reads, filling would be a guess.
  const twin = candidates.some(
    (other) =>
      other !== target &&
      ((target.name && other.name === target.name) ||
        (target.id && other.id === target.id) ||
        (target.form && other.form === target.form)),
  );
  if (twin) return { target: null, reason: 'ambiguous' };
  return { target };
}
