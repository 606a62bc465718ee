// Reads the page once, then keeps watching it and listening for the popup, as a detector must
// (the same observer options as utils/page-watcher.ts on an account host).
globalThis.floorFound = document.querySelector('input[type=password]');
let changes = 0;
new MutationObserver((records) => {
  changes += records.length;
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'aria-hidden'],
});
chrome.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
  sendResponse({ changes });
});
