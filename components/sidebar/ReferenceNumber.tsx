import { useState } from 'preact/hooks';
import type { SidebarText } from '@/utils/sidebar/strings';

/**
 * The Akamai "Reference #…" of an access-denied page, which USPS support can look up. It is page
 * text, so it is rendered as text only; Copy puts it on the clipboard and says so.
 */
export function ReferenceNumber({ reference, t }: { reference: string; t: SidebarText }) {
  const [status, setStatus] = useState('');
  const copy = () => {
    setStatus('');
    navigator.clipboard.writeText(reference).then(
      () => setStatus(t('copied')),
      () => setStatus(t('copyFailed')),
    );
  };
  return (
    <section class="ra-section">
      <h3 id="ra-reference-heading">{t('referenceHeading')}</h3>
      <p>{t('referenceHelp')}</p>
      <p class="ra-reference">
        <code>{reference}</code>
        <button type="button" class="ra-button" onClick={copy} aria-label={t('copyLabel')}>
          {t('copy')}
        </button>
      </p>
      <p role="status" class="ra-status">
        {status}
      </p>
    </section>
  );
}
