import { LoadDetectorMessageSchema } from '../core/messages';
import { classifySender, type RouterEffects } from './router';

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
  if (!LoadDetectorMessageSchema.safeParse(message).success) return undefined;
  const origin = classifySender(sender, effects);
  if (origin?.from !== 'content-script') return undefined;
  return effects.injectDetector(origin.tabId, origin.frameId).then(() => true);
}
