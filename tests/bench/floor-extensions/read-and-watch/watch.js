// Reads the page once, then keeps watching it, as a detector must (the same observer options as
// utils/recognition/page-watcher.ts on an account host). No message listener: the popup reads a detector's
// result with scripting.executeScript (utils/popup/status.ts), so none is needed.
globalThis.floorFound = document.querySelector('input[type=password]');
globalThis.floorChanges = 0;
new MutationObserver((records) => {
  globalThis.floorChanges += records.length;
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'aria-hidden'],
});
