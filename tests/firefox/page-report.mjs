// "This help doesn't fit this page" in Firefox: the popup (opened as popup.html?tab=<id>) asks
// the background for the page report, which opens the report page (tests/e2e/page-report.spec.ts
// is the same in Chromium).
import { strict as assert } from 'node:assert';
import { openExtensionPage, pollFor, serveFixtures, tabIdOf } from './harness.mjs';

const TYPED = 'typed-secret-username';

export function pageReportTests({ browser, fixtures, fixture, apiPage }) {
  return [
    [
      'the popup makes a page report without what was typed, shown with Copy and Save',
      async () => {
        const { url } = fixture('sign-in/classic-loginaction.html');
        const page = await browser.newPage();
        await serveFixtures(page, fixtures);
        await page.goto(url);
        await page.waitForSelector('#username');
        await page.$eval(
          '#username',
          (input, value) => {
            input.value = value;
          },
          TYPED,
        );
        const tabId = await tabIdOf(await apiPage(), url);
        const popup = await browser.newPage();
        await openExtensionPage(popup, `popup.html?tab=${tabId}`, () =>
          [...document.querySelectorAll('button')].some(
            (button) => button.textContent === "This help doesn't fit this page",
          ),
        );
        await popup.evaluate(() =>
          [...document.querySelectorAll('button')]
            .find((button) => button.textContent === "This help doesn't fit this page")
            .click(),
        );
        const reportPage = await pollFor(async () => {
          // Under BiDi an extension page's url() can read about:blank: its own location is asked.
          for (const candidate of await browser.pages()) {
            const href = await candidate.evaluate(() => location.href).catch(() => '');
            if (href.includes('/page-report.html?id=')) return candidate;
          }
          return undefined;
        });
        assert.ok(
          reportPage,
          `the report page opened (popup: ${await popup.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? 'no alert')})`,
        );
        const report = await pollFor(() =>
          reportPage.evaluate(() => document.querySelector('textarea#ra-page-report')?.value).catch(() => undefined),
        );
        assert.match(report, /Restore Access page report/);
        assert.match(report, /address: https:\/\/reg\.usps\.com\/entreg\/LoginAction_input\n/);
        assert.ok(!report.includes(TYPED), 'no typed value');
        assert.ok(!report.includes('app=Phoenix'), 'no query string');
        const page2 = await reportPage.evaluate(() => ({
          readOnly: document.querySelector('textarea#ra-page-report').readOnly,
          label: document.querySelector('label[for="ra-page-report"]')?.textContent,
          copy: [...document.querySelectorAll('button')].some((button) => button.textContent === 'Copy the report'),
          download: document.querySelector('a[download]')?.getAttribute('download'),
          href: document.querySelector('a[download]')?.getAttribute('href'),
        }));
        assert.equal(page2.readOnly, true);
        assert.equal(page2.label, 'The report, exactly as it would be shared');
        assert.equal(page2.copy, true);
        assert.match(page2.download, /^usps-page-report-\d{4}-\d{2}-\d{2}\.html$/);
        assert.match(page2.href, /^blob:/);
        await reportPage.close();
        await popup.close();
        await page.close();
      },
    ],
    [
      "the sidebar's own link makes the report of a Spanish USPS page, shown in Spanish",
      async () => {
        const { url } = fixture('account-locked/es-reg-locked.html');
        const page = await browser.newPage();
        await serveFixtures(page, fixtures);
        await page.goto(url);
        // A real click (WebDriver BiDi input), so the sidebar's trusted-event check lets it through.
        const link = await page.waitForSelector(
          'restore-access-sidebar >>> button ::-p-text(Esta ayuda no corresponde)',
          {
            timeout: 10_000,
          },
        );
        await link.click();
        const reportPage = await pollFor(async () => {
          for (const candidate of await browser.pages()) {
            const href = await candidate.evaluate(() => location.href).catch(() => '');
            if (href.includes('/page-report.html?id=')) return candidate;
          }
          return undefined;
        });
        assert.ok(reportPage, 'the report page opened from the sidebar');
        const shown = await pollFor(() =>
          reportPage
            .evaluate(() => {
              const report = document.querySelector('textarea#ra-page-report')?.value;
              return report
                ? { report, heading: document.querySelector('h1')?.textContent, lang: document.documentElement.lang }
                : undefined;
            })
            .catch(() => undefined),
        );
        assert.match(shown.report, /address: https:\/\/es-reg\.usps\.com\/entreg\/LoginAction_input\n/);
        assert.equal(shown.heading, 'Informar de una página de USPS en la que la ayuda no encaja');
        assert.equal(shown.lang, 'es');
        await reportPage.close();
        await page.close();
      },
    ],
  ];
}
