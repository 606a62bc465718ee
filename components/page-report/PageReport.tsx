import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Language, pickLanguage } from '@/utils/core/language';
import { takePageReport } from '@/utils/page-report/store';
import { pageReportText, reportedHostname } from '@/utils/page-report/strings';
import { loadSettings } from '@/utils/settings/store';

type View = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; report: string };

/** What the report is saved as: the date only, nothing about the page or the person. */
function fileName(): string {
  return `usps-page-report-${new Date().toISOString().slice(0, 10)}.html`;
}

/**
 * The page report, shown exactly as it would be shared (read-only), with Copy and Save. The
 * extension sends it nowhere: the person chooses whether to email or attach it. It speaks the
 * language the sidebar spoke on the reported page (the options' choice, a Spanish USPS host, or
 * the browser's language); the report itself is for maintainers and stays as the page was.
 */
export function PageReport({ id }: { id: string | null }) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [language, setLanguage] = useState<Language>(() =>
    pickLanguage({ setting: 'auto', browserLang: navigator.language }),
  );
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const t = pageReportText(language);

  useEffect(() => {
    const report = takePageReport(id).catch(() => null);
    const setting = loadSettings().then(
      ({ settings }) => settings.language,
      () => 'auto' as const,
    );
    Promise.all([report, setting]).then(([taken, chosen]) => {
      const hostname = taken === null ? undefined : reportedHostname(taken);
      setLanguage(pickLanguage({ setting: chosen, hostname, browserLang: navigator.language }));
      setView(taken === null ? { state: 'missing' } : { state: 'ready', report: taken });
    });
  }, [id]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `Restore Access: ${t('title')}`;
  }, [language]);

  const report = view.state === 'ready' ? view.report : null;
  const href = useMemo(
    () => (report === null ? null : URL.createObjectURL(new Blob([report], { type: 'text/html' }))),
    [report],
  );
  useEffect(() => () => (href ? URL.revokeObjectURL(href) : undefined), [href]);

  const copy = () => {
    if (report === null) return;
    navigator.clipboard.writeText(report).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };

  return (
    <main>
      <h1>{t('title')}</h1>
      <p>{t('what')}</p>
      <p>
        <strong>{t('neverSent')}</strong> {t('howToShare')}
      </p>
      {view.state === 'loading' && <p role="status">{t('loading')}</p>}
      {view.state === 'missing' && <p role="alert">{t('missing')}</p>}
      {view.state === 'ready' && (
        <>
          <label for="ra-page-report">{t('label')}</label>
          <textarea id="ra-page-report" readOnly rows={20} spellcheck={false} value={view.report} />
          <div class="ra-page-report-actions">
            <button type="button" class="ra-button" onClick={copy}>
              {t('copy')}
            </button>
            {href && (
              <a class="ra-button ra-secondary" href={href} download={fileName()}>
                {t('save')}
              </a>
            )}
          </div>
          <p role="status">
            {copied === 'yes' && t('copied')}
            {copied === 'failed' && t('copyFailed')}
          </p>
        </>
      )}
    </main>
  );
}
