import type { Recognition } from './page-kinds';

/**
 * How the always-on detector hands its result to the sidebar bundle injected later into the
 * same frame. Both run in the extension's isolated world, whose globals the page cannot see, so
 * a page cannot forge or read this channel (unlike DOM events or window messages).
 */
export interface DetectorChannel {
  current(): Recognition;
  /** Called with each new recognition; returns an unsubscribe function. */
  subscribe(listener: (recognition: Recognition) => void): () => void;
}

const CHANNEL_KEY = Symbol.for('restore-access.detector-channel');

export function publishDetectorChannel(channel: DetectorChannel): void {
  (globalThis as Record<symbol, unknown>)[CHANNEL_KEY] = channel;
}

export function findDetectorChannel(): DetectorChannel | undefined {
  return (globalThis as Record<symbol, unknown>)[CHANNEL_KEY] as DetectorChannel | undefined;
}
