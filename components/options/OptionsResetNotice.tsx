import type { PopupOptionsText } from '@/utils/popup/strings';
import type { LoadedSettings } from '@/utils/settings/store';

/** Keys come from storage, so only a few, shortened, are shown (as text, never as HTML). */
function listKeys(keys: string[]): string {
  const shown = keys.slice(0, 5).map((key) => (key.length > 40 ? `${key.slice(0, 39)}…` : key));
  return keys.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** Shown while the stored settings are not valid; any save (or "Keep these settings") repairs them. */
export function OptionsResetNotice({
  loaded,
  t,
  onKeep,
}: {
  loaded: Pick<LoadedSettings, 'resetFields' | 'droppedKeys'>;
  t: PopupOptionsText;
  onKeep: () => void;
}) {
  return (
    <div class="ra-notice" role="alert" aria-labelledby="ra-reset-notice-text">
      <div id="ra-reset-notice-text">
        {loaded.resetFields.length > 0 && (
          <p>{t('resetNotice', { fields: loaded.resetFields.map((field) => t(`field.${field}`)).join(', ') })}</p>
        )}
        {loaded.droppedKeys.length > 0 && <p>{t('resetNoticeUnknown', { keys: listKeys(loaded.droppedKeys) })}</p>}
      </div>
      <button type="button" class="ra-button ra-secondary" onClick={onKeep}>
        {t('resetNoticeKeep')}
      </button>
    </div>
  );
}
