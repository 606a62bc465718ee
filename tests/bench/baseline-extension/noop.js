// Intentionally empty: the benchmark's baseline measures what Chromium itself charges a page for
// running any content script (isolated world creation, script load), so that Restore Access is
// compared with the cheapest possible extension rather than with no extension at all.
