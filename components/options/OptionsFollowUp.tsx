import { useEffect, useState } from 'preact/hooks';
import type { PopupOptionsText } from '@/utils/popup/strings';
import { FOLLOW_UP_MINUTES_RANGE } from '@/utils/settings/settings';

function parseMinutes(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const minutes = Number(text);
  return minutes >= FOLLOW_UP_MINUTES_RANGE.min && minutes <= FOLLOW_UP_MINUTES_RANGE.max ? minutes : null;
}

/** The follow-up delay as a labelled number field, saved when the person leaves it or presses Enter. */
export function OptionsFollowUp({
  value,
  t,
  onChange,
}: {
  value: number;
  t: PopupOptionsText;
  onChange: (minutes: number) => void;
}) {
  const [text, setText] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(String(value));
    setInvalid(false);
  }, [value]);

  const commit = () => {
    const minutes = parseMinutes(text);
    setInvalid(minutes === null);
    if (minutes !== null && minutes !== value) onChange(minutes);
  };

  return (
    <div class="ra-field">
      <label for="ra-follow-up">{t('followUpLabel')}</label>
      <p id="ra-follow-up-hint" class="ra-muted">
        {t('followUpHint', FOLLOW_UP_MINUTES_RANGE)}
      </p>
      <input
        id="ra-follow-up"
        type="number"
        inputMode="numeric"
        min={FOLLOW_UP_MINUTES_RANGE.min}
        max={FOLLOW_UP_MINUTES_RANGE.max}
        step={1}
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'ra-follow-up-hint ra-follow-up-error' : 'ra-follow-up-hint'}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={commit}
      />
      {invalid && (
        <p id="ra-follow-up-error" class="ra-error">
          {t('followUpInvalid', FOLLOW_UP_MINUTES_RANGE)}
        </p>
      )}
    </div>
  );
}
