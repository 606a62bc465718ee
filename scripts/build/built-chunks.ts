import type { Plugin } from 'vite';

/** A Vite plugin that rewrites the code of every built chunk once bundling is done (minified). */
export function rewriteBuiltChunks(name: string, rewrite: (code: string, fileName: string) => string): Plugin {
  return {
    name,
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') output.code = rewrite(output.code, output.fileName);
      }
    },
  };
}
