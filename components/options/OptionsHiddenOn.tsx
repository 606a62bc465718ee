import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageKind } from '@/utils/core/page-kinds';
import { describeRecognition, type PopupOptionsText } from '@/utils/popup/strings';

/**
 * The pages where the person collapsed the sidebar (it then stays collapsed there), with a way
 * to undo that from here. Shown only when there are some; after the reset, a confirmation takes
 * the button's place and keyboard focus, so focus is not dropped to the top of the page.
 */
export function OptionsHiddenOn({
  kinds,
  t,
  onReset,
}: {
  kinds: readonly PageKind[];
  t: PopupOptionsText;
  onReset: () => void;
}) {
  const [reset, setReset] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (reset) confirmation.current?.focus();
  }, [reset]);
  if (kinds.length === 0 && !reset) return null;
  return (
    <fieldset class="ra-choice">
      <legend>{t('hiddenOnLegend')}</legend>
      {reset && kinds.length === 0 ? (
        <p ref={confirmation} tabIndex={-1}>
          {t('hiddenOnDone')}
        </p>
      ) : (
        <>
          <p>{t('hiddenOn', { kinds: kinds.map((kind) => describeRecognition(t, kind)).join('; ') })}</p>
          <button
            type="button"
            class="ra-button ra-secondary"
            onClick={() => {
              setReset(true);
              onReset();
            }}
          >
            {t('hiddenOnReset')}
          </button>
        </>
      )}
    </fieldset>
  );
}
