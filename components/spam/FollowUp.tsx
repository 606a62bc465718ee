import { useEffect, useState } from 'preact/hooks';
import { format, type Language } from '@/utils/core/language';
import type { PageKind } from '@/utils/core/page-kinds';
import type { JourneyState } from '@/utils/session/tab-session';
import type { SpamFolder } from '@/utils/spam/spam-folders';
import { SPAM_MESSAGES } from '@/utils/spam/strings';
import { USPS_ACCOUNT_LINKS, USPS_SUPPORT } from '@/utils/usps/support';

interface Props {
  lang: Language;
  kind: PageKind;
  /** When USPS said it emailed the person (journey.emailedAt), ms since epoch. */
  emailedAt: number | null;
  /** settings.followUpMinutes. */
  minutes: number;
  route: JourneyState['route'];
  spamFolder: SpamFolder | null;
  /** Injected in tests; the real clock otherwise. */
  now?: () => number;
}

/** True from `due` on, switching by a timer (no polling). */
function useIsDue(due: number | null, now: () => number): boolean {
  const [isDue, setIsDue] = useState(() => due !== null && now() >= due);
  useEffect(() => {
    if (due === null) return setIsDue(false);
    const remaining = due - now();
    setIsDue(remaining <= 0);
    if (remaining <= 0) return;
    const timer = setTimeout(() => setIsDue(true), remaining);
    return () => clearTimeout(timer);
  }, [due, now]);
  return isDue;
}

/**
 * "Still waiting for the email?": offered once `minutes` have passed since USPS emailed the
 * person. How long USPS emails take is unknown (no official source says), so this only says how
 * long it has been. Phone number: USA.gov (A), via utils/usps/support.ts.
 */
export function FollowUp({ lang, kind, emailedAt, minutes, route, spamFolder, now = Date.now }: Props) {
  const due = emailedAt === null ? null : emailedAt + minutes * 60_000;
  const isDue = useIsDue(due, now);
  if (!isDue) return null;
  const t = SPAM_MESSAGES[lang];
  const intro = minutes === 1 ? t.followUpIntroOne : format(t.followUpIntroMany, { minutes });

  let resend = <>{t.followUpResendCode}</>;
  if (kind !== 'verify-identity' && route === 'password') {
    resend = <a href={USPS_ACCOUNT_LINKS.forgotPassword}>{t.followUpResendPassword}</a>;
  } else if (kind !== 'verify-identity') {
    resend = <a href={USPS_ACCOUNT_LINKS.signIn}>{t.followUpResendUsername}</a>;
  }

  return (
    <section class="ra-section ra-follow-up">
      <h3 id="ra-follow-up-heading">{t.followUpHeading}</h3>
      <p>{intro}</p>
      <ul class="ra-links">
        <li>
          {t.followUpSpam}
          {spamFolder && (
            <>
              {' '}
              <a href={spamFolder.url} target="_blank" rel="noopener noreferrer">
                {format(t.spamOpen, { provider: spamFolder.provider, folder: spamFolder.folder[lang] })} {t.opensNewTab}
              </a>
            </>
          )}
        </li>
        <li>{resend}</li>
        <li>
          <a href={USPS_SUPPORT.phoneTel}>{format(t.followUpCall, { phone: USPS_SUPPORT.phoneDisplay })}</a>
        </li>
      </ul>
    </section>
  );
}
