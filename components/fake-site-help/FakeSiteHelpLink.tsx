import { browser } from 'wxt/browser';
import type { Language } from '@/utils/core/language';
import { FAKE_SITE_HELP_PATH } from '@/utils/lookalike/paths';
import { lookalikeText } from '@/utils/lookalike/strings';

/**
 * The way to the guide "I entered my details on a fake USPS site" from the extension's own pages
 * (the popup's lookalike answer, the options page). Extension pages may link to each other.
 */
export function FakeSiteHelpLink({ language, class: className }: { language: Language; class?: string }) {
  const t = lookalikeText(language);
  return (
    <a class={className} href={browser.runtime.getURL(FAKE_SITE_HELP_PATH)} target="_blank" rel="noopener">
      {t('enteredDetails')}
      <span class="ra-visually-hidden"> {t('opensNewTab')}</span>
    </a>
  );
}
