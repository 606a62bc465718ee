import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type Language, pickLanguage } from '@/utils/core/language';
import { makePageReport } from '@/utils/popup/page-report';
import { loadPopupTabState, type PopupTabState, requestHostAccess, tabIdFromLocation } from '@/utils/popup/status';
import { type PopupOptionsText, popupOptionsText } from '@/utils/popup/strings';
import { openHelpInTab } from '@/utils/session/client';
import { loadSettings } from '@/utils/settings/store';
import { PopupQuickLinks } from './PopupQuickLinks';
import { PopupTabStatus } from './PopupTabStatus';

type View = { state: 'loading' } | PopupTabState;

function browserLanguage(): string {
  return navigator.language;
}

/** The toolbar popup: what this tab is, a way to open help in it, quick links, settings. */
export function Popup() {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [language, setLanguage] = useState<Language>(() =>
    pickLanguage({ setting: 'auto', browserLang: browserLanguage() }),
  );
  const t: PopupOptionsText = popupOptionsText(language);
  const [openFailed, setOpenFailed] = useState(false);

  const [grantFailed, setGrantFailed] = useState(false);
  const [reportFailed, setReportFailed] = useState(false);

  const load = () =>
    (async () => {
      const [{ settings }, tabState] = await Promise.all([loadSettings(), loadPopupTabState(location.search)]);
      const hostname = 'hostname' in tabState ? tabState.hostname : undefined;
      const language = pickLanguage({ setting: settings.language, hostname, browserLang: browserLanguage() });
      document.documentElement.lang = language;
      setLanguage(language);
      setView(tabState);
    })().catch(() => setView({ state: 'not-usps' }));

  useEffect(() => {
    load();
  }, []);

  // Called straight from the click: Firefox grants permissions only while handling the person's input.
  const grantAccess = () => {
    setGrantFailed(false);
    requestHostAccess().then((granted) => {
      if (granted) load();
      else setGrantFailed(true);
    });
  };

  useEffect(() => {
    document.title = popupOptionsText(language)('appName');
  }, [language]);

  const openHelp = async (tabId: number) => {
    setOpenFailed(false);
    try {
      await openHelpInTab(tabId);
      // A real popup closes so keyboard focus can move into the sidebar; a popup opened as a
      // page for one named tab (tests) stays.
      if (tabIdFromLocation(location.search) === null) window.close();
    } catch {
      setOpenFailed(true);
    }
  };

  const reportPage = async (tabId: number) => {
    setReportFailed(false);
    try {
      await makePageReport(tabId);
      if (tabIdFromLocation(location.search) === null) window.close();
    } catch {
      setReportFailed(true);
    }
  };
  const reportTabId = view.state === 'status' || view.state === 'no-answer' ? view.tabId : null;

  return (
    <main>
      <h1>{t('appName')}</h1>
      <p class="ra-muted">{t('unofficial')}</p>
      <PopupTabStatus
        view={view}
        t={t}
        language={language}
        onOpenHelp={openHelp}
        openFailed={openFailed}
        onGrantAccess={grantAccess}
        grantFailed={grantFailed}
      />
      {reportTabId !== null && (
        <div class="ra-report-page">
          <p id="ra-report-page" class="ra-muted">
            {t('reportPageHint')}
          </p>
          <button
            type="button"
            class="ra-button ra-secondary"
            aria-describedby="ra-report-page"
            onClick={() => reportPage(reportTabId)}
          >
            {t('reportPage')}
          </button>
          {reportFailed && (
            <p role="alert" class="ra-error">
              {t('reportPageFailed')}
            </p>
          )}
        </div>
      )}
      <PopupQuickLinks t={t} />
      <div class="ra-popup-footer">
        <button type="button" class="ra-button ra-secondary" onClick={() => browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </div>
    </main>
  );
}
