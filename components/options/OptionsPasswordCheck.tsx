import type { Language } from '@/utils/core/language';
import { PASSWORD_CHECK_OPTION_TEXT } from '@/utils/password-check/strings';

/** The live password check's switch (utils/password-check/): options page only, never the sidebar. */
export function OptionsPasswordCheck({
  value,
  language,
  onChange,
}: {
  value: boolean;
  language: Language;
  onChange: (on: boolean) => void;
}) {
  const text = PASSWORD_CHECK_OPTION_TEXT[language];
  return (
    <div class="ra-field">
      <input
        id="ra-password-check"
        type="checkbox"
        checked={value}
        aria-describedby="ra-password-check-hint"
        onChange={(event) => onChange(event.currentTarget.checked)}
      />{' '}
      <label for="ra-password-check">{text.label}</label>
      <p id="ra-password-check-hint" class="ra-muted">
        {text.hint}
      </p>
    </div>
  );
}
