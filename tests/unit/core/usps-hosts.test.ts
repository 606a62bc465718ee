import { describe, expect, it } from 'vitest';
import { isGenuineUspsUrl } from '../../../utils/core/usps-hosts';

describe('isGenuineUspsUrl', () => {
  it.each([
    'https://usps.com/',
    'https://www.usps.com/',
    'https://reg.usps.com/entreg/LoginAction_input?app=Phoenix',
    'https://es-reg.usps.com/register',
    'https://verified.usps.com/am/XUI/?realm=/alpha&goto=https://www.usps.com/',
    'https://REG.USPS.COM/login',
    'https://reg.usps.com./login',
    'https://reg.usps.com:443/login',
  ])('accepts %s', (url) => {
    expect(isGenuineUspsUrl(url)).toBe(true);
  });

  it.each([
    'http://reg.usps.com/login',
    'https://usps.com-track.top/entreg/LoginAction_input',
    'https://reg.usps.com.evil.test/login',
    'https://usps-post.world/',
    'https://uspspost.me/',
    'https://usps.informedtrck.com/',
    'https://notusps.com/',
    'https://reg.usps.com:8443/login',
    'https://user:secret@reg.usps.com/login',
    'https://evil.test/?next=https://reg.usps.com/',
    'ftp://reg.usps.com/',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isGenuineUspsUrl(url)).toBe(false);
  });

  it('accepts URL objects', () => {
    expect(isGenuineUspsUrl(new URL('https://tools.usps.com/rcas.htm'))).toBe(true);
    expect(isGenuineUspsUrl(new URL('http://tools.usps.com/rcas.htm'))).toBe(false);
  });
});
