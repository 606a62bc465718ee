import { describe, expect, it } from 'vitest';
import { buildPageReport, maskText, stripAddress } from '../../../utils/page-report/sanitize';
import { recognisePage } from '../../../utils/recognition/recognise';
import { loadFixturePool, parseFixture } from '../../fixtures/pool';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const PRIVATE_PAGE = `<!doctype html><html lang="en"><head><title>Sign In | USPS</title>
<script>var secret = "script-secret";</script><style>.x{color:red}</style></head>
<body>
<header><a href="/myaccount?token=abc123#frag">My account</a><span class="greeting">Hi, Jane Doe</span></header>
<h1>Sign In</h1>
<p>Your package 9400111899223197428490 is on its way to 742 Evergreen Terrace.</p>
<p>Call us at 2025550147 or write to jane.doe@example.com</p>
<form action="https://reg.usps.com/entreg/LoginAction?app=Phoenix&amp;user=jane" method="post">
  <label for="username">Username</label>
  <input id="username" name="username" type="text" value="janedoe77" autocomplete="username">
  <label for="password">Password</label>
  <input id="password" name="password" type="password" value="hunter2-secret">
  <textarea name="note">typed note text</textarea>
  <select name="q"><option selected>Mother's maiden name Smithers</option></select>
  <div id="error-username" role="alert">No account for jane.doe@example.com</div>
  <div class="hidden">hidden block</div>
  <button type="submit">Sign In</button>
  <input type="submit" value="Submit-caption">
</form>
<img src="https://www.usps.com/pic.png?who=jane" alt="Jane's photo">
</body></html>`;

describe('buildPageReport', () => {
  const doc = parse(PRIVATE_PAGE);
  // Values typed after the page loaded (the DOM property, not the attribute).
  (doc.getElementById('username') as HTMLInputElement).value = 'typed-username-value';
  (doc.getElementById('password') as HTMLInputElement).value = 'typed-password-value';
  const report = buildPageReport(doc, {
    url: 'https://reg.usps.com/entreg/LoginAction_input?app=Phoenix&email=jane.doe@example.com#top',
    version: '0.1.0',
    recognition: { kind: 'sign-in', signals: ['url:classic-login', 'dom:password-field'] },
  });

  it('leaves out every value, private text, query string, script, style and image', () => {
    for (const secret of [
      'janedoe77',
      'hunter2-secret',
      'typed-username-value',
      'typed-password-value',
      'typed note text',
      'Smithers',
      'jane.doe@example.com',
      'Jane',
      'Doe',
      '2025550147',
      '9400111899223197428490',
      'Evergreen',
      'token=abc123',
      'frag',
      'user=jane',
      'app=Phoenix',
      'script-secret',
      'color:red',
      '<img',
      'pic.png',
      'value=',
      'Submit-caption',
    ]) {
      expect(report, secret).not.toContain(secret);
    }
  });

  it('keeps the structure, the wording recognition reads and the visibility', () => {
    expect(report.startsWith('<!doctype html>\n<!--\nRestore Access page report')).toBe(true);
    expect(report).toContain('address: https://reg.usps.com/entreg/LoginAction_input\n');
    expect(report).toContain('extension version: 0.1.0');
    expect(report).toContain('recognised as: sign-in');
    expect(report).toContain('signals: url:classic-login, dom:password-field');
    expect(report).toContain('<title>Sign In | USPS</title>');
    expect(report).toContain('<h1>Sign In</h1>');
    expect(report).toContain('<label for="username">Username</label>');
    expect(report).toContain('<input id="username" name="username" type="text" autocomplete="username">');
    expect(report).toContain('action="https://reg.usps.com/entreg/LoginAction"');
    expect(report).toContain('<a href="/myaccount">My account</a>');
    expect(report).toContain('No account for [email]');
    expect(report).toContain('<div class="hidden" data-ra-visible="false"></div>');
    const reread = parse(report);
    expect(reread.querySelector('input[type="password"]')).not.toBeNull();
    expect(reread.querySelector('[role="alert"]')?.id).toBe('error-username');
  });

  it('masks emails, long numbers and greetings', () => {
    expect(maskText('Hi, Jane Doe')).toBe('Hi, [name]');
    expect(maskText('Hello Jane')).toBe('Hello [name]');
    expect(maskText('Hola, juana')).toBe('Hola, [name]');
    expect(maskText('Welcome to USPS')).toBe('Welcome to USPS');
    expect(maskText('write to a.b@c.com now')).toBe('write to [email] now');
    expect(maskText('Reference #18.6f3c2e17.1700000000')).toBe('Reference #18.6f3c2e17.0000000000');
  });

  it('strips queries and fragments and drops script addresses', () => {
    expect(stripAddress('https://x.usps.com/a?b=c#d')).toBe('https://x.usps.com/a');
    expect(stripAddress('#top')).toBe('');
    expect(stripAddress('javascript:alert(1)')).toBeNull();
  });
});

describe('every page of the fixture pool is recognised from its report as from itself', () => {
  for (const fixture of loadFixturePool()) {
    it(fixture.id, () => {
      const page = recognisePage(parseFixture(fixture), fixture.url);
      const report = buildPageReport(parseFixture(fixture), { url: fixture.url, version: 'test', recognition: page });
      const fromReport = recognisePage(parse(report), fixture.url);
      expect({ kind: fromReport.kind, reason: fromReport.reason }).toEqual({ kind: page.kind, reason: page.reason });
    });
  }
});
