import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isPageReportId, keepPageReport, takePageReport } from '../../../utils/page-report/store';

describe('page report store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a report under a random id in storage.session, and gives it back once', async () => {
    const id = await keepPageReport('<!doctype html>report');
    expect(isPageReportId(id)).toBe(true);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ [`page-report-${id}`]: '<!doctype html>report' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await takePageReport(id)).toBe('<!doctype html>report');
    expect(await takePageReport(id)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('reads nothing for a missing or malformed id', async () => {
    await keepPageReport('report');
    expect(await takePageReport(null)).toBeNull();
    expect(await takePageReport('tab-1')).toBeNull();
    expect(await takePageReport('../settings')).toBeNull();
  });
});
