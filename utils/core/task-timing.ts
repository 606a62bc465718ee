type PostTask = (task: () => void, options: { priority: 'user-blocking' }) => unknown;

/**
 * A task of the highest priority (Chrome's scheduler; a timer elsewhere): it runs ahead of
 * ordinary tasks queued meanwhile, such as message replies and timers.
 */
export function soon(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (typeof scheduler?.postTask === 'function') scheduler.postTask(callback, { priority: 'user-blocking' });
  else setTimeout(callback);
}

/** Hidden tabs run no animation frames: a timer stands in (here and in utils/recognition/page-watcher.ts). */
export const HIDDEN_TAB_FALLBACK_MS = 100;

/**
 * Once, after the next frame has been painted: two high-priority tasks after the frame's
 * animation callbacks, so it also runs after the task that marks that paint for `npm run bench`
 * (utils/sidebar/start.tsx, onFirstShown). In a hidden tab, which runs no frames, after
 * a timer instead.
 */
export function afterNextFrame(callback: () => void, fallbackMs = HIDDEN_TAB_FALLBACK_MS): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    callback();
  };
  const timer = setTimeout(run, fallbackMs);
  requestAnimationFrame(() => soon(() => soon(run)));
}
