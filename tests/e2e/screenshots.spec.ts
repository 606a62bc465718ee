import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SHOTS_FILE, takeShots } from '../../scripts/screenshots';
import { serveFixtures } from './extension';
import { launchWithToolbarButton } from './toolbar-button';

// The store and README pictures (docs/store/screenshots/, from `npm run screenshots`) must show
// the product as it is: the same walk, without taking pictures, must find the same text in the
// sidebar and popup as shots.json recorded when they were taken. Text, not pixels.
const COMMITTED = join('docs/store/screenshots', SHOTS_FILE);

// biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their first argument.
test('the committed screenshots show what the sidebar and popup show today (else run npm run screenshots)', async ({}, testInfo) => {
  // Eleven pages and two popups in one test: about 15 s alone, more on CI's two busy cores.
  test.setTimeout(120_000);
  // The toolbar button must be clickable for the lookalike shot, as in scripts/screenshots.ts.
  const context = await launchWithToolbarButton();
  await serveFixtures(context);
  const shots = await takeShots(context, { outDir: testInfo.outputDir, pictures: false }).finally(() =>
    context.close(),
  );
  const committed = JSON.parse(readFileSync(COMMITTED, 'utf8'));
  expect(shots, `${COMMITTED} is stale: run npm run screenshots and commit the pictures`).toEqual(committed);
});
