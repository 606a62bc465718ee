import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LivePasswordRules } from '@/components/password-check/LivePasswordRules';
import { findNativeBrowser } from '@/utils/core/native-browser';
import { PASSWORD_RULES } from '@/utils/guides/password-rules';
import { startPasswordCheck } from '@/utils/password-check/start';

function resetChannel() {
  const scope = globalThis as Record<symbol, unknown>;
  delete scope[Symbol.for('restore-access.password-check-slot')];
  delete scope[Symbol.for('restore-access.password-check')];
}

afterEach(() => {
  resetChannel();
  document.body.replaceChildren();
});

const flush = () => act(() => new Promise((done) => setTimeout(done, 0)));

describe("the sidebar's side of the live check (components/password-check/LivePasswordRules.tsx)", () => {
  it('shows the plain list, asks for the check, and gives way to the live list the check draws', async () => {
    const api = findNativeBrowser();
    const original = api.runtime.sendMessage;
    const sent = vi.fn(async () => true);
    api.runtime.sendMessage = sent as unknown as typeof api.runtime.sendMessage;
    document.body.innerHTML = '<input type="password" id="tPasswordNew"><input type="password" id="tPasswordRetype">';
    const host = document.createElement('div');
    document.body.append(host);
    await act(() =>
      render(h(LivePasswordRules, { rules: PASSWORD_RULES.en.rules, language: 'en', carried: null }), host),
    );
    await flush();
    expect(sent).toHaveBeenCalledWith({ type: 'load-password-check' });
    expect(host.querySelectorAll('ul.ra-checklist li')).toHaveLength(7);
    expect(host.querySelector('.ra-live-rules')).toBeNull();

    // What the injected script does when it starts in the same (isolated) world.
    startPasswordCheck(document, 'https://reg.usps.com/entreg/LoginAction');
    await flush();
    expect(host.querySelectorAll('ul')).toHaveLength(1);
    expect(host.querySelector('ul.ra-live-rules')?.children).toHaveLength(7);

    // A re-render with the same props leaves the live list alone (Preact does not own it).
    await act(() =>
      render(h(LivePasswordRules, { rules: PASSWORD_RULES.en.rules, language: 'en', carried: null }), host),
    );
    await flush();
    expect(host.querySelector('ul.ra-live-rules')).not.toBeNull();

    // Another language: withdrawn and offered again, drawn again in Spanish.
    await act(() =>
      render(h(LivePasswordRules, { rules: PASSWORD_RULES.es.rules, language: 'es', carried: null }), host),
    );
    await flush();
    expect(host.querySelector('ul.ra-live-rules li')?.textContent).toBe(PASSWORD_RULES.es.rules[0]);
    expect(host.textContent).toContain('Revisar mi contraseña');

    // Gone (the option turned off, another page kind): the check stops and its list goes.
    await act(() => render(null, host));
    await flush();
    expect(host.childNodes).toHaveLength(0);
    api.runtime.sendMessage = original;
  });
});
