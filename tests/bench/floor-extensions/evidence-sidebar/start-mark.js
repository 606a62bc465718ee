// The floor's start, made where Restore Access's detector makes it: before the page is read
// (tests/bench/floor-extensions/README.md, evidence-sidebar). The Preact sidebar after it then
// makes no start mark of its own.
performance.mark('restore-access:detector-start');
