import { h, options, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import type { PageKind } from '@/utils/core/page-kinds';
import {
  deliverSidebarPreload,
  dropSidebarPreload,
  encodeSidebarPreload,
  PRELOAD_WAIT_MS,
  receiveSidebarPreload,
  SIDEBAR_PRELOAD_NAME,
  type SidebarPreload,
  takeSidebarPreload,
} from '@/utils/delivery/sidebar-preload';
import type { DetectorChannel } from '@/utils/recognition/detector-channel';
import { handleSessionRequest, peekTabSession } from '@/utils/session/store';
import type { SettingsAnswer } from '@/utils/settings/settings';
import { loadSettings as loadStoredSettings, settingsItem } from '@/utils/settings/store';

// The sidebar's own messaging goes through the background; here the background is the real
// store on the WXT fake browser, reached through these stand-ins for the two clients.
const clients = vi.hoisted(() => ({ loadSettings: vi.fn(), requestSession: vi.fn() }));
vi.mock('@/utils/settings/client', () => ({
  loadSettings: clients.loadSettings,
  updateSettings: vi.fn(async () => ({})),
  watchSettings: () => () => {},
}));
vi.mock('@/utils/session/client', () => ({ requestSession: clients.requestSession }));

const { Sidebar, SidebarRoot } = await import('@/components/sidebar/Sidebar');
const { SidebarState } = await import('@/utils/sidebar/state');

const T0 = 1_700_000_000_000;
const KEY = Symbol.for(SIDEBAR_PRELOAD_NAME);
const scope = globalThis as Record<symbol, unknown>;

/** What the background hands over, read from the real stores as entrypoints/background.ts does. */
async function realPreload(): Promise<SidebarPreload> {
  const { settings, notice, resetFields } = await loadStoredSettings();
  const session = await peekTabSession({ tabId: 7, incognito: false, now: T0 });
  return { settings: { settings, notice, resetFields }, session };
}

beforeEach(() => {
  fakeBrowser.reset();
  delete scope[KEY];
});

describe('reading the session for the preload', () => {
  const context = { tabId: 7, incognito: false, now: T0 };

  it('answers what session:get answers, and writes nothing', async () => {
    await handleSessionRequest(context, { type: 'journey:visit', kind: 'forgot-password' });
    const before = await storage.snapshot('session');
    expect(await peekTabSession(context)).toEqual(await handleSessionRequest(context, { type: 'session:get' }));
    expect(await storage.snapshot('session')).toEqual(before);
  });

  it('leaves an unreadable session for the sidebar, whose own request still reports the reset', async () => {
    await storage.setItem('session:tab-7', '{garbage');
    expect((await peekTabSession(context)).notice).toBe('session-reset');
    expect(await storage.getItem('session:tab-7')).toBe('{garbage');
    const visit = await handleSessionRequest(context, { type: 'journey:visit', kind: 'forgot-password' });
    expect(visit.notice).toBe('session-reset');
  });

  it('never hands over a carried identifier in a private window', async () => {
    await handleSessionRequest(context, { type: 'carry:set', value: 'Pat.Doe' });
    expect((await peekTabSession(context)).carried?.value).toBe('Pat.Doe');
    expect((await peekTabSession({ ...context, incognito: true })).carried).toBeNull();
  });
});

/**
 * What Chromium does to an object passed in `scripting.executeScript`'s args: every property whose
 * value is null is left out, at any depth (seen in Chromium 156; tests/e2e/sidebar.spec.ts checks
 * the real path).
 */
function withoutNullProperties(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNullProperties);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== null)
      .map(([key, field]) => [key, withoutNullProperties(field)]),
  );
}

describe('taking the preload', () => {
  it('accepts what the background reads from the stores, and removes it from the global', async () => {
    const preload = await realPreload();
    scope[KEY] = encodeSidebarPreload(preload);
    expect(takeSidebarPreload()).toEqual(preload);
    expect(KEY in scope).toBe(false);
    expect(takeSidebarPreload()).toBeNull();
  });

  it('travels as text, so the null fields that Chromium leaves out of an object arrive', async () => {
    await handleSessionRequest({ tabId: 7, incognito: false, now: T0 }, { type: 'journey:visit', kind: 'sign-in' });
    const preload = await realPreload();
    expect(preload.settings.notice).toBeNull();
    expect(preload.session?.carried).toBeNull();
    // As an object, the preload would lose them and be refused…
    scope[KEY] = withoutNullProperties(preload);
    expect(takeSidebarPreload()).toBeNull();
    // …as text it passes through unchanged.
    scope[KEY] = withoutNullProperties(encodeSidebarPreload(preload));
    expect(takeSidebarPreload()).toEqual(preload);
  });

  it('keeps a settings-reset notice', async () => {
    await settingsItem.setValue({ side: 'middle', width: 400 });
    const preload = await realPreload();
    expect(preload.settings.notice).toBe('settings-reset');
    scope[KEY] = encodeSidebarPreload(preload);
    expect(takeSidebarPreload()?.settings.resetFields).toEqual(['side']);
  });

  it('accepts no session, as where the manifest declares the bundle (help pages)', async () => {
    await settingsItem.setValue({ side: 'left' });
    const preload: SidebarPreload = { ...(await realPreload()), session: null };
    scope[KEY] = encodeSidebarPreload(preload);
    expect(takeSidebarPreload()).toEqual(preload);
  });

  it.each<[string, (good: SidebarPreload) => unknown]>([
    ['nothing (a failed read in the background)', () => null],
    [
      'settings with a width out of range',
      (good) => ({ ...good, settings: { ...good.settings, settings: { ...good.settings.settings, width: 9999 } } }),
    ],
    [
      'settings with an unknown field',
      (good) => ({ ...good, settings: { ...good.settings, settings: { ...good.settings.settings, theme: 'dark' } } }),
    ],
    [
      'resetFields naming an unknown field',
      (good) => ({ ...good, settings: { ...good.settings, resetFields: ['theme'] } }),
    ],
    ['missing', () => undefined],
    ['not an object', () => 'preload'],
    ['settings without a field', (good) => ({ ...good, settings: { ...good.settings, settings: { side: 'left' } } })],
    [
      'a field of the wrong type',
      (good) => ({ ...good, settings: { ...good.settings, settings: { ...good.settings.settings, width: '400' } } }),
    ],
    ['no resetFields', (good) => ({ ...good, settings: { settings: good.settings.settings, notice: null } })],
    ['an unknown notice', (good) => ({ ...good, settings: { ...good.settings, notice: 'hello' } })],
    ['no session', (good) => ({ settings: good.settings })],
    ['a session without a journey', (good) => ({ ...good, session: { carried: null, notice: null } })],
    [
      'a carried identifier without its time',
      (good) => ({ ...good, session: { ...good.session, carried: { value: 'pat' } } }),
    ],
  ])('refuses %s, and still removes it', async (_label, make) => {
    scope[KEY] = JSON.stringify(make(await realPreload()));
    expect(takeSidebarPreload()).toBeNull();
    expect(KEY in scope).toBe(false);
  });

  it.each<[string, unknown]>([
    ['text that is not JSON', '{"settings":'],
    ['an object rather than text', { settings: {}, session: null }],
    ['nothing at all', undefined],
  ])('refuses %s', (_label, value) => {
    scope[KEY] = value;
    expect(takeSidebarPreload()).toBeNull();
    expect(KEY in scope).toBe(false);
  });
});

describe('an injected bundle receiving its preload', () => {
  const WAITING = Symbol.for(`${SIDEBAR_PRELOAD_NAME}.waiting`);
  afterEach(() => {
    vi.useRealTimers();
    delete scope[WAITING];
  });

  it('takes it at once when it came before the bundle', async () => {
    const preload = await realPreload();
    deliverSidebarPreload(SIDEBAR_PRELOAD_NAME, encodeSidebarPreload(preload));
    expect(await receiveSidebarPreload()).toEqual(preload);
    expect(KEY in scope).toBe(false);
  });

  it('waits for it when the bundle came first, and leaves nothing behind', async () => {
    const preload = await realPreload();
    const received = receiveSidebarPreload();
    deliverSidebarPreload(SIDEBAR_PRELOAD_NAME, encodeSidebarPreload(preload));
    expect(await received).toEqual(preload);
    expect(KEY in scope).toBe(false);
    expect(WAITING in scope).toBe(false);
  });

  it.each<[string, string]>([
    ['a null preload (the background could not read it)', 'null'],
    ['text of the wrong shape', '{"settings":{}}'],
    ['text that is not JSON', '{'],
  ])('answers null for %s, so the sidebar asks the background', async (_label, text) => {
    const received = receiveSidebarPreload();
    deliverSidebarPreload(SIDEBAR_PRELOAD_NAME, text);
    expect(await received).toBeNull();
  });

  it('stops waiting after a while and answers null; a preload coming later is not taken for it', async () => {
    vi.useFakeTimers();
    const received = receiveSidebarPreload();
    let answer: SidebarPreload | null | undefined;
    void received.then((value) => (answer = value));
    await vi.advanceTimersByTimeAsync(PRELOAD_WAIT_MS - 1);
    expect(answer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(answer).toBeNull();
    expect(WAITING in scope).toBe(false);
    vi.useRealTimers();
    // Late: left on the global, where no copy of the bundle that is running will look again.
    deliverSidebarPreload(SIDEBAR_PRELOAD_NAME, encodeSidebarPreload(await realPreload()));
    expect(answer).toBeNull();
  });
});

describe('a copy of the bundle that does not run (the sidebar is already here)', () => {
  const WAITING = Symbol.for(`${SIDEBAR_PRELOAD_NAME}.waiting`);
  afterEach(() => {
    delete scope[WAITING];
    delete scope[KEY];
  });

  it('takes its preload off the global when the preload came first', async () => {
    deliverSidebarPreload(SIDEBAR_PRELOAD_NAME, encodeSidebarPreload(await realPreload()));
    dropSidebarPreload();
    expect(KEY in scope).toBe(false);
  });

  it('takes its preload when it comes after the copy, and leaves nothing behind', async () => {
    dropSidebarPreload();
    deliverSidebarPreload(SIDEBAR_PRELOAD_NAME, encodeSidebarPreload(await realPreload()));
    expect(KEY in scope).toBe(false);
    expect(WAITING in scope).toBe(false);
  });

  it('does not take the place of a running copy still waiting for its own preload', async () => {
    const preload = await realPreload();
    const received = receiveSidebarPreload();
    dropSidebarPreload();
    deliverSidebarPreload(SIDEBAR_PRELOAD_NAME, encodeSidebarPreload(preload));
    expect(await received).toEqual(preload);
  });
});

describe('the sidebar with and without a preload', () => {
  let container: HTMLElement;
  const channelFor = (kind: PageKind): DetectorChannel => ({
    current: () => ({ kind, signals: [] }),
    subscribe: () => () => {},
    helpRequested: () => true,
  });
  const host = () => ({
    onOpenRequest: () => () => {},
    returnFocus: () => {},
    margin: { apply: () => {}, clear: () => {} } as never,
    onFirstShown: vi.fn(),
  });
  /** The sidebar as the bundle mounts it: its state owner reaching the background through the clients. */
  const sidebar = (channel: DetectorChannel, preload: SidebarPreload | null, shown = host()) =>
    h(SidebarRoot, {
      state: new SidebarState(channel, preload, {
        requestSession: clients.requestSession,
        loadSettings: clients.loadSettings,
        watchSettings: () => () => {},
        updateSettings: async () => ({}) as never,
      }),
      carryOver: null,
      host: shown,
    });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    clients.loadSettings.mockReset();
    clients.requestSession.mockReset();
    clients.requestSession.mockImplementation(async (request) =>
      handleSessionRequest({ tabId: 7, incognito: false, now: T0 }, request),
    );
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });

  it('renders its content in the first render with a preload, without asking for the settings', async () => {
    const preload = await realPreload();
    const shown = host();
    await act(() => {
      render(sidebar(channelFor('forgot-password'), preload, shown), container);
      // Before any effect or answer: the content is there in the very first render.
      expect(container.querySelector('aside')).not.toBeNull();
    });
    expect(clients.loadSettings).not.toHaveBeenCalled();
    expect(shown.onFirstShown).toHaveBeenCalledTimes(1);
    // The journey visit is still recorded, as before.
    expect(clients.requestSession).toHaveBeenCalledWith({ type: 'journey:visit', kind: 'forgot-password' });
  });

  it('falls back to asking the background when there is no preload', async () => {
    let answer: (value: SettingsAnswer) => void = () => {};
    clients.loadSettings.mockReturnValue(new Promise<SettingsAnswer>((resolve) => (answer = resolve)));
    await act(() => {
      render(sidebar(channelFor('forgot-password'), null), container);
    });
    expect(container.querySelector('aside')).toBeNull();
    expect(clients.loadSettings).toHaveBeenCalledTimes(1);
    const { settings } = await realPreload();
    await act(() => answer(settings));
    await act(async () => {});
    expect(container.querySelector('aside')).not.toBeNull();
  });

  /** Counts the Sidebar's renders through Preact's public `diffed` hook. */
  function countSidebarRenders(): { count: () => number; stop: () => void } {
    let renders = 0;
    const previous = options.diffed;
    options.diffed = (vnode) => {
      if (vnode.type === Sidebar) renders += 1;
      previous?.(vnode);
    };
    return { count: () => renders, stop: () => (options.diffed = previous) };
  }
  const journeyLine = () => container.querySelector('.ra-journey')?.textContent ?? null;
  /** Until the sidebar's latest request to the background has been answered and rendered. */
  const answered = () =>
    act(async () => {
      await clients.requestSession.mock.results.at(-1)?.value;
    });

  it("shows this page's journey step in the first render, and the visit's answer renders nothing again", async () => {
    const context = { tabId: 7, incognito: false, now: T0 };
    await handleSessionRequest(context, { type: 'journey:visit', kind: 'sign-in' });
    const preload = await realPreload();
    const renders = countSidebarRenders();
    try {
      await act(() => {
        render(sidebar(channelFor('forgot-password'), preload), container);
        // Worked out by the sidebar from the preloaded journey (sign-in) and this page (forgot).
        expect(journeyLine()).toContain('Step 2 of 5');
      });
      await answered();
      expect(clients.requestSession).toHaveBeenCalledWith({ type: 'journey:visit', kind: 'forgot-password' });
      // The background agreed (it recorded the same step): no second render after the first paint.
      expect((await peekTabSession(context)).journey.current).toBe('forgot');
      expect(renders.count()).toBe(1);
      expect(journeyLine()).toContain('Step 2 of 5');
    } finally {
      renders.stop();
    }
  });

  it("takes the background's answer when it differs from what the sidebar worked out", async () => {
    const context = { tabId: 7, incognito: false, now: T0 };
    const preload = await realPreload();
    // Meanwhile (another page of the tab, say) the journey went through sign-in and forgot.
    for (const kind of ['sign-in', 'forgot-password', 'check-email'] as const) {
      await handleSessionRequest(context, { type: 'journey:visit', kind });
    }
    const renders = countSidebarRenders();
    try {
      await act(() => {
        render(sidebar(channelFor('check-email'), preload), container);
        expect(journeyLine()).toContain('Step 3 of 5');
      });
      await answered();
      // The same step, but the steps reached differ: the sidebar renders again with the answer.
      expect((await peekTabSession(context)).journey.reached).toEqual(['sign-in', 'forgot', 'check-email']);
      expect(renders.count()).toBe(2);
      expect(journeyLine()).toContain('Step 3 of 5');
    } finally {
      renders.stop();
    }
  });

  it('without a preloaded journey, shows the step when the visit answers', async () => {
    const preload: SidebarPreload = { ...(await realPreload()), session: null };
    await act(() => {
      render(sidebar(channelFor('forgot-password'), preload), container);
      expect(journeyLine()).toBeNull();
    });
    await answered();
    expect(journeyLine()).toContain('Step 2 of 5');
  });

  it.each<[PageKind, PageKind[]]>([
    ['sign-in', []],
    ['sign-in', ['sign-in']],
    ['account-locked', ['account-locked']],
  ])('decides open or collapsed on %s (collapsed on %j) the same way either way', async (kind, collapsedOn) => {
    await settingsItem.setValue({ collapsedOn });
    const preload = await realPreload();
    const stateOf = () => container.querySelector('aside')?.className.match(/ra-(open|collapsed)/)?.[1];

    await act(() => {
      render(sidebar(channelFor(kind), preload), container);
    });
    const withPreload = stateOf();
    render(null, container);

    clients.loadSettings.mockResolvedValue(preload.settings);
    await act(() => {
      render(sidebar(channelFor(kind), null), container);
    });
    await act(async () => {});
    expect(stateOf()).toBe(withPreload);
    expect(withPreload).toBe(kind === 'sign-in' && collapsedOn.length > 0 ? 'collapsed' : 'open');
  });
});
