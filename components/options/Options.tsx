import { useEffect, useRef, useState } from 'preact/hooks';
import { FakeSiteHelpLink } from '@/components/fake-site-help/FakeSiteHelpLink';
import { LANGUAGES, pickLanguage } from '@/utils/core/language';
import { type PopupOptionsKey, popupOptionsText } from '@/utils/popup/strings';
import { AUTO_OPEN_CHOICES, PREFILL_CHOICES, type Settings, SIDES, TEXT_SIZE_NAMES } from '@/utils/settings/settings';
import { type LoadedSettings, loadSettings, updateSettings, watchSettings } from '@/utils/settings/store';
import { OptionsChoice } from './OptionsChoice';
import { OptionsFollowUp } from './OptionsFollowUp';
import { OptionsForget } from './OptionsForget';
import { OptionsHiddenOn } from './OptionsHiddenOn';
import { OptionsPasswordCheck } from './OptionsPasswordCheck';
import { OptionsResetNotice } from './OptionsResetNotice';

type Notice = Pick<LoadedSettings, 'resetFields' | 'droppedKeys'>;

/**
 * The options page. Every control saves at once; a polite status line confirms it. Changes made
 * elsewhere (the sidebar's own side and text-size buttons) show up here through the watcher.
 */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [status, setStatus] = useState<{ key: PopupOptionsKey; error: boolean } | null>(null);
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let active = true;
    loadSettings().then((loaded) => {
      if (!active) return;
      setSettings(loaded.settings);
      if (loaded.notice) setNotice(loaded);
    });
    const unwatch = watchSettings((next) => setSettings(next));
    return () => {
      active = false;
      unwatch();
    };
  }, []);

  const language = pickLanguage({ setting: settings?.language ?? 'auto', browserLang: navigator.language });
  const t = popupOptionsText(language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = popupOptionsText(language)('optionsTitle');
  }, [language]);

  // Emptied first and refilled a moment later, so "Saved." is announced again on every change.
  const announce = (key: PopupOptionsKey, error = false) => {
    setStatus(null);
    clearTimeout(statusTimer.current);
    statusTimer.current = setTimeout(() => setStatus({ key, error }), 50);
  };

  const save = async (patch: Partial<Settings>, savedKey: PopupOptionsKey = 'saved') => {
    if (settings) setSettings({ ...settings, ...patch });
    try {
      setSettings(await updateSettings(patch));
      setNotice(null);
      announce(savedKey);
    } catch {
      announce('saveFailed', true);
    }
  };

  if (!settings) return <main class="ra-options" aria-busy="true" />;

  return (
    <main class="ra-options">
      <h1>{t('optionsTitle')}</h1>
      <p class="ra-muted">{t('unofficial')}</p>
      {notice && <OptionsResetNotice loaded={notice} t={t} onKeep={() => save({}, 'resetNoticeDone')} />}
      <form class="ra-form" onSubmit={(event) => event.preventDefault()}>
        <OptionsChoice
          name="language"
          legend={t('languageLegend')}
          choices={['auto', ...LANGUAGES] as const}
          value={settings.language}
          label={(choice) => t(`language.${choice}`)}
          onChange={(language) => save({ language })}
        />
        <OptionsChoice
          name="side"
          legend={t('sideLegend')}
          choices={SIDES}
          value={settings.side}
          label={(choice) => t(`side.${choice}`)}
          onChange={(side) => save({ side })}
        />
        <OptionsChoice
          name="text-size"
          legend={t('textSizeLegend')}
          choices={TEXT_SIZE_NAMES}
          value={settings.textSize}
          label={(choice) => t(`textSize.${choice}`)}
          onChange={(textSize) => save({ textSize })}
        />
        <OptionsChoice
          name="auto-open"
          legend={t('autoOpenLegend')}
          choices={AUTO_OPEN_CHOICES}
          value={settings.autoOpen}
          label={(choice) => t(`autoOpen.${choice}`)}
          onChange={(autoOpen) => save({ autoOpen })}
        />
        <OptionsHiddenOn kinds={settings.collapsedOn} t={t} onReset={() => save({ collapsedOn: [] })} />
        <OptionsChoice
          name="prefill"
          legend={t('prefillLegend')}
          choices={PREFILL_CHOICES}
          value={settings.prefill}
          label={(choice) => t(`prefill.${choice}`)}
          onChange={(prefill) => save({ prefill })}
        />
        <OptionsFollowUp
          value={settings.followUpMinutes}
          t={t}
          onChange={(followUpMinutes) => save({ followUpMinutes })}
        />
        <OptionsPasswordCheck
          value={settings.passwordCheck}
          language={language}
          onChange={(passwordCheck) => save({ passwordCheck })}
        />
      </form>
      <p role="status" class={status?.error ? 'ra-error ra-live' : 'ra-live'}>
        {status ? t(status.key) : ''}
      </p>
      <OptionsForget t={t} />
      <p>
        <FakeSiteHelpLink language={language} />
      </p>
      <section aria-labelledby="ra-about-heading">
        <h2 id="ra-about-heading">{t('aboutHeading')}</h2>
        <p>{t('aboutUnofficial')}</p>
        <p>{t('aboutNetwork')}</p>
        <p>{t('aboutStorage')}</p>
      </section>
    </main>
  );
}
