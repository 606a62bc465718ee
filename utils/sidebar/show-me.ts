import { PAGE_TARGETS, type PageTarget, type TargetId } from '../guides/targets';
import { isRendered } from '../recognition/page-text';

/**
 * "Show me": find the thing a guide step refers to on the USPS page, scroll to it, move focus to
 * it and outline it for a moment. Everything is looked up fresh each time, because USPS pages
 * change under us; a target that is missing simply is not offered.
 */
const HIGHLIGHT_MS = 2500;
const CLICKABLE = 'a[href], button, [role="button"], [role="link"], input[type="submit"], input[type="button"]';

function firstRendered(elements: Iterable<Element>): HTMLElement | null {
  for (const element of elements) {
    if (element instanceof HTMLElement && isRendered(element)) return element;
  }
  return null;
}

function bySelectors(doc: Document, selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    try {
      const found = firstRendered(doc.querySelectorAll(selector));
      if (found) return found;
    } catch {
      // A selector the browser does not support: try the next.
    }
  }
  return null;
}

function textOf(element: Element): string {
  const text = element instanceof HTMLInputElement ? element.value : (element.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

function byLinkText(doc: Document, pattern: RegExp): HTMLElement | null {
  return firstRendered([...doc.querySelectorAll(CLICKABLE)].filter((element) => pattern.test(textOf(element))));
}

function byLabelText(doc: Document, pattern: RegExp): HTMLElement | null {
  const controls: Element[] = [];
  for (const label of doc.querySelectorAll('label')) {
    if (!pattern.test(textOf(label))) continue;
    // `label.control` covers both `for=` and a nested control.
    const control = label.control ?? (label.htmlFor ? doc.getElementById(label.htmlFor) : label.querySelector('input'));
    if (control) controls.push(control);
  }
  return firstRendered(controls);
}

export function findTarget(id: TargetId, doc: Document = document): HTMLElement | null {
  const target: PageTarget = PAGE_TARGETS[id];
  try {
    return (
      bySelectors(doc, target.selectors) ??
      (target.linkText ? byLinkText(doc, new RegExp(target.linkText, 'i')) : null) ??
      (target.labelText ? byLabelText(doc, new RegExp(target.labelText, 'i')) : null)
    );
  } catch {
    return null;
  }
}

const highlighted = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** Our own outline on the page element, put back exactly as it was afterwards. */
function highlight(element: HTMLElement): void {
  const style = element.style;
  const previousTimer = highlighted.get(element);
  if (previousTimer !== undefined) clearTimeout(previousTimer);
  const saved = {
    outline: style.getPropertyValue('outline'),
    outlinePriority: style.getPropertyPriority('outline'),
    offset: style.getPropertyValue('outline-offset'),
    offsetPriority: style.getPropertyPriority('outline-offset'),
  };
  // Two colours (a dark outline with a light halo) stay visible on any page background.
  style.setProperty('outline', '4px solid #b50909', 'important');
  style.setProperty('outline-offset', '3px', 'important');
  const timer = setTimeout(() => {
    highlighted.delete(element);
    if (saved.outline) style.setProperty('outline', saved.outline, saved.outlinePriority);
    else style.removeProperty('outline');
    if (saved.offset) style.setProperty('outline-offset', saved.offset, saved.offsetPriority);
    else style.removeProperty('outline-offset');
  }, HIGHLIGHT_MS);
  highlighted.set(element, timer);
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Returns false when the target is not on the page (any more). */
export function showTarget(id: TargetId, doc: Document = document): boolean {
  const element = findTarget(id, doc);
  if (!element) return false;
  element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
  highlight(element);
  return true;
}

/**
 * Escape in the sidebar: back to where the person was on the page, or else to the main form
 * field, so keyboard users never land at the top of the document.
 */
export function returnFocusToPage(lastFocused: HTMLElement | null, doc: Document = document): void {
  const candidates = [
    lastFocused,
    findTarget('username-field', doc),
    findTarget('email-field', doc),
    findTarget('code-field', doc),
    firstRendered(doc.querySelectorAll('main input:not([type="hidden"]), form input:not([type="hidden"])')),
  ];
  for (const candidate of candidates) {
    if (!candidate?.isConnected || !isRendered(candidate)) continue;
    candidate.focus();
    if (doc.activeElement === candidate) return;
  }
  const active = doc.activeElement;
  if (active instanceof HTMLElement) active.blur();
}
