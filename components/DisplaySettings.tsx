import type { SidebarMessageKey, SidebarText } from '@/utils/i18n/sidebar';
import { type Settings, SIDEBAR_WIDTH_RANGE, TEXT_SIZES, type TextSize } from '@/utils/settings';
import { stepWidth } from '@/utils/sidebar-layout';

/** Text size, width and side, remembered in the settings. Width buttons work with any input. */
export function DisplaySettings({
  settings,
  onChange,
  t,
}: {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  t: SidebarText;
}) {
  const atMin = settings.width <= SIDEBAR_WIDTH_RANGE.min;
  const atMax = settings.width >= SIDEBAR_WIDTH_RANGE.max;
  return (
    <section class="ra-section ra-display" aria-labelledby="ra-display-heading">
      <h3 id="ra-display-heading">{t('displayHeading')}</h3>
      <p>
        <label for="ra-text-size">{t('textSize')}</label>{' '}
        <select
          id="ra-text-size"
          class="ra-select"
          value={settings.textSize}
          onChange={(event) => onChange({ textSize: event.currentTarget.value as TextSize })}
        >
          {(Object.keys(TEXT_SIZES) as TextSize[]).map((size) => (
            <option key={size} value={size}>
              {t(`textSize.${size}` as SidebarMessageKey)}
            </option>
          ))}
        </select>
      </p>
      <p class="ra-row">
        {/* aria-disabled rather than disabled: the buttons stay reachable with Tab. */}
        <button
          type="button"
          class="ra-button ra-secondary"
          aria-disabled={atMin}
          onClick={() => !atMin && onChange({ width: stepWidth(settings.width, -1) })}
        >
          {t('narrower')}
        </button>
        <button
          type="button"
          class="ra-button ra-secondary"
          aria-disabled={atMax}
          onClick={() => !atMax && onChange({ width: stepWidth(settings.width, 1) })}
        >
          {t('wider')}
        </button>
      </p>
      <p class="ra-hint">{t('widthNow', { width: settings.width })}</p>
      <button
        type="button"
        class="ra-button ra-secondary"
        onClick={() => onChange({ side: settings.side === 'right' ? 'left' : 'right' })}
      >
        {settings.side === 'right' ? t('moveLeft') : t('moveRight')}
      </button>
    </section>
  );
}
