import type { TabStatus } from '../core/messages';
import type { Recognition } from '../core/page-kinds';

/**
 * How the always-on detector hands its result to the sidebar bundle injected later into the
 * same frame. Both run in the extension's isolated world, whose globals the page cannot see, so
 * a page cannot forge or read this channel (unlike DOM events or window messages).
 */
export interface DetectorChannel {
  current(): Recognition;
  /** Called with each new recognition; returns an unsubscribe function. */
  subscribe(listener: (recognition: Recognition) => void): () => void;
  /** Whether the detector has had the sidebar shown in this frame (the popup says so). */
  helpRequested(): boolean;
}

/**
 * The channel's key, `Symbol.for` of this name. The popup reads the channel through
 * `scripting.executeScript`, which runs in the same isolated world (utils/popup/status.ts), so
 * the detector needs no message listener and touches no extension API on pages that need no help.
 */
export const DETECTOR_CHANNEL_NAME = 'restore-access.detector-channel';
const CHANNEL_KEY = Symbol.for(DETECTOR_CHANNEL_NAME);
const WAITING_KEY = Symbol.for('restore-access.waiting-for-channel');
const SIDEBAR_KEY = Symbol.for('restore-access.sidebar-present');

type Scope = Record<symbol, unknown>;
const scope = () => globalThis as Scope;

export function publishDetectorChannel(channel: DetectorChannel): void {
  scope()[CHANNEL_KEY] = channel;
  const waiting = scope()[WAITING_KEY] as ((channel: DetectorChannel) => void) | undefined;
  delete scope()[WAITING_KEY];
  waiting?.(channel);
}

/**
 * The sidebar bundle's way in: at once when the detector already runs in this frame (the bundle
 * was injected by the background), or as soon as it publishes (on help pages the manifest
 * declares the bundle before the detector, wxt.config.ts). One waiter: there is one bundle.
 */
export function whenDetectorChannel(callback: (channel: DetectorChannel) => void): void {
  const channel = findDetectorChannel();
  if (channel) callback(channel);
  else scope()[WAITING_KEY] = callback;
}

/**
 * Called by the sidebar bundle as it starts: true for the first copy in this frame (it mounts),
 * false for any later one (the background may inject it where the manifest already declared
 * it). Once claimed, the detector never asks the background for the bundle.
 */
export function claimSidebar(): boolean {
  if (scope()[SIDEBAR_KEY]) return false;
  scope()[SIDEBAR_KEY] = true;
  return true;
}

export function sidebarPresent(): boolean {
  return scope()[SIDEBAR_KEY] === true;
}

export function findDetectorChannel(): DetectorChannel | undefined {
  return (globalThis as Record<symbol, unknown>)[CHANNEL_KEY] as DetectorChannel | undefined;
}

/**
 * The popup's question to a tab (utils/popup/status.ts), run in its top frame by
 * `scripting.executeScript` in the extension's isolated world, where the detector publishes its
 * channel: the detector answers without a message listener of its own. Self-contained, since the
 * browser sends only its source to the tab; null where no detector runs.
 */
export function readDetectorStatus(channelName: string): TabStatus | null {
  const channel = (globalThis as Record<symbol, unknown>)[Symbol.for(channelName)] as DetectorChannel | undefined;
  if (!channel) return null;
  // Whether the page shows a form with a field: an account page no rule claims that has one is
  // most likely one USPS changed (the popup's "We don't know this USPS page yet").
  const hasForm = [...document.forms].some(
    (form) =>
      (typeof form.checkVisibility !== 'function' || form.checkVisibility({ visibilityProperty: true })) &&
      form.querySelector('input:not([type="hidden"]), select, textarea') !== null,
  );
  return { recognition: channel.current(), sidebarShown: channel.helpRequested(), hasForm };
}
