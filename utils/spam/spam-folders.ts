import type { PageKind } from '../core/page-kinds';

/**
 * Spam / junk folder shortcuts for the big web-mail providers. These are the providers' own
 * public web-mail addresses (general knowledge of those services), NOT facts about USPS; they
 * are plain links the person may follow: the extension itself never requests them.
 */
export interface SpamFolder {
  provider: string;
  /** What the provider calls the folder. */
  folder: { en: string; es: string };
  url: string;
}

const GMAIL: SpamFolder = {
  provider: 'Gmail',
  folder: { en: 'Spam', es: 'Spam' },
  url: 'https://mail.google.com/mail/u/0/#spam',
};
const OUTLOOK: SpamFolder = {
  provider: 'Outlook.com',
  folder: { en: 'Junk Email', es: 'Correo no deseado' },
  url: 'https://outlook.live.com/mail/0/junkemail',
};
const YAHOO: SpamFolder = {
  provider: 'Yahoo Mail',
  folder: { en: 'Spam', es: 'Spam' },
  url: 'https://mail.yahoo.com/d/folders/6',
};
const AOL: SpamFolder = {
  provider: 'AOL Mail',
  folder: { en: 'Spam', es: 'Spam' },
  url: 'https://mail.aol.com/d/folders/6',
};
const ICLOUD: SpamFolder = {
  provider: 'iCloud Mail',
  folder: { en: 'Junk', es: 'Correo no deseado' },
  url: 'https://www.icloud.com/mail/',
};
const PROTON: SpamFolder = {
  provider: 'Proton Mail',
  folder: { en: 'Spam', es: 'Spam' },
  url: 'https://mail.proton.me/u/0/spam',
};

/** Exact domains only: `gmail.com.evil.test` or `mail.gmail.com` get no shortcut. */
export const SPAM_FOLDERS: Readonly<Record<string, SpamFolder>> = {
  'gmail.com': GMAIL,
  'googlemail.com': GMAIL,
  'outlook.com': OUTLOOK,
  'hotmail.com': OUTLOOK,
  'live.com': OUTLOOK,
  'msn.com': OUTLOOK,
  'yahoo.com': YAHOO,
  'ymail.com': YAHOO,
  'aol.com': AOL,
  'icloud.com': ICLOUD,
  'me.com': ICLOUD,
  'mac.com': ICLOUD,
  'proton.me': PROTON,
  'protonmail.com': PROTON,
  'pm.me': PROTON,
};

/** The spam folder for an email address at a well-known provider, else null. */
export function spamFolderFor(identifier: string | null | undefined): SpamFolder | null {
  if (!identifier) return null;
  const at = identifier.lastIndexOf('@');
  if (at <= 0 || /\s/.test(identifier)) return null;
  const domain = identifier.slice(at + 1).toLowerCase();
  return Object.hasOwn(SPAM_FOLDERS, domain) ? (SPAM_FOLDERS[domain] ?? null) : null;
}

/**
 * Page wording that means USPS has emailed the person, on screens whose kind alone does not say so.
 * Sources: verified.usps.com's code screen, "Enter the code we emailed you." (as recorded by public
 * sign-in code, B); USPS emails the username and codes (faq.usps.com article 000006225 and
 * "Multifactor Authentication (MFA)", A; docs/sources.md). The forgot-username confirmation's
 * wording is not known, so common "we sent you an email" phrasings are matched.
 */
const SENT_TEXT =
  /\bcode we (?:just )?e-?mailed\b|\bwe(?: have|'ve)? (?:e-?mailed (?:you|your username)|sent (?:you )?(?:an? )?e-?mail|sent your username)\b|\bcheck your e-?mail\b/i;

/**
 * Wording of screens where USPS offers to send an email but has not said it sent one yet:
 * "Send Email p****@…" (verification choice) and "Verify Your Email" / "Send Email Link"
 * (verified.usps.com's verification choice, recorded by public sign-in code, B; faq.usps.com
 * "Multifactor Authentication (MFA)", A).
 */
const OFFERED_TEXT = /\bsend e-?mail\b|\bverify your e-?mail\b|\be-?mail link\b/i;

const MAYBE_EMAILED: ReadonlySet<PageKind> = new Set(['verify-identity', 'forgot-username', 'forgot-password']);

/**
 * Whether USPS has emailed the person (`sent`), is offering to (`offered`: the reminder is shown
 * ahead of time, worded as "when USPS emails you", and no follow-up clock starts), or neither.
 */
/** Whether the page's text can matter at all: elsewhere emailStatus answers without reading it. */
export function mayHaveEmailed(kind: PageKind): boolean {
  return kind === 'check-email' || MAYBE_EMAILED.has(kind);
}

export function emailStatus(kind: PageKind, pageText: string): 'sent' | 'offered' | null {
  if (kind === 'check-email') return 'sent';
  if (!MAYBE_EMAILED.has(kind)) return null;
  if (SENT_TEXT.test(pageText)) return 'sent';
  return OFFERED_TEXT.test(pageText) ? 'offered' : null;
}

/** Whether the spam reminder belongs on this page (sent, or about to be). */
export function uspsHasEmailed(kind: PageKind, pageText: string): boolean {
  return emailStatus(kind, pageText) !== null;
}
