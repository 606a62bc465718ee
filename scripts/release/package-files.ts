// A built extension as the checks see it, whether it comes from a build folder or a zip:
// path → bytes, and from that the manifest with its locale messages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, ManifestInput, Messages } from './checks';

/** Every file under `dir`, by its path relative to `dir` with forward slashes. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split('\\').join('/'), readFileSync(path));
  }
  return files;
}

export function manifestInput(
  browser: Browser,
  files: ReadonlyMap<string, Buffer>,
  packageVersion: string,
): ManifestInput {
  const manifestBytes = files.get('manifest.json');
  if (manifestBytes === undefined) throw new Error(`the ${browser} package has no manifest.json`);
  const messages: Record<string, Messages> = {};
  for (const [path, bytes] of files) {
    const locale = /^_locales\/([^/]+)\/messages\.json$/.exec(path)?.[1];
    if (locale !== undefined) messages[locale] = JSON.parse(bytes.toString('utf8')) as Messages;
  }
  return {
    browser,
    manifest: JSON.parse(manifestBytes.toString('utf8')),
    messages,
    files: new Set(files.keys()),
    packageVersion,
  };
}
