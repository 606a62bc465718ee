import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CarryOver } from '@/components/carry-over/CarryOver';
import { FollowUp } from '@/components/spam/FollowUp';
import { SpamReminder } from '@/components/spam/SpamReminder';
import type { CarryOverController, CarryOverState } from '@/utils/carry-over/controller';
import type { PageKind } from '@/utils/core/page-kinds';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { spamFolderFor } from '@/utils/spam/spam-folders';

const T0 = 1_700_000_000_000;

/** Just enough of the controller for rendering: a fixed state. */
function controllerWith(kind: PageKind, value: string | null, emailedAt: number | null = null) {
  const state: CarryOverState = {
    kind,
    carried: value === null ? null : { value, capturedAt: T0 },
    journey: {
      reached: [],
      current: null,
      route: 'password',
      startedAt: T0,
      successShown: false,
      emailedAt,
      emailedOn: null,
      lastKind: null,
    },
    notice: null,
    prefill: { state: 'idle' },
    settings: DEFAULT_SETTINGS,
  };
  return { getState: () => state, subscribe: () => () => {}, noteEmailed: vi.fn() } as unknown as CarryOverController;
}

let host: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<main><h1>Account</h1></main>';
  // Detached, as the real sidebar lives in a shadow root: its own words are not page text.
  host = document.createElement('div');
});
afterEach(() => {
  render(null, host);
  vi.useRealTimers();
});

describe('SpamReminder', () => {
  it('on check-email: inbox, spam or junk, "Not spam", a few minutes, and the Gmail spam folder link', () => {
    render(h(SpamReminder, { lang: 'en', controller: controllerWith('check-email', 'pat@gmail.com') }), host);
    const text = host.textContent ?? '';
    expect(text).toContain('spam or junk folder');
    expect(text).toContain('"Not spam"');
    expect(text).toContain('can take a few minutes');
    const link = host.querySelector('a') as HTMLAnchorElement;
    expect(link.href).toBe('https://mail.google.com/mail/u/0/#spam');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
  });

  it('speaks Spanish', () => {
    render(h(SpamReminder, { lang: 'es', controller: controllerWith('check-email', null) }), host);
    expect(host.textContent).toContain('carpeta de spam o correo no deseado');
    expect(host.querySelector('a')).toBeNull();
  });

  it('offers no link for a lookalike or unknown domain', () => {
    render(h(SpamReminder, { lang: 'en', controller: controllerWith('check-email', 'pat@gmail.com.evil.test') }), host);
    expect(host.querySelector('a')).toBeNull();
  });

  it('shows on a verification screen only once it says the code was emailed, and starts the follow-up clock then', async () => {
    document.body.insertAdjacentHTML('afterbegin', '<p id="prompt">How should we verify you? Text me</p>');
    vi.useFakeTimers();
    const controller = controllerWith('verify-identity', null);
    act(() => render(h(SpamReminder, { lang: 'en', controller }), host));
    expect(host.textContent).toBe('');
    expect(controller.noteEmailed).not.toHaveBeenCalled();
    (document.getElementById('prompt') as HTMLElement).textContent = 'Enter the code we emailed you.';
    await act(async () => {
      await vi.advanceTimersByTimeAsync(300);
    });
    expect(host.textContent).toContain('spam or junk folder');
    expect(controller.noteEmailed).toHaveBeenCalledWith('verify-identity');
  });

  it('on a screen that only offers to send an email, says "when USPS emails you" and starts no clock', () => {
    document.body.insertAdjacentHTML(
      'afterbegin',
      '<p id="offer">How should we verify you? Send Email p****@example.com</p>',
    );
    const controller = controllerWith('verify-identity', null);
    act(() => render(h(SpamReminder, { lang: 'en', controller }), host));
    expect(host.textContent).toContain('When USPS emails you, look in your inbox');
    expect(host.textContent).not.toContain('USPS has emailed you');
    expect(controller.noteEmailed).not.toHaveBeenCalled();
    document.getElementById('offer')?.remove();
  });

  describe('reads the rendered page text only where it can matter', () => {
    /** Counts reads of document.body.innerText (the read that lays the page out). */
    function countTextReads() {
      const read = vi.fn(() => 'Enter the code we emailed you.');
      Object.defineProperty(document.body, 'innerText', { get: read, configurable: true });
      return read;
    }
    afterEach(() => {
      Reflect.deleteProperty(document.body, 'innerText');
    });

    it.each<PageKind>(['sign-in', 'sign-in-failed', 'sign-up', 'check-email'])('not on %s', (kind) => {
      const read = countTextReads();
      act(() => render(h(SpamReminder, { lang: 'en', controller: controllerWith(kind, null) }), host));
      expect(read).not.toHaveBeenCalled();
    });

    it('on a verification screen, where the text decides', () => {
      const read = countTextReads();
      act(() => render(h(SpamReminder, { lang: 'en', controller: controllerWith('verify-identity', null) }), host));
      expect(read).toHaveBeenCalled();
      expect(host.textContent).toContain('spam or junk folder');
    });
  });

  it('stays away from pages where USPS has not emailed (and starts no follow-up clock)', () => {
    const controller = controllerWith('sign-in-failed', 'pat@gmail.com');
    render(h(SpamReminder, { lang: 'en', controller }), host);
    expect(host.textContent).toBe('');
    expect(controller.noteEmailed).not.toHaveBeenCalled();
  });
});

describe('FollowUp', () => {
  const props = {
    lang: 'en' as const,
    kind: 'check-email' as const,
    minutes: 10,
    route: 'password' as const,
    spamFolder: spamFolderFor('pat@yahoo.com'),
  };

  it('appears by a timer once followUpMinutes have passed since USPS emailed', () => {
    vi.useFakeTimers({ now: T0 });
    act(() => render(h(FollowUp, { ...props, emailedAt: T0 }), host));
    expect(host.textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(10 * 60_000 - 1);
    });
    expect(host.textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    const text = host.textContent ?? '';
    expect(text).toContain('Still waiting for the email?');
    expect(text).toContain('10 minutes or more');
    const hrefs = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      'https://mail.yahoo.com/d/folders/6',
      'https://reg.usps.com/entreg/ForgotPasswordAction_input',
      'tel:+18002758777',
    ]);
    expect(text).toContain('1-800-ASK-USPS');
  });

  it('shows at once when the wait is already over (a reload), and never without emailedAt', () => {
    vi.useFakeTimers({ now: T0 + 11 * 60_000 });
    act(() => render(h(FollowUp, { ...props, emailedAt: T0 }), host));
    expect(host.textContent).toContain('Still waiting');
    act(() => render(h(FollowUp, { ...props, emailedAt: null }), host));
    expect(host.textContent).toBe('');
  });

  it('uses the injected clock and the configured minutes; a code screen says to ask for a new code', () => {
    let now = T0;
    act(() =>
      render(h(FollowUp, { ...props, kind: 'verify-identity', minutes: 1, emailedAt: T0, now: () => now }), host),
    );
    expect(host.textContent).toBe('');
    now = T0 + 60_000;
    act(() =>
      render(h(FollowUp, { ...props, kind: 'verify-identity', minutes: 1, emailedAt: T0 - 1, now: () => now }), host),
    );
    expect(host.textContent).toContain('a minute or more');
    expect(host.textContent).toContain('send the code again');
  });
});

describe('CarryOver', () => {
  it('shows a hostile identifier only masked, as inert text', () => {
    const hostile = '<img src=x onerror=window.__pwned=1>';
    render(h(CarryOver, { lang: 'en', controller: controllerWith('forgot-password', hostile) }), host);
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain('<i••••');
    expect(host.textContent).not.toContain('onerror');
  });
});
