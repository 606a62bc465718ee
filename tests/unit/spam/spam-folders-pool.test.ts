import { describe, expect, it } from 'vitest';
import { uspsHasEmailed } from '@/utils/spam/spam-folders';
import { loadFixturePool } from '../../fixtures/pool';

/** The spam reminder's trigger over every saved USPS page. */
function pageText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const hidden of doc.querySelectorAll('script, style, template')) hidden.remove();
  return doc.body?.textContent ?? '';
}

const pool = loadFixturePool();
const emailed = (id: string) => {
  const fixture = pool.find((each) => each.id === id);
  if (!fixture) throw new Error(`No fixture ${id}`);
  return uspsHasEmailed(fixture.kind, pageText(fixture.html));
};

describe('where the spam reminder shows, across the pool', () => {
  it.each(pool.filter((f) => f.kind === 'check-email').map((f) => f.id))('%s (check-email): yes', (id) => {
    expect(emailed(id)).toBe(true);
  });

  it.each(['verify-identity/verified-enter-code.html', 'verify-identity/verified-verify-email.html'])(
    '%s (emailed code, Verify Your Email): yes',
    (id) => {
      expect(emailed(id)).toBe(true);
    },
  );

  it.each(
    pool
      .filter((f) => !['check-email', 'verify-identity'].includes(f.kind))
      .filter((f) => f.kind !== 'forgot-username' || !/sent|emailed/i.test(pageText(f.html)))
      .map((f) => f.id),
  )('%s: no', (id) => {
    expect(emailed(id)).toBe(false);
  });
});
