import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_REPORT_BUILDER_NAME } from '@/utils/page-report/in-page';
import { buildPageReport } from '@/utils/page-report/sanitize';

// Injected by the background only when the person asks for a page report from the popup
// (utils/delivery/script-injection.ts, `makeTabPageReport`): it hands the builder to the
// function injected next, in the extension's isolated world, which the page's scripts cannot see.
export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[Symbol.for(PAGE_REPORT_BUILDER_NAME)] = buildPageReport;
});
