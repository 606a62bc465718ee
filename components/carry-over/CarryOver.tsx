import type { CarryOverController } from '@/utils/carry-over/controller';
import { maskIdentifier } from '@/utils/carry-over/prefill';
import { CARRY_OVER_MESSAGES } from '@/utils/carry-over/strings';
import { format, type Language } from '@/utils/core/language';
import { useCarryOverController, useCarryOverState } from './CarryOverHooks';

interface Props {
  lang: Language;
  controller?: CarryOverController | null;
}

/**
 * What the sidebar says about the username carried from the sign-in page: that it was filled
 * in (announced politely, with Undo), the question when the person asked to be asked, and the
 * masked value with "Forget it". The value is only ever shown masked, as text.
 */
export function CarryOver({ lang, controller: given }: Props) {
  const controller = useCarryOverController(given);
  const state = useCarryOverState(controller);
  if (!controller || !state) return null;
  const t = CARRY_OVER_MESSAGES[lang];
  const { carried, prefill, notice } = state;
  const masked = carried ? maskIdentifier(carried.value) : null;
  const isEmail = 'purpose' in prefill && prefill.purpose === 'email';

  let announcement = '';
  if (prefill.state === 'filled') announcement = isEmail ? t.filledEmail : t.filledUsername;
  else if (prefill.state === 'undone') announcement = t.undone;
  else if (prefill.state === 'forgotten') announcement = t.forgotten;
  else if (prefill.state === 'expired') announcement = t.expired;

  return (
    <div class="ra-carry-over">
      {/* Always rendered, so screen readers already watch it when the announcement arrives. */}
      <p class="ra-carry-announcement" aria-live="polite" style={announcement ? undefined : { margin: 0 }}>
        {announcement}
      </p>
      {notice === 'session-reset' && <p class="ra-notice">{t.sessionReset}</p>}
      {prefill.state === 'filled' && (
        <button type="button" class="ra-button" onClick={(event) => controller.undo(event)}>
          {t.undo}
        </button>
      )}
      {prefill.state === 'asking' && masked && (
        <div class="ra-carry-ask">
          <p>{isEmail ? t.askEmail : t.askUsername}</p>
          <div class="ra-row">
            <button type="button" class="ra-button" onClick={(event) => void controller.fillNow(event)}>
              {t.fill}
            </button>
            <button type="button" class="ra-button ra-secondary" onClick={(event) => controller.decline(event)}>
              {t.noThanks}
            </button>
          </div>
        </div>
      )}
      {prefill.state === 'not-filled' && masked && <p>{format(t.notFilled, { masked })}</p>}
      {masked && (
        <section class="ra-section ra-carried">
          <h3 id="ra-carried-heading">{t.heading}</h3>
          <p>{format(t.remembered, { masked })}</p>
          <p>{t.rememberedNote}</p>
          <button type="button" class="ra-button ra-secondary" onClick={(event) => void controller.forget(event)}>
            {t.forget}
          </button>
        </section>
      )}
    </div>
  );
}
