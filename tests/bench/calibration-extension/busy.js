// Keeps the page's main thread busy from the extension's isolated world: 20 ms in the script
// itself, then 20 ms more in a promise callback. If the benchmark's counters see these 40 ms,
// they also see Restore Access's content scripts, including the work they do in `.then`
// callbacks (CDP's ScriptDuration alone sees only the first 20 ms).
const spin = (ms) => {
  const start = performance.now();
  while (performance.now() - start < ms) {
    // busy on purpose
  }
};
spin(20);
Promise.resolve().then(() => spin(20));
