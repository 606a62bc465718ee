import type { SidebarMessageKey, SidebarText } from '@/utils/i18n/sidebar';
import { journeyProgress } from '@/utils/journey';
import type { JourneyState } from '@/utils/tab-session';

/** "Step x of y" across sign-in → forgot → check email → new password → signed in. */
export function JourneyProgress({
  journey,
  onStartOver,
  t,
}: {
  journey: JourneyState;
  onStartOver: () => void;
  t: SidebarText;
}) {
  if (journey.current === null) return null;
  const { step, of } = journeyProgress(journey);
  const label = t(`step.${journey.current}` as SidebarMessageKey);
  return (
    <section class="ra-section ra-journey" aria-labelledby="ra-journey-heading">
      <h3 id="ra-journey-heading">{t('journeyHeading')}</h3>
      <p>
        <progress max={of} value={step} aria-hidden="true" /> {t('journeyStep', { step, of, label })}
      </p>
      <button type="button" class="ra-button ra-secondary" onClick={onStartOver}>
        {t('startOver')}
      </button>
    </section>
  );
}
