import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '@/utils/core/language';
import type { Guide } from '@/utils/guides';
import { PAGE_TARGETS, type TargetId } from '@/utils/guides/targets';
import { findTarget } from '@/utils/sidebar/show-me';
import type { SidebarText } from '@/utils/sidebar/strings';
import { LivePasswordRules } from '../password-check/LivePasswordRules';
import { ExternalLink } from '../sidebar/SupportCard';

interface GuidePanelProps {
  guide: Guide;
  language: Language;
  t: SidebarText;
  onShowMe: (target: TargetId) => void;
  /** Rendered right under the summary (spam reminder and follow-up on "emailed" pages). */
  afterSummary?: ComponentChildren;
  /** Rendered after the steps (carried username, except on the forgot pages). */
  afterSteps?: ComponentChildren;
  /** The spam reminder is on screen: steps marked unlessSpamReminder are left out. */
  spamReminderShown?: boolean;
  /** Changes when the sidebar asks for the page to be looked at again (a Show me target had gone). */
  recheck?: number;
  /** The live password check is on: the checklist (USPS's password rules) shows each rule's state. */
  liveCheck?: { carried: string | null };
}

/**
 * The Show me targets of these steps that are on the page now. Looked up in an effect, after
 * the frame that first paints the guide: each look-up asks the browser whether an element is
 * visible, which in the first render would force the page's style to be computed early (with
 * the sidebar just inserted) and cost the guide its first paint; after the frame the answer is
 * cheap. The buttons follow a frame later, and again whenever the guide changes or a recheck
 * is asked for.
 */
function useTargetsOnPage(targets: readonly TargetId[], recheck: number | undefined): ReadonlySet<TargetId> {
  const [onPage, setOnPage] = useState<ReadonlySet<TargetId>>(() => new Set());
  const key = targets.join(' ');
  useEffect(() => {
    setOnPage(new Set(targets.filter((target) => findTarget(target) !== null)));
  }, [key, recheck]);
  return onPage;
}

/** Spanish steps quote USPS's English link names as ("…"): marked as English for screen readers. */
function quotingEnglish(text: string): ComponentChildren {
  return text.split(/(?<=\(")([^"]+)(?="\))/).map((part, i) =>
    i % 2 ? (
      <span lang="en" key={part}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** One situation: what is happening, what to do next, and anything to check against. */
export function GuidePanel({
  guide,
  language,
  t,
  onShowMe,
  afterSummary,
  afterSteps,
  spamReminderShown,
  recheck,
  liveCheck,
}: GuidePanelProps) {
  const text = guide.text[language];
  const steps = spamReminderShown ? text.steps.filter((step) => !step.unlessSpamReminder) : text.steps;
  const targetsOnPage = useTargetsOnPage(
    steps.flatMap((step) => (step.target ? [step.target] : [])),
    recheck,
  );
  return (
    <>
      <section class="ra-section">
        <h3 id="ra-situation-heading">{text.title}</h3>
        <p>{text.summary}</p>
      </section>
      {afterSummary}
      {steps.length > 0 && (
        <section class="ra-section">
          <h3 id="ra-steps-heading">{t('whatToDo')}</h3>
          {text.stepsIntro && <p>{text.stepsIntro}</p>}
          <ol class="ra-steps">
            {steps.map((step) => (
              <li key={step.text}>
                {language === 'en' ? step.text : quotingEnglish(step.text)}
                {/* Offered only while the thing is on the page: USPS pages change under us. */}
                {step.target && targetsOnPage.has(step.target) && (
                  <ShowMeButton target={step.target} language={language} t={t} onShowMe={onShowMe} />
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {afterSteps}
      {text.checklist && (
        <section class="ra-section">
          <h3 id="ra-checklist-heading">{text.checklistHeading}</h3>
          {liveCheck ? (
            <LivePasswordRules rules={text.checklist} language={language} carried={liveCheck.carried} />
          ) : (
            <ul class="ra-checklist">
              {text.checklist.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      {(text.notes || text.links) && (
        <section class="ra-section">
          <h3 id="ra-notes-heading">{t('goodToKnow')}</h3>
          {text.notes?.map((note) => (
            <p key={note}>{note}</p>
          ))}
          {text.links && (
            <ul class="ra-links">
              {text.links.map((link) => (
                <li key={link.href}>
                  <ExternalLink href={link.href} label={link.label} t={t} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}

function ShowMeButton({
  target,
  language,
  t,
  onShowMe,
}: {
  target: TargetId;
  language: Language;
  t: SidebarText;
  onShowMe: (target: TargetId) => void;
}) {
  return (
    <>
      {' '}
      <button
        type="button"
        class="ra-button ra-show-me"
        aria-label={t('showMeLabel', { name: PAGE_TARGETS[target].name[language] })}
        onClick={() => onShowMe(target)}
      >
        {t('showMe')}
      </button>
    </>
  );
}
