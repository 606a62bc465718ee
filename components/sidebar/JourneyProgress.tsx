import { journeyProgress } from '@/utils/session/journey';
import type { JourneyState } from '@/utils/session/tab-session';
import type { SidebarMessageKey, SidebarText } from '@/utils/sidebar/strings';
import { onlyTrusted } from '@/utils/sidebar/trusted-events';

/**
 * "Step x of y" across sign-in → forgot → check email → new password → signed in. Start over
 * resets the tab's journey, so only the person's own press counts (onlyTrusted).
 */
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
  // One line under the panel heading: where the person is, without pushing the guide down.
  return (
    <p class="ra-journey">
      <progress max={of} value={step} aria-hidden="true" /> <span>{t('journeyStep', { step, of, label })}</span>{' '}
      <button type="button" class="ra-button ra-secondary ra-small" onClick={onlyTrusted(onStartOver)}>
        {t('startOver')}
      </button>
    </p>
  );
}
