import { isAccountUrl } from '../core/account-hosts';
import { servePasswordCheckSlots } from './channel';
import { checkPassword, type PasswordCheck, USPS_RULES } from './checker';
import { findNewPasswordFields } from './fields';
import { LIVE_CHECK_TEXT } from './strings';
import { drawLiveView, type LiveView } from './view';

/**
 * The live password check: the ONE place the extension reads a password field. On an
 * account host only, and only the page's NEW password and its re-type (utils/password-check/fields.ts;
 * never a sign-in password), it reads their values on each input event in one of them (or in the
 * sign-up username field), checks them in memory and keeps only the met / not-met states
 * (`PasswordCheck`). Nothing else derived from what was typed leaves `checkTyped`: no storage, no
 * message, no DOM but the states, no log. Listens only while the sidebar offers a place for the
 * list (the option is on, the page is a new-password or sign-up page).
 * Returns false, and reads nothing, off the account hosts (or when already running in this frame).
 */
export function startPasswordCheck(doc: Document, href: string): boolean {
  if (!isAccountUrl(href)) return false;
  // States only: kept so a redrawn list (language changed) shows them again without reading.
  let latest: PasswordCheck | null = null;
  let stopServing: (() => void) | undefined;

  return servePasswordCheckSlots((slot) => {
    stopServing?.();
    const view: LiveView = drawLiveView(slot.container, slot.rules, USPS_RULES.symbols, LIVE_CHECK_TEXT[slot.language]);

    const checkTyped = (event: Event) => {
      const fields = findNewPasswordFields(doc);
      const { target } = event;
      if (target === null || ![fields.password, fields.retype, fields.username].includes(target as HTMLInputElement)) {
        return;
      }
      const username = slot.carried ?? fields.username?.value ?? null;
      latest = checkPassword(fields.password?.value ?? '', fields.retype?.value ?? '', username);
      view.show(latest);
    };
    const summarizeOnLeave = (event: Event) => {
      if (latest && event.target === findNewPasswordFields(doc).password) view.summarize(latest);
    };
    doc.addEventListener('input', checkTyped, true);
    doc.addEventListener('focusout', summarizeOnLeave, true);
    view.show(latest);
    slot.shown();

    stopServing = slot.stop = () => {
      doc.removeEventListener('input', checkTyped, true);
      doc.removeEventListener('focusout', summarizeOnLeave, true);
      view.remove();
      stopServing = undefined;
    };
  });
}
