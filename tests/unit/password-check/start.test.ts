import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PASSWORD_RULES } from '@/utils/guides/password-rules';
import { offerPasswordCheckSlot, type PasswordCheckSlot } from '@/utils/password-check/channel';
import { startPasswordCheck } from '@/utils/password-check/start';
import { LIVE_CHECK_TEXT } from '@/utils/password-check/strings';
import { fixtureById } from '../../fixtures/pool';

const ACCOUNT_PAGE = 'https://reg.usps.com/entreg/LoginAction?app=Phoenix';
/** Distinctive, and with a character USPS does not accept (§), which must never be echoed. */
const SECRET = 'Zq7§Distinct-Pw';

function resetChannel() {
  const scope = globalThis as Record<symbol, unknown>;
  delete scope[Symbol.for('restore-access.password-check-slot')];
  delete scope[Symbol.for('restore-access.password-check')];
}

function loadPage(id: string) {
  document.documentElement.innerHTML = fixtureById(id)
    .html.replace(/^[\s\S]*?<html[^>]*>/i, '')
    .replace(/<\/html>[\s\S]*$/i, '');
}

/** Records every read of an input's value (a getter trap), keeping the value working. */
function trapValue(input: HTMLInputElement): { reads: number } {
  const record = { reads: 0 };
  const own = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value') as PropertyDescriptor;
  // happy-dom's own setter reads the value it replaces: not a read by the code under test.
  let setting = false;
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() {
      if (!setting) record.reads += 1;
      return own.get?.call(this);
    },
    set(value: string) {
      setting = true;
      own.set?.call(this, value);
      setting = false;
    },
  });
  return record;
}

/** Types `text` into an empty field, key by key, through the prototype's setter (the trap counts no read). */
function type(input: HTMLInputElement, text: string) {
  let typed = '';
  for (const char of text) {
    typed += char;
    pressKey(input, typed);
  }
}

/** Every slot a test offered, withdrawn after it: the check's listeners go with them. */
const offeredSlots: (() => void)[] = [];

function slot(overrides: Partial<PasswordCheckSlot> = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const shown = { count: 0 };
  const offered: PasswordCheckSlot = {
    container,
    language: 'en',
    rules: PASSWORD_RULES.en.rules,
    carried: null,
    shown: () => {
      shown.count += 1;
    },
    ...overrides,
  };
  const withdraw = offerPasswordCheckSlot(offered);
  offeredSlots.push(withdraw);
  return { offered, container, shown, withdraw };
}

/** One keystroke: the field now holds `text` (one more character than before), one input event. */
function pressKey(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const liveRegion = (container: HTMLElement) => container.querySelector('[role="status"]') as HTMLElement;

beforeEach(resetChannel);
afterEach(() => {
  for (const withdraw of offeredSlots.splice(0)) withdraw();
  resetChannel();
});

describe('the live check reads only a new password, only on an account host (utils/password-check/start.ts)', () => {
  it('off the account hosts it starts nothing and reads no field', () => {
    loadPage('new-password/classic-password-expired.html');
    const trap = trapValue(input('tPasswordNew'));
    const { container, shown } = slot();
    expect(startPasswordCheck(document, 'https://www.usps.com/manage/account.htm')).toBe(false);
    expect(startPasswordCheck(document, 'https://reg.usps.com.evil.example/entreg/LoginAction')).toBe(false);
    expect(startPasswordCheck(document, 'http://reg.usps.com/entreg/LoginAction')).toBe(false);
    type(input('tPasswordNew'), SECRET);
    expect(trap.reads).toBe(0);
    expect(shown.count).toBe(0);
    expect(container.childNodes).toHaveLength(0);
  });

  it("never reads the sign-in page's password field, even typed into or left", () => {
    loadPage('new-password/classic-password-expired.html');
    const signIn = trapValue(input('password'));
    const { container } = slot();
    expect(startPasswordCheck(document, ACCOUNT_PAGE)).toBe(true);
    type(input('password'), SECRET);
    input('password').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    type(input('tPasswordNew'), 'Abc12345');
    type(input('tPasswordRetype'), 'Abc12345');
    expect(signIn.reads).toBe(0);
    expect(container.textContent).toContain('Met:');
  });

  it('reads the new password and its re-type on input, and shows only met / not met', () => {
    loadPage('new-password/classic-password-expired.html');
    const newPassword = trapValue(input('tPasswordNew'));
    const { container, shown } = slot();
    startPasswordCheck(document, ACCOUNT_PAGE);
    expect(shown.count).toBe(1);
    expect(newPassword.reads).toBe(0);
    type(input('tPasswordNew'), SECRET);
    expect(newPassword.reads).toBeGreaterThan(0);
    const items = [...container.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toMatch(/^✓ Met: 8 to 50/);
    expect(items[6]).toMatch(/^✗ Not met: Only these symbols/);
    expect(items[6]).toContain('does not accept');
    // No username known: the username rule says nothing.
    expect(items[4]).toBe(PASSWORD_RULES.en.rules[4]);
    // Nothing of the password is echoed: not the rejected character, not any 4 characters of it.
    const everything = [
      container.textContent ?? '',
      ...[...container.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.value)),
    ].join('\n');
    expect(everything).not.toContain('§');
    for (let i = 0; i + 4 <= SECRET.length; i += 1) expect(everything).not.toContain(SECRET.slice(i, i + 4));
    expect(container.querySelector('.ra-retype')?.textContent).toBe(LIVE_CHECK_TEXT.en.retype.empty);
    type(input('tPasswordRetype'), SECRET);
    expect(container.querySelector('.ra-retype')?.textContent).toBe(LIVE_CHECK_TEXT.en.retype.matches);
  });

  it("compares with the carried username first, else the sign-up form's username field", () => {
    loadPage('sign-up/classic-registration-2022.html');
    type(input('tuserName'), 'HarborLight77');
    const { container, withdraw } = slot({ carried: null });
    startPasswordCheck(document, 'https://reg.usps.com/entreg/RegistrationAction_input?app=GSS');
    type(input('tPassword'), 'HarborLight77');
    expect(container.querySelectorAll('li')[4]?.textContent).toMatch(/^✗ Not met: Not the same/);
    withdraw();
    const carried = slot({ carried: 'SomeoneElse1' });
    type(input('tPassword'), 'x');
    expect(carried.container.querySelectorAll('li')[4]?.textContent).toMatch(/^✓ Met: Not the same/);
  });

  it('stops listening and takes its list down when the sidebar withdraws the slot', () => {
    loadPage('new-password/es-reg-password-expired.html');
    const trap = trapValue(input('tPasswordNew'));
    const { container, withdraw } = slot({ language: 'es', rules: PASSWORD_RULES.es.rules });
    startPasswordCheck(document, 'https://es-reg.usps.com/entreg/LoginAction');
    expect(container.textContent).toContain(LIVE_CHECK_TEXT.es.intro);
    withdraw();
    expect(container.childNodes).toHaveLength(0);
    type(input('tPasswordNew'), SECRET);
    expect(trap.reads).toBe(0);
  });

  it('a second copy of the script in the frame does nothing', () => {
    loadPage('new-password/change-password.html');
    slot();
    expect(startPasswordCheck(document, ACCOUNT_PAGE)).toBe(true);
    expect(startPasswordCheck(document, ACCOUNT_PAGE)).toBe(false);
  });
});

describe('what screen readers hear: no announcement per keystroke', () => {
  it('the live region changes only when all rules become met, when focus leaves the field, and on request', () => {
    loadPage('new-password/change-password.html');
    const { container } = slot();
    startPasswordCheck(document, ACCOUNT_PAGE);
    const region = liveRegion(container);
    const observer = new MutationObserver(() => {});
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    /** What the live region says after `act`, or null when it did not change. */
    const saidAfter = (act: () => void) => {
      observer.takeRecords();
      act();
      return observer.takeRecords().length > 0 ? region.textContent : null;
    };
    const field = input('tPasswordNew');
    const keys = 'abcdefgH1jk';
    const said = [...keys].map((_, i) => saidAfter(() => pressKey(field, keys.slice(0, i + 1))));
    // Silent on every keystroke but the one that makes every rule met (the 9th, "H1").
    expect(said).toEqual([null, null, null, null, null, null, null, null, LIVE_CHECK_TEXT.en.allMet, null, null]);
    const summary = `6 of 6 rules met. ${LIVE_CHECK_TEXT.en.retype.empty}`;
    expect(saidAfter(() => field.dispatchEvent(new FocusEvent('focusout', { bubbles: true })))).toBe(summary);
    expect(saidAfter(() => (container.querySelector('button') as HTMLButtonElement).click())).toBe(summary);
    // Typing in the re-type box says nothing either.
    expect(saidAfter(() => type(input('tPasswordRetype'), 'abc'))).toBeNull();
    observer.disconnect();
  });

  it('the summary names the rules not met', () => {
    loadPage('new-password/change-password.html');
    const { container } = slot({ carried: 'someone' });
    startPasswordCheck(document, ACCOUNT_PAGE);
    type(input('tPasswordNew'), 'aaab');
    (container.querySelector('button') as HTMLButtonElement).click();
    expect(liveRegion(container).textContent).toBe(
      [
        '3 of 7 rules met. Not met:',
        PASSWORD_RULES.en.rules[0],
        PASSWORD_RULES.en.rules[1],
        PASSWORD_RULES.en.rules[3],
        PASSWORD_RULES.en.rules[5],
        LIVE_CHECK_TEXT.en.retype.empty,
      ].join(' '),
    );
  });
});
