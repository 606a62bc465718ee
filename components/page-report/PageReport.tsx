import { useEffect, useMemo, useState } from 'preact/hooks';
import { takePageReport } from '@/utils/page-report/store';

type View = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; report: string };

/** What the report is saved as: the date only, nothing about the page or the person. */
function fileName(): string {
  return `usps-page-report-${new Date().toISOString().slice(0, 10)}.html`;
}

/**
 * The page report, shown exactly as it would be shared (read-only), with Copy and Save. The
 * extension sends it nowhere: the person chooses whether to email or attach it.
 */
export function PageReport({ id }: { id: string | null }) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');

  useEffect(() => {
    takePageReport(id).then(
      (report) => setView(report === null ? { state: 'missing' } : { state: 'ready', report }),
      () => setView({ state: 'missing' }),
    );
  }, [id]);

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
      <h1>Report a USPS page the help doesn't fit</h1>
      <p>
        This is a copy of the page's layout, made so the people who maintain Restore Access can teach the extension to
        recognise it. What you typed is not in it, nor your name, email address, phone or tracking numbers, nor anything
        after a "?" in the page's addresses. Read it below: it is exactly what you would share.
      </p>
      <p>
        <strong>The extension never sends it.</strong> If you want to help, save it as a file and attach it to an email
        to the maintainers (the address is on the page where you got the extension), or copy it and paste it in. You can
        also just close this tab.
      </p>
      {view.state === 'loading' && <p role="status">Loading the report…</p>}
      {view.state === 'missing' && (
        <p role="alert">
          This report is no longer here: it is shown once and then deleted. Go back to the USPS page and make it again
          from the Restore Access button.
        </p>
      )}
      {view.state === 'ready' && (
        <>
          <label for="ra-page-report">The report, exactly as it would be shared</label>
          <textarea id="ra-page-report" readOnly rows={20} spellcheck={false} value={view.report} />
          <div class="ra-page-report-actions">
            <button type="button" class="ra-button" onClick={copy}>
              Copy the report
            </button>
            {href && (
              <a class="ra-button ra-secondary" href={href} download={fileName()}>
                Save the report as a file
              </a>
            )}
          </div>
          <p role="status">
            {copied === 'yes' && 'Copied. Paste it into an email to the maintainers.'}
            {copied === 'failed' && 'Could not copy. Select the text above and copy it, or save it as a file.'}
          </p>
        </>
      )}
    </main>
  );
}
