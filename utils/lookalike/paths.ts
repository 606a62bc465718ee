/** The guide "I entered my details on a fake USPS site", an extension page (entrypoints/fake-site-help/). */
export const FAKE_SITE_HELP_PATH = '/fake-site-help.html';
