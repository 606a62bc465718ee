import { describe, expect, it, vi } from 'vitest';
import { type DetectorLoaderEffects, routeDetectorLoad } from '@/utils/background/detector-loader';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

function effects(): DetectorLoaderEffects {
  return { runtimeId: ID, extensionOrigin: ORIGIN, injectDetector: vi.fn(async () => undefined) };
}
const uspsTab = (url = 'https://www.usps.com/', frameId = 0) => ({ id: ID, url, frameId, tab: { id: 7 } });

describe("routeDetectorLoad: the error watch's request for the full detector", () => {
  it('injects the detector into the frame that asked, on a genuine USPS page', async () => {
    const fx = effects();
    expect(await routeDetectorLoad({ type: 'load-detector' }, uspsTab('https://tools.usps.com/go/x', 2), fx)).toBe(
      true,
    );
    expect(fx.injectDetector).toHaveBeenCalledWith(7, 2);
  });

  it.each([
    ['another extension', { ...uspsTab(), id: 'someone-else' }],
    ['a lookalike host', uspsTab('https://usps.com-track.top/')],
    ['plain http', uspsTab('http://www.usps.com/')],
    ['a sender without a tab', { id: ID, url: 'https://www.usps.com/' }],
    ['an extension page', { id: ID, url: `${ORIGIN}popup.html` }],
  ])('ignores the request from %s', (_label, sender) => {
    const fx = effects();
    expect(routeDetectorLoad({ type: 'load-detector' }, sender, fx)).toBeUndefined();
    expect(fx.injectDetector).not.toHaveBeenCalled();
  });

  it.each([
    ['another message', { type: 'show-help' }],
    ['extra fields', { type: 'load-detector', tabId: 3 }],
    ['null', null],
    ['a string', 'load-detector'],
  ])('leaves %s to the other listener', (_label, message) => {
    const fx = effects();
    expect(routeDetectorLoad(message, uspsTab(), fx)).toBeUndefined();
    expect(fx.injectDetector).not.toHaveBeenCalled();
  });
});
