import { HIDDEN_TAB_FALLBACK_MS } from '../core/task-timing';

/**
 * Calls `onChange` when the page may have become a different screen without a page load
 * (verified.usps.com's single-page sign-in, or a form revealed by script). Mutations are
 * batched into one call per animation frame, records that cannot matter (our own sidebar,
 * text inside scripts and styles) are ignored, and everything stops with the signal.
 */
const IGNORED_TAGS = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template']);

export interface PageWatcherOptions {
  /** Our own UI host element(s): their mutations never count. */
  isOwnNode?: (node: Node) => boolean;
  signal: AbortSignal;
  /** Also watch attributes that show or hide things (class/style/hidden). */
  watchVisibility?: boolean;
}

function isRelevantNode(node: Node, isOwnNode: (node: Node) => boolean): boolean {
  if (isOwnNode(node)) return false;
  if (node.nodeType === 3) return !!node.nodeValue?.trim();
  return node.nodeType === 1 && !IGNORED_TAGS.has((node as Element).localName);
}

function isRelevant(record: MutationRecord, isOwnNode: (node: Node) => boolean): boolean {
  const target = record.target;
  if (isOwnNode(target)) return false;
  if (record.type === 'attributes') {
    // The sidebar moves the page aside with inline styles on <html> and <body>
    // (utils/sidebar/layout.ts). Styles there never show or hide a form, so they are not a new
    // screen; re-reading the page for them cost a full recognition in the sidebar's first frame.
    const doc = target.ownerDocument;
    return !(record.attributeName === 'style' && doc && (target === doc.documentElement || target === doc.body));
  }
  if (record.type === 'characterData') {
    const parent = target.parentElement;
    return !parent || !IGNORED_TAGS.has(parent.localName);
  }
  // Plain loops: a framework re-render hands over records with hundreds of nodes each.
  for (const node of record.addedNodes) if (isRelevantNode(node, isOwnNode)) return true;
  for (const node of record.removedNodes) if (isRelevantNode(node, isOwnNode)) return true;
  return false;
}

/**
 * After a recognition, further changes wait a while. A page that keeps redrawing (a framework
 * re-rendering a list every frame) backs the wait off from 100 to 400 ms, so it costs a few
 * recognitions a second instead of sixty; the first change after a quiet spell is still
 * recognised in the next frame.
 */
const MIN_COOLDOWN_MS = 100;
const MAX_COOLDOWN_MS = 400;

export function watchPage(onChange: () => void, options: PageWatcherOptions): void {
  if (options.signal.aborted) return;
  const isOwnNode = options.isOwnNode ?? (() => false);
  let scheduled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let lastRun = Number.NEGATIVE_INFINITY;
  let cooldown = MIN_COOLDOWN_MS;
  let lastUrl = location.href;
  const flush = () => {
    // The timer and the animation frame can both be pending (a tab hidden mid-batch): run once.
    if (!scheduled) return;
    scheduled = false;
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
    timer = frame = undefined;
    lastRun = performance.now();
    if (!options.signal.aborted) onChange();
  };
  /** `urgent`: a new URL means a new screen, which is recognised in the next frame regardless. */
  const schedule = (urgent = false) => {
    if (options.signal.aborted) return;
    if (scheduled) {
      // Already waiting for the next frame, or not urgent: the pending run covers this change.
      if (!urgent || frame !== undefined) return;
      clearTimeout(timer);
    }
    scheduled = true;
    const sinceLastRun = performance.now() - lastRun;
    if (!urgent && sinceLastRun < cooldown) {
      timer = setTimeout(flush, cooldown - sinceLastRun);
      cooldown = Math.min(cooldown * 2, MAX_COOLDOWN_MS);
      return;
    }
    cooldown = MIN_COOLDOWN_MS;
    // rAF batches a burst of mutations into one recognition, run before the next paint; hidden
    // tabs run no animation frames, so a timer stands in.
    timer = setTimeout(flush, HIDDEN_TAB_FALLBACK_MS);
    frame = requestAnimationFrame(flush);
  };
  const observer = new MutationObserver((records) => {
    if (location.href !== lastUrl) {
      lastUrl = location.href;
      schedule(true);
      return;
    }
    if (scheduled) return;
    for (const record of records) {
      if (isRelevant(record, isOwnNode)) {
        schedule();
        return;
      }
    }
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    ...(options.watchVisibility
      ? { attributes: true, attributeFilter: ['class', 'style', 'hidden', 'aria-hidden'] }
      : {}),
  });
  const onNavigation = () => {
    lastUrl = location.href;
    schedule(true);
  };
  addEventListener('popstate', onNavigation, { signal: options.signal });
  addEventListener('hashchange', onNavigation, { signal: options.signal });
  options.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      if (frame !== undefined) cancelAnimationFrame(frame);
    },
    { once: true },
  );
}
