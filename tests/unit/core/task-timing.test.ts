import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame, HIDDEN_TAB_FALLBACK_MS, soon } from '../../../utils/core/task-timing';

/**
 * The sidebar starts carry-over with `afterNextFrame` (entrypoints/sidebar/index.tsx): it must
 * start exactly once, after the frame, behind the bench's paint mark, and also in a hidden tab,
 * where no frame comes.
 */
const frames: FrameRequestCallback[] = [];
const posted: Array<{ task: () => void; priority: string }> = [];

function runFrame() {
  for (const callback of frames.splice(0)) callback(performance.now());
}
function runPostedTask() {
  posted.shift()?.task();
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('scheduler', {
    postTask: (task: () => void, options: { priority: string }) => posted.push({ task, priority: options.priority }),
  });
});

afterEach(() => {
  frames.length = 0;
  posted.length = 0;
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('soon', () => {
  it("posts a task of the scheduler's highest priority", () => {
    const callback = vi.fn();
    soon(callback);
    expect(callback).not.toHaveBeenCalled();
    expect(posted.map((entry) => entry.priority)).toEqual(['user-blocking']);
    runPostedTask();
    expect(callback).toHaveBeenCalledOnce();
  });

  it('falls back to a timer where there is no scheduler (Firefox)', () => {
    vi.stubGlobal('scheduler', undefined);
    const callback = vi.fn();
    soon(callback);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledOnce();
  });
});

describe('afterNextFrame', () => {
  it('runs after the frame, behind a high-priority task posted in the same frame', () => {
    const order: string[] = [];
    afterNextFrame(() => order.push('carry-over'));
    // The bench's paint mark: requested after carry-over was scheduled, as in the sidebar.
    requestAnimationFrame(() => soon(() => order.push('painted mark')));
    expect(order).toEqual([]);
    runFrame();
    while (posted.length > 0) runPostedTask();
    expect(order).toEqual(['painted mark', 'carry-over']);
  });

  it('runs once, and the timer that stands in for a frame does not run it again', () => {
    const callback = vi.fn();
    afterNextFrame(callback);
    runFrame();
    while (posted.length > 0) runPostedTask();
    vi.advanceTimersByTime(HIDDEN_TAB_FALLBACK_MS * 3);
    expect(callback).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs in a hidden tab, where no frame comes, after the fallback timer', () => {
    const callback = vi.fn();
    afterNextFrame(callback);
    vi.advanceTimersByTime(HIDDEN_TAB_FALLBACK_MS - 1);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledOnce();
    // The frame that comes when the tab is shown changes nothing.
    runFrame();
    while (posted.length > 0) runPostedTask();
    expect(callback).toHaveBeenCalledOnce();
  });
});
