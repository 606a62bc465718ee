import { useState } from 'preact/hooks';
import { type Settings, SIDEBAR_WIDTH_RANGE, TEXT_SIZES, type TextSize } from '@/utils/settings/settings';
import { stepWidth } from '@/utils/sidebar/layout';
import type { SidebarMessageKey, SidebarText } from '@/utils/sidebar/strings';
import { onlyTrusted } from '@/utils/sidebar/trusted-events';

/**
 * Text size, width and side, remembered in the settings (also on the options page), behind a
 * disclosure button: set once, they need not be built on every page, and leaving them out of
 * the first render saves script time and heap on every help page. Width buttons work with any
 * input, but only the person's own (onlyTrusted): these are saved.
 */
export function DisplaySettings({
  settings,
  onChange,
  t,
}: {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  t: SidebarText;
}) {
  const [expanded, setExpanded] = useState(false);
  return (
    <section class="ra-section ra-display">
      {/* The disclosure pattern: a button inside the heading, so it stays in the headings list. */}
      <h3 id="ra-display-heading">
        <button
          type="button"
          class="ra-disclosure"
          aria-expanded={expanded}
          aria-controls="ra-display-controls"
          onClick={() => setExpanded(!expanded)}
        >
          {t('displayHeading')}
        </button>
      </h3>
      <div id="ra-display-controls" hidden={!expanded}>
        {expanded && <DisplayControls settings={settings} onChange={onChange} t={t} />}
      </div>
    </section>
  );
}

function DisplayControls({
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
    <>
      <p>
        <label for="ra-text-size">{t('textSize')}</label>{' '}
        <select
          id="ra-text-size"
          class="ra-select"
          value={settings.textSize}
          onChange={onlyTrusted((event) => onChange({ textSize: event.currentTarget.value as TextSize }))}
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
          onClick={onlyTrusted(() => !atMin && onChange({ width: stepWidth(settings.width, -1) }))}
        >
          {t('narrower')}
        </button>
        <button
          type="button"
          class="ra-button ra-secondary"
          aria-disabled={atMax}
          onClick={onlyTrusted(() => !atMax && onChange({ width: stepWidth(settings.width, 1) }))}
        >
          {t('wider')}
        </button>
      </p>
      <p class="ra-hint">{t('widthNow', { width: settings.width })}</p>
      <button
        type="button"
        class="ra-button ra-secondary"
        onClick={onlyTrusted(() => onChange({ side: settings.side === 'right' ? 'left' : 'right' }))}
      >
        {settings.side === 'right' ? t('moveLeft') : t('moveRight')}
      </button>
    </>
  );
}
