#!/usr/bin/env node
// Screenshots of the built site for a human look: light, dark, 360 px wide, and print to PDF.
// Usage: npm run screenshots -- [--url http://localhost:4321] [--out screenshots] [path ...]
// Needs the site served (npm start) and Debian's Chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { url: { type: 'string', default: 'http://localhost:4321' }, out: { type: 'string', default: 'screenshots' } },
});
const paths = positionals.length ? positionals : ['/', '/sections/post-training/', '/questions/grpo-vs-dpo/', '/topics/dpo/'];
mkdirSync(values.out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const shots = [
  { name: 'light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'phone', viewport: { width: 360, height: 780 }, colorScheme: 'light' },
];
for (const path of paths) {
  const slug = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.colorScheme });
    await page.goto(values.url + path);
    await page.screenshot({ path: join(values.out, `${slug}.${shot.name}.png`), fullPage: shot.name !== 'dark' });
    await page.close();
  }
  const page = await browser.newPage({ colorScheme: 'dark' });
  await page.goto(values.url + path);
  await page.pdf({ path: join(values.out, `${slug}.print.pdf`), format: 'A4' });
  await page.close();
}
await browser.close();
console.log(`Wrote ${paths.length * 4} files to ${values.out}/`);
