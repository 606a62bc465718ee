import type { PopupOptionsText } from '@/utils/popup/strings';
import { USPS_ACCOUNT_LINKS, USPS_SUPPORT } from '@/utils/usps/support';

/**
 * Links to USPS's own pages (sources in utils/usps/support.ts: USA.gov, A; USPS markup, B). There
 * is no known URL
 * for the forgot-username page, so that link goes to the sign-in page with a hint.
 */
export function PopupQuickLinks({ t }: { t: PopupOptionsText }) {
  const newTab = <span class="ra-visually-hidden"> {t('opensNewTab')}</span>;
  return (
    <section aria-labelledby="ra-quick-links">
      <h2 id="ra-quick-links">{t('quickLinks')}</h2>
      <ul class="ra-links">
        <li>
          <a href={USPS_ACCOUNT_LINKS.forgotPassword} target="_blank" rel="noopener noreferrer">
            {t('forgotPassword')}
            {newTab}
          </a>
        </li>
        <li>
          <a
            href={USPS_ACCOUNT_LINKS.signIn}
            target="_blank"
            rel="noopener noreferrer"
            aria-describedby="ra-forgot-username-hint"
          >
            {t('forgotUsername')}
            {newTab}
          </a>
          <br />
          <span id="ra-forgot-username-hint" class="ra-muted">
            {t('forgotUsernameHint')}
          </span>
        </li>
        <li>
          <a href={USPS_SUPPORT.contactUrl} target="_blank" rel="noopener noreferrer">
            {t('contactUsps')}
            {newTab}
          </a>
        </li>
      </ul>
    </section>
  );
}
