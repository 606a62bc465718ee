import type { Recognition } from './page-kinds';

/**
 * Messages between the extension's own parts. Only the extension can send these
 * (runtime.sendMessage / tabs.sendMessage); a page's postMessage never reaches them.
 */
export type BackgroundRequest =
  /** The detector found a page that needs help: inject the sidebar bundle into this frame. */
  | { type: 'show-help' }
  /**
   * An ordinary page reached from a USPS account page: inject the sidebar only if this tab's
   * recovery journey just ended here (signed in), for the "secure your account" checklist.
   */
  | { type: 'show-help-after-journey' }
  /**
   * The error watch (off the account hosts) found a page that may need help: inject the full
   * detector into this frame so it can recognise the page.
   */
  | { type: 'load-detector' };

export type TabRequest =
  /** Keyboard shortcut or popup button: open the sidebar and move focus into it. */
  { type: 'open-sidebar' };

/** What the popup reads from the tab's detector (utils/popup-status.ts, `readDetectorStatus`). */
export interface TabStatus {
  recognition: Recognition;
  sidebarShown: boolean;
}

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  return type === 'show-help' || type === 'show-help-after-journey' || type === 'load-detector';
}

export function isTabRequest(value: unknown): value is TabRequest {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  return type === 'open-sidebar';
}
