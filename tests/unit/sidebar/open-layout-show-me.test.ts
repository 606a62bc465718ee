import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_KINDS, PROBLEM_KINDS } from '@/utils/core/page-kinds';
import { DEFAULT_SETTINGS, SIDEBAR_WIDTH_RANGE } from '@/utils/settings/settings';
import { clampWidth, effectiveWidth, PageMargin, stepWidth } from '@/utils/sidebar/layout';
import { opensByItself, rememberCollapsed } from '@/utils/sidebar/open';
import { findTarget, returnFocusToPage, showTarget } from '@/utils/sidebar/show-me';

describe('when the sidebar opens by itself', () => {
  it('opens on every help page in a fresh profile, never on other pages', () => {
    for (const kind of PAGE_KINDS) expect(opensByItself(kind, DEFAULT_SETTINGS), kind).toBe(kind !== 'other');
  });

  it('stays collapsed on a plain sign-in page after the person collapsed it there, but problem pages still open it', () => {
    const collapsedOn = rememberCollapsed('sign-in', [], false);
    expect(collapsedOn).toEqual(['sign-in']);
    const settings = { ...DEFAULT_SETTINGS, collapsedOn };
    expect(opensByItself('sign-in', settings)).toBe(false);
    expect(opensByItself('sign-up', settings)).toBe(true);
    for (const kind of PROBLEM_KINDS) expect(opensByItself(kind, settings), kind).toBe(true);
  });

  it('does not remember a collapse on a problem page, and forgets it when the person opens it again', () => {
    expect(rememberCollapsed('account-locked', [], false)).toEqual([]);
    expect(rememberCollapsed('sign-in', ['sign-in', 'sign-up'], true)).toEqual(['sign-up']);
  });

  it('honours autoOpen', () => {
    const problemsOnly = { ...DEFAULT_SETTINGS, autoOpen: 'problems' as const };
    expect(opensByItself('sign-in', problemsOnly)).toBe(false);
    expect(opensByItself('account-locked', problemsOnly)).toBe(true);
    const never = { ...DEFAULT_SETTINGS, autoOpen: 'never' as const };
    for (const kind of PAGE_KINDS) expect(opensByItself(kind, never)).toBe(false);
  });
});

describe('sidebar width', () => {
  it('steps within the allowed range and survives nonsense', () => {
    expect(stepWidth(360, 1)).toBe(400);
    expect(stepWidth(SIDEBAR_WIDTH_RANGE.max, 1)).toBe(SIDEBAR_WIDTH_RANGE.max);
    expect(stepWidth(SIDEBAR_WIDTH_RANGE.min, -1)).toBe(SIDEBAR_WIDTH_RANGE.min);
    expect(clampWidth(Number.NaN)).toBe(SIDEBAR_WIDTH_RANGE.min);
  });

  it('never takes more than half of the window, left to CSS so nothing forces a layout', () => {
    expect(effectiveWidth(560)).toBe('min(560px, 50vw)');
    expect(effectiveWidth(360)).toBe('min(360px, 50vw)');
    expect(effectiveWidth(10_000)).toBe(`min(${SIDEBAR_WIDTH_RANGE.max}px, 50vw)`);
  });
});

describe('making room on the page', () => {
  afterEach(() => document.documentElement.removeAttribute('style'));

  it('adds a margin on the sidebar side while open and puts the page back afterwards', () => {
    const root = document.documentElement;
    root.style.setProperty('margin-left', '5px');
    const margin = new PageMargin(root);
    margin.apply({ open: true, beside: true, side: 'left', width: '360px', sheetHeight: 0 });
    expect(root.style.getPropertyValue('margin-left')).toBe('360px');
    margin.apply({ open: false, beside: true, side: 'left', width: '360px', sheetHeight: 0 });
    expect(root.style.getPropertyValue('margin-left')).toBe('5px');
    margin.apply({ open: true, beside: true, side: 'right', width: '400px', sheetHeight: 0 });
    expect(root.style.getPropertyValue('margin-right')).toBe('400px');
    margin.clear();
    expect(root.style.getPropertyValue('margin-right')).toBe('');
  });

  it('pads the bottom of the body by the sheet height at narrow widths, on top of the page padding, and restores it exactly', () => {
    const root = document.documentElement;
    const body = document.body;
    body.style.setProperty('padding-bottom', '12px');
    const margin = new PageMargin(root, () => body);
    margin.apply({ open: true, beside: false, side: 'right', width: '360px', sheetHeight: 300 });
    expect(root.style.getPropertyValue('margin-right')).toBe('');
    expect(body.style.getPropertyValue('padding-bottom')).toBe('312px');
    expect(body.style.getPropertyPriority('padding-bottom')).toBe('important');
    // The sheet grew: the page's own 12 px are not counted twice.
    margin.apply({ open: true, beside: false, side: 'right', width: '360px', sheetHeight: 280 });
    expect(body.style.getPropertyValue('padding-bottom')).toBe('292px');
    // Collapsed: the sheet is only the small tab, and the page has its own padding back.
    margin.apply({ open: false, beside: false, side: 'right', width: '360px', sheetHeight: 0 });
    expect(body.style.getPropertyValue('padding-bottom')).toBe('12px');
    expect(body.style.getPropertyPriority('padding-bottom')).toBe('');
    margin.apply({ open: true, beside: false, side: 'right', width: '360px', sheetHeight: 300 });
    margin.clear();
    expect(body.style.getPropertyValue('padding-bottom')).toBe('12px');
    body.removeAttribute('style');
  });
});

describe('Show me', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('finds USPS ids first, then link text, then labels', () => {
    document.body.innerHTML = `
      <a id="forgot-password-link" href="#a">Forgot your password?</a>
      <a href="#b">Forgot your username?</a>
      <label for="u1">User Name</label><input id="u1">`;
    expect(findTarget('forgot-password-link')?.id).toBe('forgot-password-link');
    expect(findTarget('forgot-username-link')?.getAttribute('href')).toBe('#b');
    expect(findTarget('username-field')?.id).toBe('u1');
    expect(findTarget('code-field')).toBeNull();
  });

  it('skips hidden elements and answers false, without throwing, when the target is gone', () => {
    document.body.innerHTML = '<div hidden><input id="username"></div>';
    expect(findTarget('username-field')).toBeNull();
    expect(showTarget('username-field')).toBe(false);
  });

  it('moves focus to the target and outlines it', () => {
    document.body.innerHTML = '<input id="username" style="outline: 1px dotted blue">';
    const input = document.getElementById('username') as HTMLInputElement;
    input.scrollIntoView = () => {};
    expect(showTarget('username-field')).toBe(true);
    expect(document.activeElement).toBe(input);
    expect(input.style.getPropertyValue('outline')).toMatch(/4px/);
    expect(input.style.getPropertyPriority('outline')).toBe('important');
  });

  it('returns focus to the last page element, or else the main form field', () => {
    document.body.innerHTML = '<main><form><input id="username"><a id="x" href="#x">x</a></form></main>';
    const link = document.getElementById('x') as HTMLElement;
    returnFocusToPage(link);
    expect(document.activeElement).toBe(link);
    link.remove();
    returnFocusToPage(link);
    expect(document.activeElement?.id).toBe('username');
  });
});
