import type { Plugin } from 'vite';
import { rewriteBuiltChunks } from './built-chunks';

/** The scripts whose functions nearly all run as soon as they load. */
export const EAGER_SCRIPTS = ['sidebar.js', 'detector.js', 'error-watch.js'];

/** V8's explicit compile hint: compile every function of the file while compiling the file. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Starts the sidebar bundle, the detector and the error watch with V8's compile hint. Without it
 * V8 only pre-parses a function when it compiles the script, then parses and compiles it again at
 * its first call; nearly every function of these scripts is called while the page loads (the
 * watch checks the page, the detector recognises it, the sidebar renders), so each was parsed
 * twice. The hint saves main-thread script time on a site's first page (later pages reuse V8's
 * compilation cache either way) for a little more heap, the bytecode of the few functions that
 * never run (docs/performance.md, "What changed the figures"). Other browsers read it as a
 * comment.
 */
export function compileHints(): Plugin {
  return rewriteBuiltChunks('restore-access:compile-hints', (code, fileName) =>
    EAGER_SCRIPTS.includes(fileName) ? `${COMPILE_HINT}\n${code}` : code,
  );
}
