import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Sidebar } from '@/components/Sidebar';
import { SIDEBAR_HOST_TAG } from '@/utils/detector';
import { findDetectorChannel } from '@/utils/detector-channel';
import { createShadowHost } from '@/utils/shadow-host';
import sidebarCss from './sidebar.css?inline';

const MOUNTED_KEY = Symbol.for('restore-access.sidebar-mounted');

// Injected by the background (scripting.executeScript) only into pages that need help, so the
// UI bundle costs nothing on the pages people visit most. CSS is inlined into the shadow root:
// no web-accessible resources, no fetch.
export default defineUnlistedScript(() => {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[MOUNTED_KEY]) return;
  const channel = findDetectorChannel();
  if (!channel) return;
  scope[MOUNTED_KEY] = true;
  const { container } = createShadowHost(SIDEBAR_HOST_TAG, sidebarCss);
  render(<Sidebar channel={channel} />, container);
});
