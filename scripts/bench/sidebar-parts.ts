import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One source edit; it fails loudly when the source it expects has changed. */
function replaceIn(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const source = readFileSync(path, 'utf8');
  if (!source.includes(from)) throw new Error(`heap-parts: ${file} no longer contains ${JSON.stringify(from)}`);
  writeFileSync(path, source.replace(from, to));
}

/**
 * Every `es: {…}` or `es: […]` property (the Spanish guide and message tables) becomes
 * `undefined`: an English-only bundle, as one bundle per language would give an English page.
 */
export function dropSpanish(root: string): void {
  const files = [
    ...readdirSync(join(root, 'utils/guides')).map((file) => `utils/guides/${file}`),
    'utils/sidebar/strings.ts',
    'utils/carry-over/strings.ts',
  ];
  let dropped = 0;
  for (const file of files) {
    let source = readFileSync(join(root, file), 'utf8');
    const cuts: Array<[number, number]> = [];
    const property = /\bes: ([{[])/g;
    for (let found = property.exec(source); found; found = property.exec(source)) {
      // To the matching bracket, skipping string literals.
      let at = found.index + found[0].length - 1;
      for (let depth = 0; at < source.length; at += 1) {
        const char = source[at];
        if (char === "'" || char === '"' || char === '`') {
          for (at += 1; source[at] !== char; at += source[at] === '\\' ? 2 : 1);
        } else if (char === '{' || char === '[') depth += 1;
        else if ((char === '}' || char === ']') && --depth === 0) break;
      }
      cuts.push([found.index + 'es: '.length, at + 1]);
      property.lastIndex = at + 1;
    }
    for (const [start, end] of cuts.reverse())
      source = `${source.slice(0, start)}(undefined as never)${source.slice(end)}`;
    writeFileSync(join(root, file), source);
    dropped += cuts.length;
  }
  if (dropped === 0) throw new Error('heap-parts: no Spanish tables found');
}

/** One edit of a part: in this file, replace the first `from` with `to`. */
type Edit = readonly [file: string, from: string, to: string];

const EDITS: Record<string, readonly Edit[]> = {
  'carry-over (capture, prefill, its notice)': [
    ['utils/sidebar/start.tsx', 'const carryOver = startCarryOver(', 'const carryOver = null && startCarryOver('],
    ['components/sidebar/SidebarExtras.tsx', 'return <CarryOver lang={props.language} />;', 'return props && null;'],
  ],
  'Show me (finding and showing targets)': [
    [
      'components/guides/GuidePanel.tsx',
      'setOnPage(new Set(targets.filter((target) => findTarget(target) !== null)));',
      'setOnPage(new Set(targets.filter(() => false)));',
    ],
    ['components/sidebar/Sidebar.tsx', 'const moved = showTarget(target);', 'const moved = false as boolean;'],
  ],
  'support card and display settings': [
    ['components/sidebar/Sidebar.tsx', '<SupportCard t={t} />', ''],
    ['components/sidebar/Sidebar.tsx', '<DisplaySettings settings={settings} onChange={change} t={t} />', '{null}'],
  ],
};

/**
 * Parts of the sidebar `npm run bench:heap-parts` takes out, each as edits to a copy of the
 * sources at `root` (never the working tree). tests/unit/bench/sidebar-parts.test.ts checks that
 * every edit still applies to the current sources.
 */
export const SIDEBAR_PARTS: Record<string, (root: string) => void> = {
  'Spanish (guides and words)': dropSpanish,
  ...Object.fromEntries(
    Object.entries(EDITS).map(([part, edits]) => [
      part,
      (root: string) => {
        for (const [file, from, to] of edits) replaceIn(root, file, from, to);
      },
    ]),
  ),
};
