/**
 * Mounts UI in an open shadow root on its own host element. Open, so axe and Playwright can
 * check it; `all: initial` on :host so page styles do not leak in. Written by hand rather than
 * WXT's createShadowRootUi, whose content-script context can be torn down by a page that forges
 * WXT's start-up message (wxt-dev/wxt#1752) and which fetches CSS as a web-accessible resource.
 */
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  container: HTMLElement;
  remove(): void;
}

export function createShadowHost(tagName: string, css: string): ShadowHost {
  const host = document.createElement(tagName);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  container.className = 'ra-root';
  root.append(style, container);
  (document.body ?? document.documentElement).append(host);
  return { host, root, container, remove: () => host.remove() };
}
