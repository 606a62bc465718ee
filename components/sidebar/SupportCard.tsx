import { openFakeSiteHelp } from '@/utils/lookalike/request';
import type { SidebarText } from '@/utils/sidebar/strings';
import { onlyTrusted } from '@/utils/sidebar/trusted-events';
import { USPS_SUPPORT } from '@/utils/usps/support';

/**
 * How to reach USPS, always one step away. Numbers and links come from utils/usps/support.ts
 * (USA.gov, A). Phone and chat hours are unknown, so none are given: the contact
 * page has them.
 */
export function SupportCard({ t }: { t: SidebarText }) {
  return (
    <section class="ra-section ra-support">
      <h3 id="ra-support-heading">{t('supportHeading')}</h3>
      <ul class="ra-links">
        <li>
          <a href={USPS_SUPPORT.phoneTel}>
            {/* Lines break between the words of the number, never at its hyphens. */}
            {t('supportPhone')}{' '}
            {USPS_SUPPORT.phoneDisplay.split(' ').map((part) => (
              <span key={part} class="ra-nowrap">
                {part}{' '}
              </span>
            ))}
          </a>
        </li>
        <li>
          <a href={USPS_SUPPORT.ttyTel}>{t('supportTty', { tty: USPS_SUPPORT.ttyDisplay })}</a>
        </li>
        <li>
          <ExternalLink href={USPS_SUPPORT.contactUrl} label={t('supportContact')} t={t} />
        </li>
        <li>
          <ExternalLink href={USPS_SUPPORT.faqUrl} label={t('supportFaq')} t={t} />
        </li>
        <li>
          {/* The background opens the guide (utils/lookalike/request.ts); a page's script cannot press it. */}
          <button type="button" class="ra-button ra-secondary" onClick={onlyTrusted(openFakeSiteHelp)}>
            {t('supportFakeSite')}
          </button>
        </li>
      </ul>
    </section>
  );
}

/** Opens in a new tab so the sidebar (and the USPS form) stay where they are. */
export function ExternalLink({ href, label, t }: { href: string; label: string; t: SidebarText }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label} <span class="ra-visually-hidden">{t('opensNewTab')}</span>
    </a>
  );
}
