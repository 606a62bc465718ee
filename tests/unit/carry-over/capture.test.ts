import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findUsernameField, startCapture } from '@/utils/carry-over/capture';

const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;
const SIGN_IN_URL = 'https://reg.usps.com/entreg/LoginAction_input?app=Phoenix';

/** happy-dom marks every dispatched event untrusted, as a browser does; real typing is trusted. */
function trusted<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function type(field: HTMLInputElement, value: string, isTrusted = true) {
  field.value = value;
  const event = new Event('input', { bubbles: true });
  field.dispatchEvent(isTrusted ? trusted(event) : event);
}

const CLASSIC = `<form name="loginForm"><input type="text" id="username" maxlength="50">
  <input type="password" id="password"><a id="forgot-password-link" href="#fp">Forgot your password?</a>
  <button type="submit" id="btn-submit">Sign In</button></form>`;

describe('findUsernameField', () => {
  it('finds the classic #username', () => {
    document.body.innerHTML = CLASSIC;
    expect(findUsernameField(document)?.id).toBe('username');
  });

  it('finds the verified.usps.com first callback field', () => {
    document.body.innerHTML = `<div data-testid="fr-field-callback_1"><label>User Name</label><input id="idToken1" type="text"></div>
      <div data-testid="fr-field-callback_2"><label>Password</label><input id="idToken2" type="password"></div>`;
    expect(findUsernameField(document)?.id).toBe('idToken1');
  });

  it('falls back to the text field before the password field of the same form', () => {
    document.body.innerHTML = `<form><input id="search"></form>
      <form><input type="hidden" name="app"><input id="login" type="email"><input id="pw" type="password"><input id="after"></form>`;
    expect(findUsernameField(document)?.id).toBe('login');
  });

  it('takes nothing from a screen without a password field (the verified.usps.com code screen)', () => {
    document.body.innerHTML = `<div data-testid="fr-field-callback_1"><input id="code" inputmode="numeric"></div>`;
    expect(findUsernameField(document)).toBeNull();
  });

  it('never picks a password field, even one with id="username"', () => {
    document.body.innerHTML = `<form><input id="username" type="password"></form>`;
    expect(findUsernameField(document)).toBeNull();
  });
});

describe('startCapture', () => {
  let captured: string[];
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    happyDOM.setURL(SIGN_IN_URL);
    document.body.innerHTML = CLASSIC;
    captured = [];
    controller = new AbortController();
    startCapture({ doc: document, onCapture: (value) => captured.push(value), signal: controller.signal });
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });
  const username = () => document.getElementById('username') as HTMLInputElement;
  const password = () => document.getElementById('password') as HTMLInputElement;

  it('hands over the exact string once typing pauses', () => {
    type(username(), ' J');
    type(username(), ' Jo.Doe ');
    expect(captured).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(captured).toEqual([' Jo.Doe ']);
  });

  it('hands it over at once when a Forgot link is pressed, before the navigation', () => {
    type(username(), 'Jo.Doe');
    const link = document.getElementById('forgot-password-link') as HTMLAnchorElement;
    link.dispatchEvent(trusted(new Event('pointerdown', { bubbles: true })));
    expect(captured).toEqual(['Jo.Doe']);
    vi.advanceTimersByTime(1000);
    expect(captured).toEqual(['Jo.Doe']);
  });

  it('hands it over on Enter and on submit', () => {
    type(username(), 'Jo.Doe');
    username().dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(captured).toEqual(['Jo.Doe']);
    type(username(), 'Jo.Doe2');
    document.forms[0]?.dispatchEvent(trusted(new Event('submit', { bubbles: true })));
    expect(captured).toEqual(['Jo.Doe', 'Jo.Doe2']);
  });

  it('ignores untrusted events: a page script cannot make it capture', () => {
    type(username(), 'set-by-page', false);
    vi.advanceTimersByTime(1000);
    const link = document.getElementById('forgot-password-link') as HTMLAnchorElement;
    link.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    link.click();
    expect(captured).toEqual([]);
  });

  it('lets no forged activation hand over early what the person is still typing', () => {
    type(username(), 'Jo.D');
    const link = document.getElementById('forgot-password-link') as HTMLAnchorElement;
    link.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    link.click();
    username().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    document.forms[0]?.dispatchEvent(new Event('submit', { bubbles: true }));
    window.dispatchEvent(new Event('pagehide'));
    expect(captured).toEqual([]);
    // The person's own typing, once they pause, is still taken as typed.
    type(username(), 'Jo.Doe');
    vi.advanceTimersByTime(300);
    expect(captured).toEqual(['Jo.Doe']);
  });

  it.each([
    'https://www.usps.com/root/global/server_responses/error_404.htm',
    'https://tools.usps.com/go/TrackConfirmAction_input',
    'http://reg.usps.com/entreg/LoginAction_input',
    'https://reg.usps.com.evil.test/entreg/LoginAction_input',
  ])('captures nothing from a sign-in form on %s (not an account host)', (url) => {
    controller.abort();
    happyDOM.setURL(url);
    document.body.innerHTML = CLASSIC;
    controller = new AbortController();
    startCapture({ doc: document, onCapture: (value) => captured.push(value), signal: controller.signal });
    type(username(), 'Jo.Doe');
    document.forms[0]?.dispatchEvent(trusted(new Event('submit', { bubbles: true })));
    vi.advanceTimersByTime(1000);
    expect(captured).toEqual([]);
  });

  it('does not take a value set by a page script after the person typed', () => {
    type(username(), 'Jo.Doe');
    username().value = 'changed-by-page';
    document.forms[0]?.dispatchEvent(trusted(new Event('submit', { bubbles: true })));
    expect(captured).toEqual(['Jo.Doe']);
  });

  it.each([
    ['a right-to-left override', 'evil\u202Egnp.exe'],
    ['a zero-width space', 'Jo\u200BDoe'],
    ['a control character', 'Jo\u0007Doe'],
    ['more than 254 characters', 'x'.repeat(255)],
  ])('refuses %s', (_name, value) => {
    type(username(), value);
    vi.advanceTimersByTime(300);
    expect(captured).toEqual([]);
  });

  it('never reads the value of a password field', () => {
    const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    if (!descriptor?.get) throw new Error('no value getter');
    const original = descriptor.get;
    const readFrom: string[] = [];
    Object.defineProperty(HTMLInputElement.prototype, 'value', {
      ...descriptor,
      get(this: HTMLInputElement) {
        readFrom.push(this.type);
        return original.call(this);
      },
    });
    try {
      // The person types both fields and signs in; a page script also pokes the password field.
      type(username(), 'Jo.Doe');
      const pwEvent = trusted(new Event('input', { bubbles: true }));
      password().dispatchEvent(pwEvent);
      password().dispatchEvent(new Event('input', { bubbles: true }));
      password().dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
      document.forms[0]?.dispatchEvent(trusted(new Event('submit', { bubbles: true })));
      vi.advanceTimersByTime(1000);
      expect(captured).toEqual(['Jo.Doe']);
      expect(readFrom).toContain('text');
      expect(readFrom).not.toContain('password');
    } finally {
      Object.defineProperty(HTMLInputElement.prototype, 'value', descriptor);
    }
  });

  it('stops when aborted', () => {
    controller.abort();
    type(username(), 'Jo.Doe');
    vi.advanceTimersByTime(1000);
    expect(captured).toEqual([]);
  });
});
