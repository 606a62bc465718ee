import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectDetector, injectSidebar } from '@/utils/delivery/script-injection';
import type { SidebarPreload } from '@/utils/delivery/sidebar-preload';
import {
  encodeSidebarPreload,
  receiveSidebarPreload,
  SIDEBAR_PRELOAD_NAME,
  takeSidebarPreload,
} from '@/utils/delivery/sidebar-preload';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';

type Injection = {
  target: { tabId: number; frameIds: number[] };
  func?: (...args: unknown[]) => unknown;
  args?: unknown[];
  files?: string[];
  injectImmediately?: boolean;
};

const PRELOAD: SidebarPreload = {
  settings: { settings: DEFAULT_SETTINGS, notice: null, resetFields: [] },
  session: null,
};

describe('the background and popup injections', () => {
  let calls: Injection[];
  const original = fakeBrowser.scripting.executeScript;

  beforeEach(() => {
    calls = [];
    // The fake browser leaves scripting unmocked: record each injection, and run an injected
    // function here, in the test's global, which stands for the tab's isolated world.
    fakeBrowser.scripting.executeScript = vi.fn(async (injection: Injection) => {
      calls.push(injection);
      return [{ frameId: 0, result: injection.func?.(...(injection.args ?? [])) }];
    }) as unknown as typeof fakeBrowser.scripting.executeScript;
  });
  afterEach(() => {
    fakeBrowser.scripting.executeScript = original;
    takeSidebarPreload();
  });

  // By default the browser holds an injection until the page is idle: on a page still loading an
  // image, Chromium's idle comes 200 ms after DOMContentLoaded (README, Performance).
  it('asks every injection to run at once, not when the page is idle', async () => {
    await injectDetector(7, 2);
    await injectSidebar(7, 3, Promise.resolve(PRELOAD));
    expect(calls).toHaveLength(3);
    for (const call of calls) expect(call.injectImmediately).toBe(true);
  });

  it('injects the detector into the frame that asked (the top frame by default)', async () => {
    await injectDetector(7, 2);
    await injectDetector(8);
    expect(calls.map(({ target, files }) => ({ target, files }))).toEqual([
      { target: { tabId: 7, frameIds: [2] }, files: ['/detector.js'] },
      { target: { tabId: 8, frameIds: [0] }, files: ['/detector.js'] },
    ]);
  });

  it('injects the bundle at once and its preload, as text, once read, into the same frame', async () => {
    let read: (preload: SidebarPreload) => void = () => {};
    const injected = injectSidebar(7, 3, new Promise((resolve) => (read = resolve)));
    // The bundle does not wait for the background's read of the preload.
    await Promise.resolve();
    expect(calls.map(({ target, files }) => ({ target, files }))).toEqual([
      { target: { tabId: 7, frameIds: [3] }, files: ['/sidebar.js'] },
    ]);
    read(PRELOAD);
    await injected;
    expect(calls).toHaveLength(2);
    expect(calls[1]?.target).toEqual({ tabId: 7, frameIds: [3] });
    expect(calls[1]?.args).toEqual([SIDEBAR_PRELOAD_NAME, encodeSidebarPreload(PRELOAD)]);
  });

  it('delivers a null preload too, so an older one is never taken for this injection', async () => {
    (globalThis as Record<symbol, unknown>)[Symbol.for(SIDEBAR_PRELOAD_NAME)] = encodeSidebarPreload(PRELOAD);
    await injectSidebar(7, 0, Promise.resolve(null));
    expect(takeSidebarPreload()).toBeNull();
  });

  it('hands over a preload the sidebar takes back whole, whether it comes before the bundle or after', async () => {
    await injectSidebar(7, 0, Promise.resolve(PRELOAD));
    expect(takeSidebarPreload()).toEqual(PRELOAD);
    // The bundle started first and waits (entrypoints/sidebar/index.tsx).
    const received = receiveSidebarPreload();
    await injectSidebar(7, 0, Promise.resolve(PRELOAD));
    expect(await received).toEqual(PRELOAD);
  });
});
