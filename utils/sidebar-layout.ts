import type { Settings } from './settings';
import { SIDEBAR_WIDTH_RANGE } from './settings';

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

/** Never more than half the window wide, so the page keeps room even at 1024 px. */
export function effectiveWidth(width: number, viewportWidth: number): number {
  return Math.min(clampWidth(width), Math.floor(viewportWidth / 2));
}

const MARGIN_PROPERTIES = ['margin-left', 'margin-right', 'margin-bottom'] as const;

/**
 * Makes room for the sidebar on the page. Only our own properties are touched, and each is put
 * back to what the page had, so collapsing or removing the sidebar leaves the page as it was.
 */
export class PageMargin {
  private readonly saved = new Map<string, { value: string; priority: string }>();
  constructor(private readonly root: HTMLElement = document.documentElement) {}

  apply(layout: { open: boolean; beside: boolean; side: Settings['side']; width: number; sheetHeight: number }): void {
    const wanted: Partial<Record<(typeof MARGIN_PROPERTIES)[number], string>> = {};
    if (layout.open && layout.beside)
      wanted[layout.side === 'left' ? 'margin-left' : 'margin-right'] = `${layout.width}px`;
    if (layout.open && !layout.beside && layout.sheetHeight > 0) wanted['margin-bottom'] = `${layout.sheetHeight}px`;
    for (const property of MARGIN_PROPERTIES) {
      const value = wanted[property];
      if (value) this.set(property, value);
      else this.restore(property);
    }
  }

  clear(): void {
    for (const property of MARGIN_PROPERTIES) this.restore(property);
  }

  private set(property: string, value: string): void {
    const style = this.root.style;
    if (!this.saved.has(property)) {
      this.saved.set(property, {
        value: style.getPropertyValue(property),
        priority: style.getPropertyPriority(property),
      });
    }
    style.setProperty(property, value, 'important');
  }

  private restore(property: string): void {
    const previous = this.saved.get(property);
    if (!previous) return;
    this.saved.delete(property);
    if (previous.value) this.root.style.setProperty(property, previous.value, previous.priority);
    else this.root.style.removeProperty(property);
  }
}
