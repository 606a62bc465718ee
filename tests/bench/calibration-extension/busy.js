// Keeps the page's main thread busy for 20 ms from the extension's isolated world. If the
// benchmark's counters see these 20 ms, they also see Restore Access's content scripts.
const start = performance.now();
while (performance.now() - start < 20) {
  // busy on purpose
}
