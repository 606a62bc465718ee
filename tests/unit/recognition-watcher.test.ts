import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../utils/page-watcher';

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
});

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
});
