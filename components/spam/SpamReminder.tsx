import { useEffect, useState } from 'preact/hooks';
import type { CarryOverController } from '@/utils/carry-over/controller';
import { format, type Language } from '@/utils/core/language';
import type { PageKind } from '@/utils/core/page-kinds';
import { emailStatus, mayHaveEmailed, spamFolderFor } from '@/utils/spam/spam-folders';
import { SPAM_MESSAGES } from '@/utils/spam/strings';
import { useCarryOverController, useCarryOverState } from '../carry-over/CarryOverHooks';
import { FollowUp } from './FollowUp';

const PAGE_TEXT_LIMIT = 20_000;

function pageText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  // biome-ignore lint/performance/useDomNodeTextContent: only rendered text counts (a hidden template saying "we emailed you" must not).
  return (body.innerText ?? body.textContent ?? '').slice(0, PAGE_TEXT_LIMIT);
}

/** Re-reads the page when single-page screens change (verified.usps.com swaps screens in place). */
function useEmailedOnPage(kind: PageKind, doc: Document): 'sent' | 'offered' | null {
  // Reading the rendered text lays the page out: only where the answer depends on it (a sign-in
  // page never does, and it is where the sidebar's first paint matters most).
  const read = () => emailStatus(kind, kind !== 'check-email' && mayHaveEmailed(kind) ? pageText(doc) : '');
  const [emailed, setEmailed] = useState(read);
  useEffect(() => {
    const check = () => setEmailed(read());
    check();
    if (!mayHaveEmailed(kind) || kind === 'check-email' || !doc.body) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        check();
      }, 250);
    });
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [kind, doc]);
  return emailed;
}

interface Props {
  lang: Language;
  controller?: CarryOverController | null;
  doc?: Document;
  now?: () => number;
  /** Told whether the reminder is on screen, so the guide can leave out its own spam advice. */
  onShownChange?: (shown: boolean) => void;
}

/**
 * Wherever USPS has emailed the person, the first thing the sidebar says: look in the inbox AND
 * the spam or junk folder (USPS emails usernames, codes and links: faq.usps.com article 000006225
 * and "Multifactor Authentication (MFA)", A; docs/sources.md), with a shortcut to
 * the folder when the carried identifier is an address at a well-known provider, and the
 * follow-up once the wait gets long.
 */
export function SpamReminder({ lang, controller: given, doc = document, now, onShownChange }: Props) {
  const controller = useCarryOverController(given);
  const state = useCarryOverState(controller);
  const kind = state?.kind ?? 'other';
  const emailed = useEmailedOnPage(kind, doc);
  // Starts the follow-up clock where the page alone says USPS emailed (a code screen, say); a
  // screen that only offers to send an email starts nothing.
  useEffect(() => {
    if (emailed === 'sent') controller?.noteEmailed(kind);
  }, [emailed, kind, controller]);
  useEffect(() => onShownChange?.(emailed !== null), [emailed, onShownChange]);
  if (!emailed) return null;
  const t = SPAM_MESSAGES[lang];
  const spamFolder = spamFolderFor(state?.carried?.value);
  return (
    <section class="ra-section ra-spam-reminder">
      <h3 id="ra-spam-heading">{t.spamHeading}</h3>
      <ul>
        <li>{emailed === 'sent' ? t.spamInbox : t.spamInboxOffered}</li>
        <li>{t.spamNotSpam}</li>
        <li>{t.spamWait}</li>
      </ul>
      {spamFolder && (
        <p class="ra-links">
          <a href={spamFolder.url} target="_blank" rel="noopener noreferrer">
            {format(t.spamOpen, { provider: spamFolder.provider, folder: spamFolder.folder[lang] })} {t.opensNewTab}
          </a>
        </p>
      )}
      <div aria-live="polite">
        {state && (
          <FollowUp
            lang={lang}
            kind={kind}
            emailedAt={state.journey?.emailedAt ?? null}
            minutes={state.settings.followUpMinutes}
            route={state.journey?.route ?? null}
            spamFolder={spamFolder}
            now={now}
          />
        )}
      </div>
    </section>
  );
}
