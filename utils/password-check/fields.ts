/**
 * Which fields of a page the live check may read: the NEW password and its re-type, never a
 * sign-in (current) password. Only fields named here qualify:
 * - USPS's own ids (USPS markup, B: sign-in page 2018, password-expired section: #tPasswordNew,
 *   #tPasswordRetype; registration form 2022: #tPassword, #tPasswordRetype, #tuserName);
 * - otherwise password fields the page itself marks `autocomplete="new-password"` (the first is
 *   the new password, the second its re-type), as on verified.usps.com's screens.
 * The sign-in page's #password, anything marked `current-password`, and the registration form's
 * password-type security answers (#tsecAnswer1…) are never matched.
 */
const NEW_PASSWORD_IDS = ['tPasswordNew', 'tPassword'];
const RETYPE_IDS = ['tPasswordRetype'];
const USERNAME_IDS = ['tuserName'];
const NEW_PASSWORD_MARKED = 'input[type="password"][autocomplete~="new-password" i]';

export interface NewPasswordFields {
  password: HTMLInputElement | null;
  retype: HTMLInputElement | null;
  /** The username typed on the same page (sign-up); read only when no username was carried. */
  username: HTMLInputElement | null;
}

function byId(root: Document, ids: readonly string[]): HTMLInputElement | null {
  for (const id of ids) {
    const element = root.getElementById(id);
    if (element instanceof HTMLInputElement && !isCurrentPassword(element)) return element;
  }
  return null;
}

/** A sign-in (current) password field: never read. */
export function isCurrentPassword(input: HTMLInputElement): boolean {
  return /\bcurrent-password\b/i.test(input.getAttribute('autocomplete') ?? '') || input.id === 'password';
}

/** The new-password fields of this page, found afresh each time (pages swap their forms). */
export function findNewPasswordFields(root: Document): NewPasswordFields {
  const marked = [...root.querySelectorAll<HTMLInputElement>(NEW_PASSWORD_MARKED)].filter(
    (input) => !isCurrentPassword(input),
  );
  return {
    password: byId(root, NEW_PASSWORD_IDS) ?? marked[0] ?? null,
    retype: byId(root, RETYPE_IDS) ?? marked[1] ?? null,
    username: byId(root, USERNAME_IDS),
  };
}
