import { classifySender, type RouterEffects } from './background-router';

export interface DetectorLoaderEffects extends Pick<RouterEffects, 'runtimeId' | 'extensionOrigin'> {
  injectDetector(tabId: number, frameId: number): Promise<unknown>;
}

type Sender = Parameters<typeof classifySender>[0];

/**
 * The error watch's one request: inject the full detector into the frame that asked. Accepted
 * only from a content script in a genuine USPS page (the same sender rules as `show-help`);
 * anything else is left for the other listener, or nobody, to answer.
 */
export function routeDetectorLoad(
  message: unknown,
  sender: Sender,
  effects: DetectorLoaderEffects,
): Promise<true> | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const keys = Object.keys(message);
  if (keys.length !== 1 || (message as { type?: unknown }).type !== 'load-detector') return undefined;
  const origin = classifySender(sender, effects);
  if (origin?.from !== 'content-script') return undefined;
  return effects.injectDetector(origin.tabId, origin.frameId).then(() => true);
}
