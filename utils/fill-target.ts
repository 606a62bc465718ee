import { isGenuineUspsUrl } from './usps-hosts';

/**
 * Which field on a forgot page may receive the carried username, if any. Filling is the one
 * thing the extension writes into a USPS page, so it only ever fills a field the person can
 * plainly see and reach, on a genuine https USPS page, in the top frame; a page that offers
 * anything ambiguous (two candidates, a hidden twin of the field) gets nothing. Pure over an
 * injected environment, so every rule is unit-tested without a layout engine.
 */
export interface FillEnvironment {
  href: string;
  isTopFrame: boolean;
  viewport: { width: number; height: number };
  rect(element: Element): { left: number; top: number; width: number; height: number };
  style(element: Element): { display: string; visibility: string; opacity: string };
  elementFromPoint(x: number, y: number): Element | null;
}

export function browserEnvironment(win: Window = window): FillEnvironment {
  return {
    href: win.location.href,
    isTopFrame: win.top === win,
    viewport: { width: win.innerWidth, height: win.innerHeight },
    rect: (element) => element.getBoundingClientRect(),
    style: (element) => win.getComputedStyle(element),
    elementFromPoint: (x, y) => win.document.elementFromPoint(x, y),
  };
}

export type TargetRefusal =
  | 'password'
  | 'not-text'
  | 'disabled'
  | 'read-only'
  | 'hidden'
  | 'too-small'
  | 'transparent'
  | 'off-screen'
  | 'covered';

/** Smaller than any real text field: sr-only tricks, 1×1 honeypots. */
const MIN_WIDTH = 20;
const MIN_HEIGHT = 10;
/** The threshold: anything fainter than this is not something a person reads. */
const MIN_OPACITY = 0.7;
const TEXT_TYPES = new Set(['text', 'email']);

/** Only `.type` is read here: a password field's value is never touched (see capture.ts too). */
export function isTextLikeInput(element: Element): element is HTMLInputElement {
  return element.localName === 'input' && TEXT_TYPES.has((element as HTMLInputElement).type);
}

/** Why a field may not be filled, or null when it may. Checks cheapest first. */
export function refuseTarget(field: HTMLInputElement, env: FillEnvironment): TargetRefusal | null {
  if (field.type === 'password') return 'password';
  if (!TEXT_TYPES.has(field.type)) return 'not-text';
  if (field.disabled || field.closest('fieldset:disabled')) return 'disabled';
  if (field.readOnly) return 'read-only';
  for (let node: Element | null = field; node; node = node.parentElement) {
    const style = env.style(node);
    if (style.display === 'none' || (node === field && /^(?:hidden|collapse)$/.test(style.visibility))) return 'hidden';
    const opacity = Number.parseFloat(style.opacity);
    if (Number.isFinite(opacity) && opacity < MIN_OPACITY) return 'transparent';
  }
  const rect = env.rect(field);
  if (rect.width < MIN_WIDTH || rect.height < MIN_HEIGHT) return 'too-small';
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  // A centre outside the viewport cannot be checked for covering, so it is refused too.
  if (x < 0 || y < 0 || x >= env.viewport.width || y >= env.viewport.height) return 'off-screen';
  const hit = env.elementFromPoint(x, y);
  // The field's own label may lie over it (floating labels): clicking it still reaches the field.
  const ownLabel = hit && [...(field.labels ?? [])].some((label) => label === hit || label.contains(hit));
  if (!hit || (hit !== field && !field.contains(hit) && !ownLabel)) return 'covered';
  return null;
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
  // verified.usps.com wraps each field in a testid'd container with its label (USPS-FACTS.md, Pages).
  parts.push(field.closest('[data-testid^="fr-field-"]')?.querySelector('label')?.textContent);
  return parts.filter(Boolean).join(' ');
}

export function matchesPurpose(field: HTMLInputElement, purpose: FillPurpose): boolean {
  if (purpose === 'email') return field.type === 'email' || EMAIL_HINT.test(hintText(field));
  return USERNAME_HINT.test(hintText(field));
}

export type TargetResult =
  | { target: HTMLInputElement }
  | { target: null; reason: 'not-usps' | 'not-top-frame' | 'none' | 'ambiguous'; refusals?: TargetRefusal[] };

/**
 * The one field to fill on this page, or why there is none. Fields inside iframes are never
 * candidates: only the top document is searched, and only from the top frame.
 */
export function findFillTarget(doc: Document, purpose: FillPurpose, env: FillEnvironment): TargetResult {
  if (!isGenuineUspsUrl(env.href)) return { target: null, reason: 'not-usps' };
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
