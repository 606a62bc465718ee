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

function isRelevant(record: MutationRecord, isOwnNode: (node: Node) => boolean): boolean {
  const target = record.target;
  if (isOwnNode(target)) return false;
  if (record.type === 'attributes') return true;
  if (record.type === 'characterData') {
    const parent = target.parentElement;
    return !parent || !IGNORED_TAGS.has(parent.localName);
  }
  const changed = [...record.addedNodes, ...record.removedNodes];
  return changed.some((node) => {
    if (isOwnNode(node)) return false;
    if (node.nodeType === 3) return !!node.nodeValue?.trim();
    return node.nodeType === 1 && !IGNORED_TAGS.has((node as Element).localName);
  });
}

export function watchPage(onChange: () => void, options: PageWatcherOptions): void {
  if (options.signal.aborted) return;
  const isOwnNode = options.isOwnNode ?? (() => false);
  let scheduled = false;
  let lastUrl = location.href;
  const flush = () => {
    // The timeout and the animation frame can both fire (a tab hidden mid-batch): run once.
    if (!scheduled) return;
    scheduled = false;
    if (!options.signal.aborted) onChange();
  };
  const schedule = () => {
    if (scheduled || options.signal.aborted) return;
    scheduled = true;
    // rAF batches a burst of mutations into one recognition; the timeout covers hidden tabs,
    // where rAF does not run.
    const timer = setTimeout(flush, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      flush();
    });
  };
  const observer = new MutationObserver((records) => {
    if (scheduled) return;
    if (location.href !== lastUrl) {
      lastUrl = location.href;
      schedule();
      return;
    }
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
  const onNavigation = () => schedule();
  addEventListener('popstate', onNavigation, { signal: options.signal });
  addEventListener('hashchange', onNavigation, { signal: options.signal });
  options.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
