import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { GuidePanel } from '@/components/guides/GuidePanel';
import { SpamReminder } from '@/components/spam/SpamReminder';
import type { CarryOverController, CarryOverState } from '@/utils/carry-over/controller';
import { LANGUAGES, type Language } from '@/utils/core/language';
import type { PageKind } from '@/utils/core/page-kinds';
import { GUIDES, type Guide } from '@/utils/guides';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { sidebarText } from '@/utils/sidebar/strings';
import { SPAM_MESSAGES } from '@/utils/spam/strings';

/**
 * The spam reminder (components/spam/SpamReminder.tsx) is the one place that says "inbox, spam or junk,
 * Not spam" wherever USPS emailed the person. A guide that also said it would make people read
 * the same advice twice, the second time under "What to do next".
 */
const EMAILED_KINDS: PageKind[] = ['check-email', 'verify-identity', 'forgot-username', 'forgot-password'];
const SPAM_WORDS: Record<Language, RegExp> = {
  en: /\bspam\b|\bjunk\b|\binbox\b/i,
  es: /\bspam\b|no deseado|bandeja de entrada/i,
};

/** Every sentence a guide shows while the reminder is on screen. */
function shownWithReminder(guide: Guide, language: Language): string[] {
  const text = guide.text[language];
  return [
    text.summary,
    text.stepsIntro ?? '',
    ...text.steps.filter((step) => !step.unlessSpamReminder).map((step) => step.text),
    ...(text.notes ?? []),
  ];
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+/)
    .map((sentence) => sentence.trim().toLowerCase())
    .filter((sentence) => sentence.length > 12);
}

describe('spam advice is said once, by the reminder', () => {
  it.each(EMAILED_KINDS.flatMap((kind) => LANGUAGES.map((language) => ({ kind, language }))))(
    '$kind ($language) does not repeat the reminder while it is shown',
    ({ kind, language }) => {
      const t = SPAM_MESSAGES[language];
      const reminder = [t.spamInbox, t.spamNotSpam, t.spamWait].flatMap(sentences);
      for (const line of shownWithReminder(GUIDES[kind as Exclude<PageKind, 'error'>], language)) {
        expect(line, `${kind} ${language}`).not.toMatch(SPAM_WORDS[language]);
        for (const sentence of sentences(line)) expect(reminder, `${kind} ${language}`).not.toContain(sentence);
      }
    },
  );

  it('the guides of emailed pages keep what is their own: where the email went, the instructions, sending again', () => {
    const steps = GUIDES['check-email'].text.en;
    expect(steps.summary).toMatch(/email address you gave USPS/);
    expect(steps.steps.map((step) => step.text).join(' ')).toMatch(/Follow the instructions.*send it again/);
  });

  it('forgot username says "look in spam" only while the reminder is not on screen', () => {
    const host = document.createElement('div');
    const panel = (spamReminderShown: boolean) =>
      h(GuidePanel, {
        guide: GUIDES['forgot-username'],
        language: 'en',
        t: sidebarText('en'),
        onShowMe: () => {},
        spamReminderShown,
      });
    render(panel(false), host);
    expect(host.textContent).toMatch(/spam or junk folder/);
    render(panel(true), host);
    expect(host.textContent).not.toMatch(/spam|junk|inbox/i);
    expect(host.textContent).toContain('USPS emails your username to that address.');
    render(null, host);
  });

  it('the reminder tells the sidebar whether it is on screen', () => {
    const state = { kind: 'check-email', carried: null, journey: null, notice: null, prefill: { state: 'idle' } };
    const controller = {
      getState: () => ({ ...state, settings: DEFAULT_SETTINGS }) as unknown as CarryOverState,
      subscribe: () => () => {},
      noteEmailed: () => {},
    } as unknown as CarryOverController;
    const seen: boolean[] = [];
    const host = document.createElement('div');
    act(() => {
      render(h(SpamReminder, { lang: 'en', controller, onShownChange: (shown) => seen.push(shown) }), host);
    });
    expect(host.textContent).toContain(SPAM_MESSAGES.en.spamInbox);
    expect(seen.at(-1)).toBe(true);
    render(null, host);
  });
});
