import type { PageKind } from '../core/page-kinds';
import type { Settings } from '../settings/settings';
import type { FillPurpose } from './fill-target';
import { isEmailAddress } from './identifier';

/**
 * Filling a forgot form with what the person typed on the sign-in page, and taking it back.
 * The value goes in through the browser's own value setter followed by bubbling `input` and
 * `change` events, the same way a person's typing arrives, so the page's scripts (which enable
 * "Continue" on input, or keep a framework's state) see it. Nothing is ever submitted.
 */

/** Where the carried value goes, and which field it is meant for there. */
export function fillPurposeFor(kind: PageKind, value: string): FillPurpose | null {
  if (kind === 'forgot-password') return 'username';
  // USPS emails the username to the address entered (faq.usps.com article 000006225, A), so only
  // an email address makes sense there.
  if (kind === 'forgot-username' && isEmailAddress(value)) return 'email';
  return null;
}

/** What to do on arriving at a forgot page with something carried. */
export function prefillAction(
  kind: PageKind,
  value: string | null | undefined,
  setting: Settings['prefill'],
): 'fill' | 'ask' | null {
  if (!value || setting === 'off' || !fillPurposeFor(kind, value)) return null;
  return setting === 'ask' ? 'ask' : 'fill';
}

const nativeValueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;

function setValueAsTyped(field: HTMLInputElement, value: string): void {
  if (!nativeValueSetter) throw new Error('No native value setter');
  nativeValueSetter.call(field, value);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: value }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** What we put into which field, so it can be undone or cleared if the person has not changed it. */
export interface FillRecord {
  field: HTMLInputElement;
  value: string;
}

export type FillRefusal = 'not-empty' | 'too-long' | 'password';

/** Fills an EMPTY text field. Never overwrites anything, never touches a password field. */
export function fillField(field: HTMLInputElement, value: string): FillRecord | FillRefusal {
  if (field.type === 'password') return 'password';
  if (field.value !== '') return 'not-empty';
  // Set programmatically, a value may exceed maxlength where typing could not.
  if (field.maxLength > 0 && value.length > field.maxLength) return 'too-long';
  setValueAsTyped(field, value);
  return { field, value };
}

/** True while the field still holds exactly what we filled in. */
export function isUnchanged(record: FillRecord): boolean {
  return record.field.isConnected && record.field.value === record.value;
}

/** Empties the field again (with events), but only if the person has not changed it since. */
export function clearFill(record: FillRecord): boolean {
  if (!isUnchanged(record)) return false;
  setValueAsTyped(record.field, '');
  return true;
}

const BULLETS_LOCAL = '••••';
const BULLETS_DOMAIN = '•••';

function firstCharacters(text: string): string {
  const chars = [...text];
  return chars.slice(0, chars.length > 3 ? 2 : 1).join('');
}

/**
 * Shows only the first characters, so the sidebar can confirm whose username it is without
 * putting it on screen: `john.doe@gmail.com` → `jo••••@gm•••.com`. Fixed bullet counts, so the
 * length is not shown either.
 */
export function maskIdentifier(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0 || !isEmailAddress(value)) return firstCharacters(value) + BULLETS_LOCAL;
  const domain = value.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot > 0 ? domain.slice(dot) : '';
  const name = dot > 0 ? domain.slice(0, dot) : domain;
  return `${firstCharacters(value.slice(0, at))}${BULLETS_LOCAL}@${firstCharacters(name)}${BULLETS_DOMAIN}${tld}`;
}
