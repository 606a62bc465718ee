/**
 * How Chrome and Firefox test a URL against a manifest match pattern, for the forms this
 * extension's manifest uses (wxt.config.ts): a scheme, an exact or `*.` host, and `*` in the
 * path, which is matched against the path and query; the fragment is not part of it. One copy for
 * the help-page list (utils/delivery/help-pages.ts) and the benchmark's size table (scripts/build/built-sizes.ts).
 */
export function matchesPattern(href: string, pattern: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
    .replace('://.*\\.', '://(?:[^/]*\\.)?');
  return new RegExp(`^${source}$`).test(href.split('#')[0] ?? '');
}
