import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearFill,
  fillField,
  fillPurposeFor,
  isUnchanged,
  maskIdentifier,
  prefillAction,
} from '@/utils/carry-over/prefill';

describe('fillField', () => {
  beforeEach(() => {
    // Like the forgot page fixture: the page's own script enables Continue only on input events.
    document.body.innerHTML = `<form><input id="username" maxlength="50"><button id="go" disabled>Continue</button></form>`;
    const field = document.getElementById('username') as HTMLInputElement;
    const button = document.getElementById('go') as HTMLButtonElement;
    field.addEventListener('input', () => {
      button.disabled = field.value === '';
    });
  });
  const field = () => document.getElementById('username') as HTMLInputElement;
  const button = () => document.getElementById('go') as HTMLButtonElement;

  it('fills an empty field so the page sees input and change events, exactly as typed', () => {
    const seen: string[] = [];
    field().addEventListener('change', () => seen.push('change'));
    field().addEventListener('input', () => seen.push('input'));
    const record = fillField(field(), ' Pat.Doe ');
    expect(field().value).toBe(' Pat.Doe ');
    expect(seen).toEqual(['input', 'change']);
    expect(button().disabled).toBe(false);
    expect(record).toEqual({ field: field(), value: ' Pat.Doe ' });
  });

  it('never overwrites what is already there', () => {
    field().value = 'typed-by-me';
    expect(fillField(field(), 'Pat.Doe')).toBe('not-empty');
    expect(field().value).toBe('typed-by-me');
  });

  it('refuses a value longer than the field allows, and any password field', () => {
    expect(fillField(field(), 'x'.repeat(51))).toBe('too-long');
    const password = document.createElement('input');
    password.type = 'password';
    expect(fillField(password, 'Pat.Doe')).toBe('password');
    expect(password.value).toBe('');
  });

  it('undo empties the field again with events, only if unchanged', () => {
    const record = fillField(field(), 'Pat.Doe');
    if (typeof record === 'string') throw new Error(record);
    expect(isUnchanged(record)).toBe(true);
    expect(clearFill(record)).toBe(true);
    expect(field().value).toBe('');
    expect(button().disabled).toBe(true);

    const again = fillField(field(), 'Pat.Doe');
    if (typeof again === 'string') throw new Error(again);
    field().value = 'Pat.Doe2';
    expect(clearFill(again)).toBe(false);
    expect(field().value).toBe('Pat.Doe2');
  });
});

describe('when to prefill', () => {
  it('fills the username on forgot-password, and on forgot-username only an email address', () => {
    expect(fillPurposeFor('forgot-password', 'Pat.Doe')).toBe('username');
    expect(fillPurposeFor('forgot-username', 'Pat.Doe')).toBeNull();
    expect(fillPurposeFor('forgot-username', 'pat@example.com')).toBe('email');
    expect(fillPurposeFor('sign-in', 'pat@example.com')).toBeNull();
    expect(fillPurposeFor('check-email', 'pat@example.com')).toBeNull();
  });

  it('follows the prefill setting', () => {
    expect(prefillAction('forgot-password', 'Pat.Doe', 'on')).toBe('fill');
    expect(prefillAction('forgot-password', 'Pat.Doe', 'ask')).toBe('ask');
    expect(prefillAction('forgot-password', 'Pat.Doe', 'off')).toBeNull();
    expect(prefillAction('forgot-password', null, 'on')).toBeNull();
    expect(prefillAction('forgot-username', 'Pat.Doe', 'on')).toBeNull();
  });
});

describe('maskIdentifier', () => {
  it.each([
    ['john.doe@gmail.com', 'jo••••@gm•••.com'],
    ['Pat.Doe', 'Pa••••'],
    ['abc', 'a••••'],
    ['x@mail.example.co.uk', 'x••••@ma•••.uk'],
    ['<img src=x onerror=window.__pwned=1>', '<i••••'],
  ])('%s → %s', (value, masked) => {
    expect(maskIdentifier(value)).toBe(masked);
  });

  it('does not reveal the length', () => {
    expect(maskIdentifier('Pat.Doe').length).toBe(maskIdentifier('Patricia.Doe-Smith').length);
  });
});
