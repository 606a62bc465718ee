import { describe, expect, it } from 'vitest';
import { isUnknownAccountPage } from '@/components/popup/PopupTabStatus';
import type { TabStatus } from '@/utils/core/messages';
import type { PageKind } from '@/utils/core/page-kinds';
import { popupOptionsText } from '@/utils/popup/strings';

function view(hostname: string, kind: PageKind, hasForm: boolean) {
  const status: TabStatus = { recognition: { kind, signals: [] }, sidebarShown: false, hasForm };
  return { state: 'status' as const, tabId: 1, hostname, status, progress: null };
}

describe('"We don\'t know this USPS page yet"', () => {
  it('is said only of an account page with a form that no rule claims', () => {
    expect(isUnknownAccountPage(view('reg.usps.com', 'other', true))).toBe(true);
    expect(isUnknownAccountPage(view('verified.usps.com', 'other', true))).toBe(true);
    expect(isUnknownAccountPage(view('reg.usps.com', 'other', false))).toBe(false);
    expect(isUnknownAccountPage(view('reg.usps.com', 'sign-in', true))).toBe(false);
    expect(isUnknownAccountPage(view('tools.usps.com', 'other', true))).toBe(false);
    expect(isUnknownAccountPage({ state: 'no-answer', tabId: 1, hostname: 'reg.usps.com' })).toBe(false);
  });

  it('is in English and Spanish', () => {
    expect(popupOptionsText('en')('unknownPage')).toBe("We don't know this USPS page yet.");
    expect(popupOptionsText('es')('unknownPage')).toBe('Todavía no conocemos esta página de USPS.');
  });
});
