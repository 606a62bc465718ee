import type { SidebarText } from '@/utils/sidebar/strings';
import { USPS_ACCOUNT_LINKS } from '@/utils/usps/support';
import { ExternalLink } from './SupportCard';

/**
 * Shown once per journey, when the person is back in after recovering: a few habits that keep
 * them from being locked out again. Multi-factor sign-in: faq.usps.com "Multifactor
 * Authentication (MFA)" (A).
 */
export function SecureAccountChecklist({ onDismiss, t }: { onDismiss: () => void; t: SidebarText }) {
  return (
    <section class="ra-section ra-success">
      <h3 id="ra-success-heading">{t('successHeading')}</h3>
      <p>{t('successIntro')}</p>
      <ul class="ra-checklist">
        <li>{t('successEmail')}</li>
        <li>{t('successMfa')}</li>
        <li>{t('successPassword')}</li>
      </ul>
      <p>
        <ExternalLink href={USPS_ACCOUNT_LINKS.preferences} label={t('successLink')} t={t} />
      </p>
      <button type="button" class="ra-button ra-secondary" onClick={onDismiss} aria-label={t('dismissLabel')}>
        {t('dismiss')}
      </button>
    </section>
  );
}
