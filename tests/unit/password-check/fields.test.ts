import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNewPasswordFields } from '@/utils/password-check/fields';
import { loadFixturePool, parseFixture } from '../../fixtures/pool';
import { REAL_PAGES_DIR, REAL_PAGES_MISSING } from '../../fixtures/real-pages';

const pool = loadFixturePool();
const passwordPages = pool.filter((fixture) => fixture.kind === 'new-password' || fixture.kind === 'sign-up');

describe('the fields the live check may read (utils/password-check/fields.ts)', () => {
  it.each(passwordPages.map((fixture) => [fixture.id, fixture] as const))(
    '%s: finds the new password and its re-type, never a current password',
    (_id, fixture) => {
      const fields = findNewPasswordFields(parseFixture(fixture));
      expect(fields.password).not.toBeNull();
      expect(fields.retype).not.toBeNull();
      expect(fields.password).not.toBe(fields.retype);
      for (const field of [fields.password, fields.retype]) {
        expect(field?.id).not.toBe('password');
        expect(field?.getAttribute('autocomplete') ?? '').not.toMatch(/current-password/);
        expect(field?.name ?? '').not.toMatch(/secAnswer|current/i);
      }
    },
  );

  it('on the change-password page, skips the current password field', () => {
    const page = pool.find((fixture) => fixture.id === 'new-password/change-password.html');
    const fields = findNewPasswordFields(parseFixture(page as (typeof pool)[number]));
    expect(fields.password?.id).toBe('tPasswordNew');
    expect(fields.retype?.id).toBe('tPasswordRetype');
  });

  it('on a sign-in page, finds nothing but the hidden expired-password section, never #password', () => {
    for (const fixture of pool.filter((candidate) => candidate.kind === 'sign-in')) {
      const doc = parseFixture(fixture);
      const fields = findNewPasswordFields(doc);
      expect(fields.password?.id ?? null, fixture.id).not.toBe('password');
      if (fields.password) expect(fields.password.closest('#row-2'), fixture.id).not.toBeNull();
    }
  });

  it('a field marked new-password but also the sign-in #password, or current-password, is never taken', () => {
    const doc = new DOMParser().parseFromString(
      `<input id="password" type="password" autocomplete="new-password">
       <input id="other" type="password" autocomplete="current-password new-password">`,
      'text/html',
    );
    expect(findNewPasswordFields(doc)).toEqual({ password: null, retype: null, username: null });
  });

  it.skipIf(REAL_PAGES_MISSING !== null)(
    "USPS's real 2022 registration form: #tPassword, #tPasswordRetype, #tuserName",
    () => {
      const html = readFileSync(join(REAL_PAGES_DIR, 'ddg-usps-signup-fragment.html'), 'utf8');
      const fields = findNewPasswordFields(new DOMParser().parseFromString(html, 'text/html'));
      expect([fields.password?.id, fields.retype?.id, fields.username?.id]).toEqual([
        'tPassword',
        'tPasswordRetype',
        'tuserName',
      ]);
    },
  );

  it.skipIf(REAL_PAGES_MISSING !== null)("USPS's real 2018 sign-in page: only the expired section's fields", () => {
    const html = readFileSync(join(REAL_PAGES_DIR, 'phishtale-classic-signin.html'), 'utf8');
    const fields = findNewPasswordFields(new DOMParser().parseFromString(html, 'text/html'));
    expect([fields.password?.id, fields.retype?.id]).toEqual(['tPasswordNew', 'tPasswordRetype']);
  });
});
