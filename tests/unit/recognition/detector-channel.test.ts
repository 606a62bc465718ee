import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startDetector } from '@/utils/recognition/detector';
import {
  claimSidebar,
  type DetectorChannel,
  findDetectorChannel,
  publishDetectorChannel,
  sidebarPresent,
  whenDetectorChannel,
} from '@/utils/recognition/detector-channel';
import { type Fixture, loadFixturePool, parseFixture } from '../../fixtures/pool';

/**
 * On help pages the manifest runs the sidebar bundle before the detector (utils/delivery/help-pages.ts);
 * elsewhere the background injects it after. Either way the bundle must find the detector's
 * channel exactly once, and only one copy of the bundle may mount.
 */
const KEYS = ['detector-channel', 'waiting-for-channel', 'sidebar-present'].map((name) =>
  Symbol.for(`restore-access.${name}`),
);
const scope = globalThis as Record<symbol, unknown>;
const clear = () => {
  for (const key of KEYS) delete scope[key];
};
beforeEach(clear);
afterEach(clear);

function channel(): DetectorChannel {
  return { current: () => ({ kind: 'sign-in', signals: [] }), subscribe: () => () => {}, helpRequested: () => false };
}

describe('whenDetectorChannel', () => {
  it('calls back at once, before returning, when the detector already published (injected bundle)', () => {
    const published = channel();
    publishDetectorChannel(published);
    const callback = vi.fn();
    whenDetectorChannel(callback);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledWith(published);
  });

  it('calls back once the detector publishes, and only once (bundle declared first)', () => {
    const callback = vi.fn();
    whenDetectorChannel(callback);
    expect(callback).not.toHaveBeenCalled();
    const first = channel();
    publishDetectorChannel(first);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledWith(first);
    publishDetectorChannel(channel());
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('leaves the channel findable, and no waiter behind', () => {
    whenDetectorChannel(() => {});
    const published = channel();
    publishDetectorChannel(published);
    expect(findDetectorChannel()).toBe(published);
    expect(Object.getOwnPropertySymbols(scope)).not.toContain(KEYS[1]);
  });
});

describe('claimSidebar and sidebarPresent', () => {
  it('let the first copy of the bundle mount and no later one', () => {
    expect(sidebarPresent()).toBe(false);
    expect(claimSidebar()).toBe(true);
    expect(sidebarPresent()).toBe(true);
    expect(claimSidebar()).toBe(false);
    expect(claimSidebar()).toBe(false);
    expect(sidebarPresent()).toBe(true);
  });

  it('are independent of the channel', () => {
    publishDetectorChannel(channel());
    expect(sidebarPresent()).toBe(false);
    claimSidebar();
    expect(findDetectorChannel()).toBeDefined();
  });
});

const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

/** Shows a saved page at its true URL in the test's document, with a fresh fake browser. */
function showPage(fixture: Fixture | undefined): void {
  if (!fixture) throw new Error('A fixture the detector tests use is missing from the pool');
  fakeBrowser.reset();
  happyDOM.setURL(fixture.url);
  const page = parseFixture(fixture);
  document.head.replaceWith(document.importNode(page.head, true));
  document.body.replaceWith(document.importNode(page.body, true));
}

function clearPage(): void {
  happyDOM.setURL('http://localhost:3000/');
  document.head.replaceChildren();
  document.body.replaceChildren();
}

describe('the detector on a page that needs help', () => {
  const signIn = loadFixturePool().find(
    (fixture) =>
      fixture.url === 'https://reg.usps.com/entreg/LoginAction_input?app=Phoenix&appURL=https://www.usps.com/',
  );
  let controller: AbortController;

  beforeEach(() => {
    controller = new AbortController();
    showPage(signIn);
  });
  afterEach(() => {
    controller.abort();
    clearPage();
  });

  it('asks the background for the sidebar when no bundle is in the frame (injected on demand)', () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    startDetector(controller.signal);
    expect(findDetectorChannel()?.current().kind).toBe('sign-in');
    expect(send).toHaveBeenCalledWith({ type: 'show-help' });
    // What the popup reads (utils/popup/status.ts).
    expect(findDetectorChannel()?.helpRequested()).toBe(true);
  });

  it('never asks when the manifest ran the bundle first, and hands the waiting bundle its channel', () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    // What entrypoints/sidebar/index.tsx does as the manifest runs it before the detector.
    expect(claimSidebar()).toBe(true);
    const mount = vi.fn();
    whenDetectorChannel(mount);
    startDetector(controller.signal);
    expect(mount).toHaveBeenCalledTimes(1);
    expect(mount.mock.calls[0]?.[0].current().kind).toBe('sign-in');
    expect(send).not.toHaveBeenCalledWith({ type: 'show-help' });
  });
});

describe('the detector on an account page that needs no help', () => {
  const preferences = loadFixturePool().find((fixture) => fixture.id === 'other/preferences-signed-in.html');
  const controller = new AbortController();
  const apiNames = ['browser', 'chrome'] as const;
  const saved = new Map(apiNames.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]));

  afterEach(() => {
    controller.abort();
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
    clearPage();
  });

  it('publishes "other" and never looks up the extension API (its first use builds bindings: script time)', () => {
    showPage(preferences);
    const listen = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const lookups: string[] = [];
    for (const name of apiNames) {
      const value = (globalThis as Record<string, unknown>)[name];
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get: () => {
          lookups.push(name);
          return value;
        },
      });
    }
    startDetector(controller.signal);
    expect(findDetectorChannel()?.current().kind).toBe('other');
    expect(findDetectorChannel()?.helpRequested()).toBe(false);
    expect(lookups).toEqual([]);
    expect(listen).not.toHaveBeenCalled();
  });
});
