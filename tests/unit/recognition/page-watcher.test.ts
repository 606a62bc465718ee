import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../utils/recognition/page-watcher';

/**
 * The watcher is what makes single-page screens (verified.usps.com) recognisable: it must call
 * back after a relevant change, ignore changes that cannot matter, and stop for good when aborted.
 */
const controllers: AbortController[] = [];
function watch(options: { isOwnNode?: (node: Node) => boolean; watchVisibility?: boolean } = {}) {
  const controller = new AbortController();
  controllers.push(controller);
  const onChange = vi.fn();
  watchPage(onChange, { signal: controller.signal, ...options });
  return { onChange, controller };
}

afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
  document.body.replaceChildren();
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
  document.body.removeAttribute('class');
});

/** Every attribute record the page produced, as a plain observer sees them (proof the change happened). */
function recordAttributes() {
  const seen: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) seen.push(`${(record.target as Element).localName}@${record.attributeName}`);
  });
  observer.observe(document.documentElement, { attributes: true, subtree: true });
  return { seen, stop: () => observer.disconnect() };
}

describe('watchPage', () => {
  it('calls back once for a burst of screen changes', async () => {
    const { onChange } = watch();
    const heading = document.createElement('h1');
    heading.textContent = 'Enter the code we emailed you.';
    document.body.append(heading);
    document.body.append(document.createElement('input'));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('sees an element revealed by script when watching visibility', async () => {
    const form = document.createElement('form');
    form.hidden = true;
    document.body.append(form);
    const { onChange } = watch({ watchVisibility: true });
    form.hidden = false;
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
  });

  it('ignores its own UI and script text, but not the page', async () => {
    const own = watch({ isOwnNode: (node) => node.nodeName.toLowerCase() === 'restore-access-sidebar' });
    const probe = watch();
    document.body.append(document.createElement('restore-access-sidebar'));
    const script = document.createElement('script');
    script.type = 'application/json';
    document.body.append(script);
    // `probe` sees the same mutations; once it has been called, `own` has had its chance too.
    await vi.waitFor(() => expect(probe.onChange).toHaveBeenCalled());
    expect(own.onChange).not.toHaveBeenCalled();
  });

  it('stops calling back once its signal is aborted', async () => {
    const stopped = watch();
    const live = watch();
    stopped.controller.abort();
    const alert = document.createElement('div');
    alert.textContent = 'The code is incorrect. Do you want to try again?';
    document.body.append(alert);
    await vi.waitFor(() => expect(live.onChange).toHaveBeenCalled());
    expect(stopped.onChange).not.toHaveBeenCalled();
  });

  it('does not start at all with an already aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    const onChange = vi.fn();
    watchPage(onChange, { signal: controller.signal });
    const live = watch();
    document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(live.onChange).toHaveBeenCalled());
    expect(onChange).not.toHaveBeenCalled();
  });

  it.each([
    ['<html>', () => document.documentElement],
    ['<body>', () => document.body],
  ])("ignores style changes on %s (the sidebar's page margin), even watching visibility", async (_label, target) => {
    const tested = watch({ watchVisibility: true, isOwnNode: (node) => node.nodeName === 'RESTORE-ACCESS-SIDEBAR' });
    const probe = watch();
    const attributes = recordAttributes();
    // As utils/sidebar/layout.ts moves the page aside, then as a page script might.
    target().style.setProperty('margin-right', '360px', 'important');
    target().setAttribute('style', 'margin-right: 360px');
    // Something only the probe counts: once it has been called, `tested` has had its chance.
    document.body.append(document.createElement('restore-access-sidebar'));
    await vi.waitFor(() => expect(probe.onChange).toHaveBeenCalled());
    attributes.stop();
    expect(attributes.seen).toContain(`${target().localName}@style`);
    expect(tested.onChange).not.toHaveBeenCalled();
  });

  it('still sees a class change on <body> (a page may switch screens that way)', async () => {
    const { onChange } = watch({ watchVisibility: true });
    document.body.className = 'step-2';
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
  });

  it.each<[string, (element: HTMLElement) => void]>([
    ['style', (element) => element.style.setProperty('display', 'none')],
    ['style attribute', (element) => element.setAttribute('style', 'display: none')],
    ['class', (element) => element.classList.add('is-hidden')],
    ['hidden', (element) => element.toggleAttribute('hidden')],
  ])('sees a %s change on an element inside <body> when watching visibility', async (_label, change) => {
    const form = document.createElement('form');
    document.body.append(form);
    const { onChange } = watch({ watchVisibility: true });
    change(form);
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
  });
});
