import { vi } from 'vitest';
import type { RouterEffects } from '@/utils/background/router';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';

/**
 * The background's effects for routeMessage tests, as mocks that change nothing: no tab is
 * private, settings are the defaults, and a session request fails unless a test gives it an
 * answer. Each test passes only what it is about.
 */
export function fakeRouterEffects(runtimeId: string, overrides: Partial<RouterEffects> = {}): RouterEffects {
  return {
    runtimeId,
    extensionOrigin: `chrome-extension://${runtimeId}/`,
    now: () => 42,
    injectSidebar: vi.fn(async () => undefined),
    openHelp: vi.fn(async () => undefined),
    makePageReport: vi.fn(async () => ({ id: 'report-id' })),
    openFakeSiteHelp: vi.fn(async () => undefined),
    injectPasswordCheck: vi.fn(async () => true),
    isIncognitoTab: vi.fn(async () => false),
    handleSession: vi.fn(async () => {
      throw new Error('not a session test');
    }),
    peekSession: vi.fn(async () => {
      throw new Error('not a session test');
    }),
    forgetAllCarried: vi.fn(async () => 0),
    loadSettings: vi.fn(async () => ({ settings: DEFAULT_SETTINGS, notice: null, resetFields: [], droppedKeys: [] })),
    updateSettings: vi.fn(async () => DEFAULT_SETTINGS),
    ...overrides,
  };
}
