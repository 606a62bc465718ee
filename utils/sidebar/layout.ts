import type { Settings } from '../settings/settings';
import { SIDEBAR_WIDTH_RANGE } from '../settings/settings';

/**
 * Where the sidebar sits. From 1024 CSS px up it stands beside the page, and the page is moved
 * aside by a margin on <html> so the USPS form is never under it; below that (phones, 400 %
 * zoom) it is a bottom sheet.
 */
export const BESIDE_MIN_WIDTH = 1024;
export const BESIDE_QUERY = `(min-width: ${BESIDE_MIN_WIDTH}px)`;
export const WIDTH_STEP = 40;

export function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return SIDEBAR_WIDTH_RANGE.min;
  return Math.min(SIDEBAR_WIDTH_RANGE.max, Math.max(SIDEBAR_WIDTH_RANGE.min, Math.round(width)));
}

/** One step narrower (-1) or wider (+1), within the allowed range. */
export function stepWidth(width: number, direction: -1 | 1): number {
  return clampWidth(clampWidth(width) + direction * WIDTH_STEP);
}

/**
 * The sidebar's width beside the page, as CSS: never more than half the window (50vw, like
 * innerWidth counting the scrollbar), so the page keeps room even at 1024 px. Left to CSS rather
 * than computed from innerWidth: CSS follows the window as it is resized, and script reads no
 * layout (reading innerWidth forces a costly one on a page not yet laid out).
 */
export function effectiveWidth(width: number): string {
  return `min(${clampWidth(width)}px, 50vw)`;
}

const MARGIN_PROPERTIES = ['margin-left', 'margin-right'] as const;

/**
 * Makes room for the sidebar on the page. Beside the page: a margin on <html>. Under the bottom
 * sheet: padding at the bottom of <body>, as tall as the sheet and added to the page's own
 * padding, so every element of the page, down to the last, can be scrolled above the sheet, and
 * as `scroll-padding-bottom` on <html>, so what gets focus is scrolled above it.
 * Only these properties are touched, and each is put back exactly as the page had it, so
 * collapsing or removing the sidebar leaves the page as it was.
 */
export class PageMargin {
  private readonly saved = new Map<string, { element: HTMLElement; value: string; priority: string }>();
  private ownPadding = 0;
  constructor(
    private readonly root: HTMLElement = document.documentElement,
    private readonly body: () => HTMLElement | null = () => document.body,
  ) {}

  /** `width`: a CSS length (effectiveWidth). */
  apply(layout: { open: boolean; beside: boolean; side: Settings['side']; width: string; sheetHeight: number }): void {
    const side = layout.open && layout.beside ? (layout.side === 'left' ? 'margin-left' : 'margin-right') : null;
    for (const property of MARGIN_PROPERTIES) {
      if (property === side) this.set(this.root, property, layout.width);
      else this.restore(property);
    }
    const body = this.body();
    // Under the sheet, open or collapsed to its tab (sheetHeight is what it covers).
    if (!layout.beside && layout.sheetHeight > 0 && body) {
      if (!this.saved.has('padding-bottom')) {
        // The page's own padding, read once before ours is set; the sheet's height is added to it.
        this.ownPadding = Number.parseFloat(getComputedStyle(body).paddingBottom) || 0;
      }
      this.set(body, 'padding-bottom', `${this.ownPadding + layout.sheetHeight}px`);
      // The browser then scrolls a focused element above the sheet, not merely into the window
      // (WCAG 2.4.11), focus ring included, and Show me centres its target in the part left visible.
      this.set(this.root, 'scroll-padding-bottom', `${layout.sheetHeight + 8}px`);
    } else {
      this.restore('padding-bottom');
      this.restore('scroll-padding-bottom');
    }
  }

  clear(): void {
    for (const property of [...MARGIN_PROPERTIES, 'padding-bottom', 'scroll-padding-bottom']) this.restore(property);
  }

  private save(element: HTMLElement, property: string): void {
    if (this.saved.has(property)) return;
    const style = element.style;
    this.saved.set(property, {
      element,
      value: style.getPropertyValue(property),
      priority: style.getPropertyPriority(property),
    });
  }

  private set(element: HTMLElement, property: string, value: string): void {
    this.save(element, property);
    element.style.setProperty(property, value, 'important');
  }

  private restore(property: string): void {
    const previous = this.saved.get(property);
    if (!previous) return;
    this.saved.delete(property);
    const style = previous.element.style;
    if (previous.value) style.setProperty(property, previous.value, previous.priority);
    else style.removeProperty(property);
  }
}
