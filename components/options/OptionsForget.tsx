import { useState } from 'preact/hooks';
import type { PopupOptionsText } from '@/utils/popup/strings';
import { forgetAllCarried } from '@/utils/session/client';

/** "Forget what I typed": clears every tab's carried username or email and says so. */
export function OptionsForget({ t }: { t: PopupOptionsText }) {
  const [result, setResult] = useState<'' | 'some' | 'none' | 'failed'>('');
  const forget = async () => {
    setResult('');
    try {
      const { forgotten } = await forgetAllCarried();
      setResult(forgotten > 0 ? 'some' : 'none');
    } catch {
      setResult('failed');
    }
  };
  const message =
    result === 'some'
      ? t('forgetDoneSome')
      : result === 'none'
        ? t('forgetDoneNone')
        : result === 'failed'
          ? t('forgetFailed')
          : '';
  return (
    <section aria-labelledby="ra-forget-heading">
      <h2 id="ra-forget-heading">{t('forgetHeading')}</h2>
      <p>{t('forgetIntro')}</p>
      <button type="button" class="ra-button" onClick={forget}>
        {t('forgetButton')}
      </button>
      {/* Always in the page, so screen readers announce the text when it appears. */}
      <p role="status" class={result === 'failed' ? 'ra-error ra-live' : 'ra-live'}>
        {message}
      </p>
    </section>
  );
}
