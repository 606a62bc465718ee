import type { Plugin } from 'vite';
import { rewriteBuiltChunks } from './built-chunks';

/**
 * Writes every non-ASCII character in the built JavaScript as a `\uXXXX` escape (the Spanish
 * guides' á, ñ, ¿…). V8 keeps a script's source in memory for the page's lifetime, as one byte per
 * character only when every character fits in Latin-1: a single "’" makes the whole sidebar bundle
 * two bytes per character in every page it runs in. The escapes are equivalent in strings, template
 * literals, regular expressions and identifiers, which is all our bundles contain; they cost a few
 * bytes of gzip.
 */
export function asciiOnly(): Plugin {
  return rewriteBuiltChunks('restore-access:ascii-only', escapeNonAscii);
}

export function escapeNonAscii(code: string): string {
  return code.replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
