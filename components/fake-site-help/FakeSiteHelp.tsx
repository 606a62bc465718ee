import { useEffect, useState } from 'preact/hooks';
import { type Language, pickLanguage } from '@/utils/core/language';
import { FAKE_SITE_STEPS } from '@/utils/lookalike/guide';
import { type LookalikeText, lookalikeText } from '@/utils/lookalike/strings';
import { loadSettings } from '@/utils/settings/store';

/**
 * "I entered my details on a fake USPS site": the steps USPS and the Postal Inspection Service
 * publish (utils/lookalike/guide.ts, each beside its source), and one labelled general advice.
 * In the language the options page would use (the setting, then the browser's).
 */
export function FakeSiteHelp() {
  const [language, setLanguage] = useState<Language>(() =>
    pickLanguage({ setting: 'auto', browserLang: navigator.language }),
  );
  useEffect(() => {
    loadSettings()
      .then(({ settings }) =>
        setLanguage(pickLanguage({ setting: settings.language, browserLang: navigator.language })),
      )
      .catch(() => {});
  }, []);
  const t = lookalikeText(language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = lookalikeText(language)('guideTitle');
  }, [language]);

  return (
    <main class="ra-guide">
      <h1>{t('guideTitle')}</h1>
      <p>{t('guideIntro')}</p>
      <ol>
        {FAKE_SITE_STEPS.map((step) => (
          <li key={step.id}>
            <h2 id={`ra-step-${step.id}`}>{t(step.heading)}</h2>
            {step.label && (
              <p class="ra-notice">
                <strong>{t(step.label)}</strong>
              </p>
            )}
            <p>{t(step.body)}</p>
            {step.links.length > 0 && (
              <ul class="ra-links">
                {step.links.map((link) => (
                  <li key={link.href}>
                    <GuideLink href={link.href} label={t(link.label, link.values)} t={t} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <p class="ra-muted">{t('guideFooter')}</p>
    </main>
  );
}

function GuideLink({ href, label, t }: { href: string; label: string; t: LookalikeText }) {
  // mailto: opens the person's mail program; only web pages open in a new tab.
  if (href.startsWith('mailto:')) return <a href={href}>{label}</a>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
      <span class="ra-visually-hidden"> {t('opensNewTab')}</span>
    </a>
  );
}
