import { isAccountUrl } from '../core/account-hosts';
import { isTextLikeInput } from './fill-target';
import { validateIdentifier } from './identifier';

/**
 * Remembers what the person types as their username on a sign-in page, so the forgot forms can
 * be filled with it. Rules that keep this safe:
 * - Only the person's own typing counts: only trusted `input` events, and the value is read at
 *   that moment. A value a page script puts in the field is never captured, and the events that
 *   flush the capture (a click on a link, Enter, submit) must be trusted too.
 * - A password field is never chosen and its value is never read: fields are picked by `.type`,
 *   and the value is read only after checking `.type` again (a page could switch it).
 * - Only on USPS's account hosts (`isAccountUrl`): another USPS subdomain's page could dress
 *   itself up as a sign-in form.
 * - The exact string is kept (USPS usernames are case sensitive: faq.usps.com article 000006225, A);
 *   `validateIdentifier` refuses what should not be carried.
 */

/**
 * Classic and portal `#username` (USPS markup, reg.usps.com sign-in page, 2018 and 2022, B);
 * verified.usps.com's first field (its screens as recorded by public sign-in code, B).
 * docs/sources.md has the details.
 */
const USERNAME_SELECTORS = ['#username', '[data-testid="fr-field-callback_1"] input'];

function firstTextInput(doc: Document, selector: string): HTMLInputElement | null {
  for (const element of doc.querySelectorAll(selector)) if (isTextLikeInput(element)) return element;
  return null;
}

/**
 * The username field: a known selector, else the last text or email field before the first
 * password field of the form that holds one.
 */
export function findUsernameField(doc: Document): HTMLInputElement | null {
  // Only a sign-in form has a password field beside the username. verified.usps.com reuses the
  // same field container for the next screen's code ("Enter the code we emailed you."), which
  // must never be taken for a username. Only `.type` is read.
  const inputs = doc.getElementsByTagName('input');
  if (![...inputs].some((input) => input.type === 'password')) return null;
  for (const selector of USERNAME_SELECTORS) {
    const found = firstTextInput(doc, selector);
    if (found) return found;
  }
  for (const form of doc.forms) {
    let candidate: HTMLInputElement | null = null;
    for (const element of form.elements) {
      if (element.localName !== 'input') continue;
      if ((element as HTMLInputElement).type === 'password') return candidate;
      if (isTextLikeInput(element)) candidate = element;
    }
  }
  return null;
}

export interface CaptureOptions {
  doc: Document;
  /** Called with each new valid value; the caller hands it to the background. */
  onCapture(value: string): void;
  signal: AbortSignal;
  /** Quiet time after the last keystroke before the value is handed over. */
  debounceMs?: number;
}

/** Things that navigate or submit when the person activates them. */
const ACTIVATORS = 'a[href], button, input[type="submit"], input[type="image"], [role="button"], [role="link"]';

export function startCapture({ doc, onCapture, signal, debounceMs = 300 }: CaptureOptions): void {
  if (!isAccountUrl(doc.URL)) return;
  let pending: string | null = null;
  let sent: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending === null || pending === sent) return;
    const value = pending;
    pending = null;
    if (!validateIdentifier(value).ok) return;
    sent = value;
    onCapture(value);
  };

  const onInput = (event: Event) => {
    if (!event.isTrusted) return;
    const field = event.target;
    if (!(field instanceof HTMLInputElement) || field !== findUsernameField(doc)) return;
    if (field.type === 'password') return;
    pending = field.value;
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  // Capture phase on the document: runs before the page's own handlers and before the
  // navigation that a link or a submit starts.
  const onActivate = (event: Event) => {
    if (!event.isTrusted || pending === null) return;
    if (event.type === 'keydown') {
      if ((event as KeyboardEvent).key === 'Enter') flush();
    } else if (event.type === 'submit' || (event.target instanceof Element && event.target.closest(ACTIVATORS))) {
      flush();
    }
  };

  const options = { capture: true, signal };
  doc.addEventListener('input', onInput, options);
  for (const type of ['pointerdown', 'click', 'keydown', 'submit']) doc.addEventListener(type, onActivate, options);
  // Leaving the page (e.g. a link opened by the keyboard) also hands over what was typed.
  doc.defaultView?.addEventListener('pagehide', (event) => event.isTrusted && flush(), options);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}
