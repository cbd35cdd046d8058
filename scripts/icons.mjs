#!/usr/bin/env node
// The app icons in public/icons/, drawn from public/favicon.svg by Debian's Chromium. Run after
// changing the favicon and commit the PNGs: the build only copies them.
//   icon-192.png, icon-512.png   the favicon as it is (rounded square, transparent corners)
//   maskable-512.png             full-bleed square, the mark inside the safe zone (the platform cuts the shape)
//   apple-touch-icon.png         180 px, full-bleed: iOS rounds the corners itself
// Usage: node scripts/icons.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const favicon = readFileSync('public/favicon.svg', 'utf8').trim();
// The favicon is a rounded square followed by the mark; a full-bleed icon drops the rounding and
// shrinks the mark into the middle 80%, the circle a maskable icon is guaranteed to show.
const [, open, square, mark] = favicon.match(/^(<svg[^>]*>)(<rect[^>]*\/>)(.*)<\/svg>$/s) ?? [];
if (!open || !square || mark === undefined) throw new Error('public/favicon.svg: expected <svg><rect …/>mark</svg>');
const fullBleed = `${open}${square.replace(/ rx="[^"]*"/, '')}<g transform="translate(16 16) scale(0.8) translate(-16 -16)">${mark}</g></svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'maskable-512.png', size: 512, svg: fullBleed },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed },
];

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
for (const { file, size, svg } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`Wrote ${icons.map(({ file }) => file).join(', ')} to public/icons/`);
