import { isAccountHost } from '@/utils/core/account-hosts';
import type { Language } from '@/utils/core/language';
import { type LookalikeText, lookalikeText } from '@/utils/lookalike/strings';
import type { PopupTabState } from '@/utils/popup/status';
import { describeRecognition, type PopupOptionsText } from '@/utils/popup/strings';
import { PopupAddressCheck } from './PopupAddressCheck';

type View = { state: 'loading' } | PopupTabState;

/** An account page with a form that no rule claims: most likely a page USPS changed. */
export function isUnknownAccountPage(view: View): boolean {
  return (
    view.state === 'status' &&
    view.status.recognition.kind === 'other' &&
    view.status.hasForm &&
    isAccountHost(view.hostname)
  );
}

function statusText(view: View, t: PopupOptionsText, lt: LookalikeText): string {
  switch (view.state) {
    case 'loading':
      return t('checking');
    case 'not-usps':
    case 'no-address':
      return t('notUsps');
    case 'lookalike':
      return lt('lookalikeStatus');
    case 'usps-elsewhere':
      return lt('uspsOtherStatus', { domain: view.domain });
    case 'no-access':
      return t('noAccess');
    case 'no-answer':
      return t('noAnswer');
    case 'status': {
      const { kind, reason } = view.status.recognition;
      if (isUnknownAccountPage(view)) return t('unknownPage');
      return kind === 'other' ? t('recognisedOther') : t('recognised', { kind: describeRecognition(t, kind, reason) });
    }
  }
}

/** "This tab": what was recognised, progress, and the button that opens help there. */
export function PopupTabStatus({
  view,
  t,
  language,
  onOpenHelp,
  openFailed,
  onGrantAccess,
  grantFailed,
}: {
  view: View;
  t: PopupOptionsText;
  language: Language;
  onOpenHelp: (tabId: number) => void;
  openFailed: boolean;
  onGrantAccess: () => void;
  grantFailed: boolean;
}) {
  return (
    <section aria-labelledby="ra-this-tab">
      <h2 id="ra-this-tab">{t('thisTab')}</h2>
      <p role="status" data-kind={view.state === 'status' ? view.status.recognition.kind : undefined}>
        {statusText(view, t, lookalikeText(language))}
      </p>
      <PopupAddressCheck view={view} language={language} />
      {view.state === 'no-access' && (
        <>
          <p>{t('noAccessHow')}</p>
          <button type="button" class="ra-button" onClick={onGrantAccess}>
            {t('grantAccess')}
          </button>
        </>
      )}
      {grantFailed && (
        <p role="alert" class="ra-error">
          {t('grantAccessFailed')}
        </p>
      )}
      {isUnknownAccountPage(view) && <p>{t('unknownPageHow')}</p>}
      {view.state === 'status' && view.status.sidebarShown && <p>{t('sidebarShown')}</p>}
      {view.state === 'status' && view.progress && <p>{t('progress', view.progress)}</p>}
      {view.state === 'status' && (
        <button type="button" class="ra-button" onClick={() => onOpenHelp(view.tabId)}>
          {t('openHelp')}
        </button>
      )}
      {openFailed && (
        <p role="alert" class="ra-error">
          {t('openHelpFailed')}
        </p>
      )}
    </section>
  );
}
