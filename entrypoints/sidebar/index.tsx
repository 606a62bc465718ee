import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startSidebar } from '@/utils/sidebar/start';
import sidebarCss from './sidebar.css?inline';

// The sidebar bundle: declared by the manifest on help pages, injected by the background
// elsewhere (docs/architecture.md, "How the sidebar starts"). An unlisted script, so it carries
// no WXT content-script runtime (whose context posts to the page: wxt-dev/wxt#1752).
export default defineUnlistedScript(() => startSidebar(sidebarCss));
