import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CarryOverController } from '@/utils/carry-over/controller';
import { FILL_STYLE_PROPERTIES, type FillEnvironment, type FillStyle } from '@/utils/carry-over/fill-target';
import type { SessionRequest } from '@/utils/core/messages';
import type { PageKind, Recognition } from '@/utils/core/page-kinds';
import type { DetectorChannel } from '@/utils/recognition/detector-channel';
import { handleSessionRequest } from '@/utils/session/store';
import { CARRY_TTL_MS } from '@/utils/session/tab-session';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import { SidebarState } from '@/utils/sidebar/state';

const SIGN_IN = `<form name="loginForm"><input id="username"><input id="password" type="password">
  <a id="forgot" href="#forgot">Forgot your password?</a></form>`;
const FORGOT = `<form><label for="fp-username">Username</label><input id="fp-username" name="username">
  <button id="continue" disabled>Continue</button></form>`;

const ENV: FillEnvironment = {
  href: 'https://reg.usps.com/entreg/ForgotPasswordAction_input',
  isTopFrame: true,
  viewport: { width: 1280, height: 800 },
  rect: () => ({ left: 100, top: 100, width: 300, height: 30 }),
  // Every field plainly visible (drawn like USPS's own), and the one at the centre the forgot field.
  style: (_element, pseudo) =>
    ({
      ...Object.fromEntries(Object.keys(FILL_STYLE_PROPERTIES).map((key) => [key, ''])),
      display: 'block',
      visibility: 'visible',
      opacity: '1',
      color: 'rgb(51, 51, 51)',
      backgroundColor: 'rgb(255, 255, 255)',
      pointerEvents: 'auto',
      content: pseudo ? 'none' : 'normal',
    }) as FillStyle,
  elementsFromPoint: () => [...document.querySelectorAll('#fp-username')],
};

function trusted<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const TRUSTED = { isTrusted: true };
const FORGED = { isTrusted: false };

/** A detector channel the test drives, like the isolated-world one in the browser. */
function channel(kind: PageKind) {
  let current: Recognition = { kind, signals: [] };
  const listeners = new Set<(r: Recognition) => void>();
  const api: DetectorChannel & { go(kind: PageKind, html: string): void } = {
    current: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    helpRequested: () => true,
    go(next, html) {
      document.body.innerHTML = html;
      current = { kind: next, signals: [] };
      for (const listener of listeners) listener(current);
    },
  };
  return api;
}

/** The real background store (on WXT's fake browser), for tab 7. */
const background = (request: SessionRequest) =>
  handleSessionRequest({ tabId: 7, incognito: false, now: Date.now() }, request);

function setup(kind: PageKind, settings: Partial<Settings> = {}) {
  const detector = channel(kind);
  // The sidebar's state owner, as the bundle makes it, reaching the real store through `background`.
  const state = new SidebarState(detector, null, {
    requestSession: background,
    loadSettings: async () => ({ settings: { ...DEFAULT_SETTINGS, ...settings }, notice: null, resetFields: [] }),
    watchSettings: () => () => {},
    updateSettings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
  });
  const controller = new CarryOverController({ doc: document, state, environment: () => ENV });
  const stop = new AbortController();
  state.start(stop.signal);
  controller.start(stop.signal);
  return { detector, controller, stop };
}

async function typeOnSignIn(value: string) {
  const field = document.getElementById('username') as HTMLInputElement;
  field.value = value;
  field.dispatchEvent(trusted(new Event('input', { bubbles: true })));
  document.getElementById('forgot')?.dispatchEvent(trusted(new Event('pointerdown', { bubbles: true })));
  await vi.waitFor(async () => expect((await background({ type: 'session:get' })).carried?.value).toBe(value));
}

const forgotField = () => document.getElementById('fp-username') as HTMLInputElement;

const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

describe('carry-over from sign-in to forgot password', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // Capture happens on account hosts only (utils/carry-over/capture.ts).
    happyDOM.setURL('https://reg.usps.com/entreg/LoginAction_input');
    document.body.innerHTML = SIGN_IN;
  });
  let stop: AbortController | undefined;
  afterEach(() => stop?.abort());

  it('fills the forgot form with exactly what was typed, once, and Undo empties it', async () => {
    const run = setup('sign-in');
    stop = run.stop;
    await typeOnSignIn('Pat.Doe');
    run.detector.go('forgot-password', FORGOT);
    await vi.waitFor(() => expect(run.controller.getState().prefill.state).toBe('filled'));
    expect(forgotField().value).toBe('Pat.Doe');

    run.controller.undo(FORGED);
    expect(forgotField().value).toBe('Pat.Doe');
    run.controller.undo(TRUSTED);
    expect(forgotField().value).toBe('');
    expect(run.controller.getState().prefill.state).toBe('undone');
  });

  it('asks first when the setting says so, and only a trusted click fills', async () => {
    const run = setup('sign-in', { prefill: 'ask' });
    stop = run.stop;
    await typeOnSignIn('Pat.Doe');
    run.detector.go('forgot-password', FORGOT);
    await vi.waitFor(() => expect(run.controller.getState().prefill.state).toBe('asking'));
    expect(forgotField().value).toBe('');
    // A page posting look-alike messages or forging clicks changes nothing.
    window.postMessage({ type: 'carry:set', value: 'evil' }, '*');
    window.postMessage('restore-access:sidebar:wxt:content-script-started', '*');
    await run.controller.fillNow(FORGED);
    expect(forgotField().value).toBe('');
    await run.controller.fillNow(TRUSTED);
    expect(forgotField().value).toBe('Pat.Doe');
  });

  it('fills nothing when Fill is pressed after what was typed expired, however long the question sat open', async () => {
    const run = setup('sign-in', { prefill: 'ask' });
    stop = run.stop;
    await typeOnSignIn('Pat.Doe');
    run.detector.go('forgot-password', FORGOT);
    await vi.waitFor(() => expect(run.controller.getState().prefill.state).toBe('asking'));
    // The sidebar still remembers the value; the background, asked at the moment of filling, does not.
    expect(run.controller.getState().carried?.value).toBe('Pat.Doe');
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + CARRY_TTL_MS + 1000 });
    try {
      await run.controller.fillNow(TRUSTED);
    } finally {
      vi.useRealTimers();
    }
    expect(forgotField().value).toBe('');
    expect(run.controller.getState().prefill.state).toBe('expired');
    expect(run.controller.getState().carried).toBeNull();
  });

  it('never fills when the setting is off', async () => {
    const run = setup('sign-in', { prefill: 'off' });
    stop = run.stop;
    await typeOnSignIn('Pat.Doe');
    run.detector.go('forgot-password', FORGOT);
    await run.controller.settled();
    expect(run.controller.getState().carried?.value).toBe('Pat.Doe');
    expect(run.controller.getState().prefill.state).toBe('idle');
    expect(forgotField().value).toBe('');
  });

  it('does not fill forgot-username with a username that is not an email address', async () => {
    const run = setup('sign-in');
    stop = run.stop;
    await typeOnSignIn('Pat.Doe');
    run.detector.go('forgot-username', FORGOT.replace('Username', 'Email Address'));
    await run.controller.settled();
    expect(run.controller.getState().journey?.route).toBe('username');
    expect(run.controller.getState().prefill.state).toBe('idle');
    expect(forgotField().value).toBe('');
  });

  it('"Forget it" clears the background and the field we filled', async () => {
    const run = setup('sign-in');
    stop = run.stop;
    await typeOnSignIn('Pat.Doe');
    run.detector.go('forgot-password', FORGOT);
    await vi.waitFor(() => expect(forgotField().value).toBe('Pat.Doe'));
    await run.controller.forget(FORGED);
    expect((await background({ type: 'session:get' })).carried).not.toBeNull();
    await run.controller.forget(TRUSTED);
    expect(forgotField().value).toBe('');
    expect((await background({ type: 'session:get' })).carried).toBeNull();
    expect(run.controller.getState().carried).toBeNull();
  });

  it('leaves a field the person already typed in alone', async () => {
    const run = setup('sign-in');
    stop = run.stop;
    await typeOnSignIn('Pat.Doe');
    run.detector.go('forgot-password', FORGOT.replace('name="username"', 'name="username" value="mine"'));
    await run.controller.settled();
    expect(forgotField().value).toBe('mine');
    expect(run.controller.getState().prefill.state).toBe('left-alone');
  });
});

describe('carry-over controller: the follow-up clock', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = SIGN_IN;
  });
  let stop: AbortController | undefined;
  afterEach(() => {
    stop?.abort();
    vi.useRealTimers();
  });

  it('tells the background when the page says USPS emailed a code, once per screen kind', async () => {
    // Only the clock is faked, so the background's answers still arrive.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_700_000_000_000);
    const run = setup('sign-in');
    stop = run.stop;
    run.detector.go('verify-identity', '<p>Enter the code we emailed you.</p>');
    await run.controller.settled();
    expect(run.controller.getState().journey?.emailedAt).toBeNull();
    run.controller.noteEmailed('verify-identity');
    await run.controller.settled();
    expect(run.controller.getState().journey?.emailedAt).toBe(1_700_000_000_000);
    // A later note for the same screen kind (the code screen after the choice) keeps the first time.
    vi.setSystemTime(1_700_000_300_000);
    run.controller.noteEmailed('verify-identity');
    await run.controller.settled();
    expect((await background({ type: 'session:get' })).journey.emailedAt).toBe(1_700_000_000_000);
  });

  it('ignores a note for a page kind that is no longer on screen', async () => {
    const run = setup('verify-identity');
    stop = run.stop;
    run.detector.go('sign-in', SIGN_IN);
    run.controller.noteEmailed('verify-identity');
    await run.controller.settled();
    expect((await background({ type: 'session:get' })).journey.emailedAt).toBeNull();
  });
});
