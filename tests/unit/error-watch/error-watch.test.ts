import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findNativeBrowser } from '../../../utils/core/native-browser';
import { startErrorWatch } from '../../../utils/error-watch/error-watch';
import { cheapFilter, passesCheapFilter } from '../../../utils/error-watch/filter';
import { ERROR_RULES } from '../../../utils/recognition/error-rules';

/**
 * The watch on a page: it asks for the detector only on a candidate, and otherwise leaves no
 * trace in the extension API (no runtime.onMessage listener: the popup injects the detector).
 */
const filter = cheapFilter(ERROR_RULES);
const api = findNativeBrowser();

function open(url: string, title: string, referrer = '') {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.title = title;
  vi.spyOn(document, 'referrer', 'get').mockReturnValue(referrer);
}

describe('startErrorWatch', () => {
  let sendMessage: ReturnType<typeof vi.fn>;
  let addListener: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    sendMessage = vi.fn(async () => undefined);
    api.runtime.sendMessage = sendMessage as unknown as typeof api.runtime.sendMessage;
    addListener = vi.spyOn(api.runtime.onMessage, 'addListener');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('asks for the detector on an error page known by its address', () => {
    open('https://www.usps.com/root/global/server_responses/anyapp_outage_apology.htm', 'USPS.com® - We’re Sorry');
    startErrorWatch(filter, passesCheapFilter);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'load-detector' });
  });

  it('asks for the detector on an edge block known by its title', () => {
    open('https://tools.usps.com/go/TrackConfirmAction_input', 'Access Denied');
    startErrorWatch(filter, passesCheapFilter);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'load-detector' });
  });

  it('asks for the detector where a recovery journey may end (opened from an account page)', () => {
    open('https://www.usps.com/manage/', 'USPS.com® - Manage', 'https://reg.usps.com/entreg/LoginAction_input');
    startErrorWatch(filter, passesCheapFilter);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'load-detector' });
  });

  it('touches no extension API on an ordinary page, and registers no listener', () => {
    open('https://tools.usps.com/go/TrackConfirmAction?tLabels=9400', 'USPS.com® - USPS Tracking® Results');
    startErrorWatch(filter, passesCheapFilter);
    expect(sendMessage).not.toHaveBeenCalled();
    expect(addListener).not.toHaveBeenCalled();
  });

  it('looks once more on load when the page was still loading, for a title set by script', () => {
    open('https://tools.usps.com/go/TrackConfirmAction', 'USPS Tracking');
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    startErrorWatch(filter, passesCheapFilter);
    expect(sendMessage).not.toHaveBeenCalled();
    document.title = 'Access Denied';
    window.dispatchEvent(new Event('load'));
    expect(sendMessage).toHaveBeenCalledTimes(1);
    // Once only: a later load event does not ask again.
    window.dispatchEvent(new Event('load'));
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
