import type { Recognition } from '../core/page-kinds';
import type { PageReportContext } from './sanitize';

/**
 * How the page report is made in a tab: `page-report-builder.js` (entrypoints/page-report-builder.ts)
 * puts the builder in the extension's isolated world under this symbol, then `buildReportInPage`,
 * injected with `func:`, calls it with the page's address. Both run only when the person asks for
 * a report from the popup, in the top frame of a genuine USPS tab.
 */
export const PAGE_REPORT_BUILDER_NAME = 'restore-access.page-report-builder';

export type PageReportBuilder = (doc: Document, context: PageReportContext) => string;

/**
 * Injected with `func:`, so self-contained. `recognitionJson` is JSON text (Chromium drops null
 * properties from executeScript arguments). Null where the builder is missing.
 */
export function buildReportInPage(builderName: string, version: string, recognitionJson: string): string | null {
  const build = (globalThis as Record<symbol, unknown>)[Symbol.for(builderName)];
  if (typeof build !== 'function') return null;
  const recognition = JSON.parse(recognitionJson) as Recognition | null;
  return (build as PageReportBuilder)(document, { url: location.href, version, recognition });
}
