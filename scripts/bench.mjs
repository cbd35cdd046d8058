#!/usr/bin/env node
// Speed and size budgets, measured on a fresh production build:
//   build time, page count, dist size, and what a first visit of key pages fetches
//   (all bytes, and script bytes, uncompressed as served by `astro preview`).
// Exits non-zero when a budget is exceeded. Usage: npm run bench
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4390);
const ORIGIN = `http://localhost:${PORT}`;
const DIST = 'dist';

/** Budgets a learner feels; each is checked below. */
const BUDGETS = {
  'section page script (KB)': 20,
  'home page total (KB)': 150,
  'section page total (KB)': 200,
  'search: typing to first results, median (ms)': 300,
};

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

function build() {
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build failed');
  return (performance.now() - started) / 1000;
}

async function serve() {
  const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--ignore-lock'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('preview server did not start');
}

/** Everything the browser fetches on a first visit (cold cache), until the network is idle. */
export async function firstVisit(browser, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  let total = 0;
  let script = 0;
  for (const response of responses) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    total += body.length;
    if (response.request().resourceType() === 'script') script += body.length;
  }
  // Inline scripts count too: they are part of what the page runs before search is opened.
  script += await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      // Only code counts: Pagefind's result template is a <script type="text/pagefind-template">.
      .filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript')
      .reduce((n, s) => n + new Blob([s.textContent ?? '']).size, 0),
  );
  await context.close();
  return { requests: responses.length, total, script };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const buildSeconds = build();
const files = walk(DIST);
const pages = files.filter((f) => f.endsWith('.html')).length;
const distBytes = files.reduce((n, f) => n + statSync(f).size, 0);

const server = await serve();
const browser = await launch();
const results = [];
try {
  const home = await firstVisit(browser, '/');
  const section = await firstVisit(browser, '/sections/post-training/');
  const question = await firstVisit(browser, '/questions/grpo-vs-dpo/');
  results.push(
    ['build time (s)', buildSeconds.toFixed(1)],
    ['pages', pages],
    ['dist size (KB)', kb(distBytes)],
    ['home page total (KB)', kb(home.total)],
    ['home page script (KB)', kb(home.script)],
    ['section page total (KB)', kb(section.total)],
    ['section page script (KB)', kb(section.script)],
    ['question page total (KB)', kb(question.total)],
    ['question page script (KB)', kb(question.script)],
  );
  const { benchSearch } = await import('./bench-search.mjs');
  const search = await benchSearch({ url: `${ORIGIN}/`, browser });
  results.push(
    ['search: first open fetches (KB)', kb(search.open.bytes)],
    ['search: typing to first results, median (ms)', search.firstResultsMs.median],
    ['search: typing to first results, max (ms)', search.firstResultsMs.max],
    ['search: bytes one search fetches, median (KB)', kb(search.bytesPerSearch.median)],
  );
} finally {
  await browser.close();
  process.kill(-server.pid);
}

let over = 0;
const width = Math.max(...results.map(([name]) => name.length));
for (const [name, value] of results) {
  const budget = BUDGETS[name];
  const verdict = budget === undefined ? '' : Number(value) <= budget ? `  ok (budget ${budget})` : `  OVER BUDGET (${budget})`;
  if (budget !== undefined && Number(value) > budget) over++;
  console.log(`${name.padEnd(width)}  ${String(value).padStart(8)}${verdict}`);
}
process.exit(over ? 1 : 0);
