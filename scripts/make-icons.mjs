// Draws the extension icon (a white key on a deep green tile: "getting back in", and on purpose
// nothing like USPS's eagle or its navy-and-red colours) and renders it to public/icon/<size>.png
// with Debian's Chromium. Run: bash scripts/with-node.sh node scripts/make-icons.mjs
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SIZES = [16, 32, 48, 96, 128];

// On a 128 grid; strokes stay at least ~1.7 px wide at 16 px so the key still reads.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#0b5d45"/>
  <circle cx="42" cy="64" r="20" fill="none" stroke="#fff" stroke-width="14"/>
  <path d="M60 64H110M92 64V86M108 64V80" fill="none" stroke="#fff" stroke-width="14" stroke-linecap="square"/>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  mkdirSync('public/icon', { recursive: true });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // The 128 icon is the store's: 96×96 drawn inside 16 px of transparent padding on each side
    // (https://developer.chrome.com/docs/webstore/images). Smaller sizes use the whole square.
    const svg = size === 128 ? SVG.replace('viewBox="0 0 128 128"', 'viewBox="-16 -16 160 160"') : SVG;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
