import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '@/utils/core/page-kinds';
import { emailStatus, mayHaveEmailed, SPAM_FOLDERS, spamFolderFor, uspsHasEmailed } from '@/utils/spam/spam-folders';

describe('spamFolderFor', () => {
  it.each([
    ['pat@gmail.com', 'https://mail.google.com/mail/u/0/#spam'],
    ['Pat.Doe@GoogleMail.com', 'https://mail.google.com/mail/u/0/#spam'],
    ['pat@outlook.com', 'https://outlook.live.com/mail/0/junkemail'],
    ['pat@hotmail.com', 'https://outlook.live.com/mail/0/junkemail'],
    ['pat@live.com', 'https://outlook.live.com/mail/0/junkemail'],
    ['pat@msn.com', 'https://outlook.live.com/mail/0/junkemail'],
    ['pat@yahoo.com', 'https://mail.yahoo.com/d/folders/6'],
    ['pat@aol.com', 'https://mail.aol.com/d/folders/6'],
    ['pat@icloud.com', 'https://www.icloud.com/mail/'],
    ['pat@me.com', 'https://www.icloud.com/mail/'],
    ['pat@mac.com', 'https://www.icloud.com/mail/'],
    ['pat@proton.me', 'https://mail.proton.me/u/0/spam'],
    ['pat@protonmail.com', 'https://mail.proton.me/u/0/spam'],
  ])('%s → %s', (address, url) => {
    expect(spamFolderFor(address)?.url).toBe(url);
  });

  it.each([
    'pat@gmail.com.evil.test',
    'pat@evilgmail.com',
    'pat@mail.gmail.com',
    'pat@gmail.co',
    'Pat.Doe',
    'gmail.com',
    '@gmail.com',
    'pat@toString',
    'pat@__proto__',
    '',
  ])('gives no shortcut for %s', (identifier) => {
    expect(spamFolderFor(identifier)).toBeNull();
  });

  it('only links to https web-mail pages', () => {
    for (const folder of Object.values(SPAM_FOLDERS)) expect(new URL(folder.url).protocol).toBe('https:');
  });
});

describe('uspsHasEmailed', () => {
  it('is always true on a check-email page', () => {
    expect(uspsHasEmailed('check-email', '')).toBe(true);
  });

  it.each([
    ['verify-identity', 'Enter the code we emailed you.'],
    ['verify-identity', 'How should we verify you? Send Email p****@example.com'],
    ['verify-identity', 'Verify Your Email. Send Email Link'],
    ['forgot-username', 'We have sent your username to the email address on file.'],
    ['forgot-username', "We've sent you an email."],
  ] as const)('%s: "%s"', (kind, text) => {
    expect(uspsHasEmailed(kind, text)).toBe(true);
  });

  it.each([
    ['verify-identity', 'Enter the code we sent by text message to (***) ***-1234.'],
    ['forgot-username', 'Forgot your username? Enter your email address.'],
    ['verify-identity', 'We sent you a text message with a code.'],
    ['sign-in', 'Enter the code we emailed you.'],
    ['other', 'Check your email'],
  ] as const)('not on %s: "%s"', (kind, text) => {
    expect(uspsHasEmailed(kind, text)).toBe(false);
  });
});

describe('emailStatus: sent, or only offered', () => {
  it.each([
    ['check-email', '', 'sent'],
    ['verify-identity', 'Enter the code we emailed you.', 'sent'],
    ['forgot-username', "We've sent you an email.", 'sent'],
    ['verify-identity', 'How should we verify you? Send Email p****@example.com', 'offered'],
    ['verify-identity', 'Verify Your Email. Send Email Link', 'offered'],
    ['verify-identity', 'Enter the code we sent by text message.', null],
    ['sign-in', 'Enter the code we emailed you.', null],
  ] as const)('%s: "%s" is %s', (kind, text, expected) => {
    expect(emailStatus(kind, text)).toBe(expected);
  });
});

describe('mayHaveEmailed: whether the page text is worth reading at all', () => {
  const EMAILING_KINDS = ['check-email', 'verify-identity', 'forgot-username', 'forgot-password'];

  it.each(PAGE_KINDS)('%s', (kind) => {
    expect(mayHaveEmailed(kind)).toBe(EMAILING_KINDS.includes(kind));
  });

  it('where it is false, emailStatus says null whatever the page says (so skipping the read loses nothing)', () => {
    const phrases = fc.constantFrom(
      'Enter the code we emailed you.',
      "We've sent you an email.",
      'Check your email',
      'Send Email p****@example.com',
      'Verify Your Email',
      '',
    );
    const text = fc.array(fc.oneof(phrases, fc.string()), { maxLength: 4 }).map((parts) => parts.join(' '));
    const kind = fc.constantFrom(...PAGE_KINDS.filter((candidate) => !mayHaveEmailed(candidate)));
    fc.assert(
      fc.property(kind, text, (quiet, pageText) => {
        expect(emailStatus(quiet, pageText)).toBeNull();
      }),
    );
  });
});
