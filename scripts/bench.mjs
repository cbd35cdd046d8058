#!/usr/bin/env node
// Speed and size budgets, measured on a fresh production build:
//   - build time, page count, dist size;
//   - per page kind, what a first visit (cold cache, until the network is idle) fetches, counted as
//     a host sends it: each response gzipped at level 6. All bytes, and script bytes (inline
//     scripts included) before search is opened;
//   - per page kind, layout shift while loading, the worst of a new and a returning learner, on a
//     412 px phone and a 1280 px desktop;
//   - what loads only on first use: no page fetches the search UI, the answer diff or the practice
//     session's scheduler before the learner opens them;
//   - search: typing to first results (scripts/bench-search.mjs), and how often learners' queries
//     (scripts/searchQueries.mjs) list an expected question in the top five;
//   - offline: what the service worker precaches (files, size, the download it adds after a first
//     visit, gzipped) and how long a first visit takes to be ready offline from a local server.
// Exits non-zero when a budget is exceeded. Usage: npm run bench
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { PAGE_KINDS } from './pageKinds.mjs';
import { gzipped, precacheFiles, walk } from './precache.mjs';
import { SEARCH_QUERIES } from './searchQueries.mjs';

/** How the site ranks results (src/scripts/searchUi.ts configures Pagefind with it). */
const SEARCH_RANKING = JSON.parse(readFileSync(new URL('../src/data/searchRanking.json', import.meta.url), 'utf8'));

const PORT = Number(process.env.BENCH_PORT ?? 4390);
const ORIGIN = `http://localhost:${PORT}`;
const DIST = 'dist';

/**
 * The same 135-question syllabus built with stock Starlight, measured on 2026-11-25 (issue 9):
 * home 46.9 KB, a section 47.8 KB at first visit, gzipped. Our pages stay within half of that.
 */
const STARLIGHT = { home: 46.9, section: 47.8 };


/** Budgets a learner feels; each is checked below. */
const BUDGETS = {
  'home: first visit, gzipped (KB)': STARLIGHT.home / 2,
  'section: first visit, gzipped (KB)': STARLIGHT.section / 2,
  'script before search is opened, gzipped, any page (KB)': 10,
  'layout shift, worst page kind': 0.02,
  'pages that fetch search UI, diff, scheduler or (new learner) the store before use': 0,
  'search: typing to first results, median (ms)': 300,
  'search: concept queries with an expected question in the top 5 (%)': 80,
  'search: short phrases with an expected question in the top 5 (%)': 80,
  'search: literal queries with an expected question in the top 5 (%)': 80,
};

/** For each kind of learner query (scripts/searchQueries.mjs), the share with an expected question in the top five. */
async function searchRecall(browser) {
  const page = await browser.newPage(OVER_THE_NETWORK);
  await page.goto(`${ORIGIN}/`);
  const recall = await page.evaluate(async ({ bundle, sets, ranking }) => {
    const pagefind = await import(bundle);
    await pagefind.options({ ranking });
    await pagefind.init();
    const shares = {};
    for (const [kind, queries] of Object.entries(sets)) {
      let found = 0;
      for (const [query, expected] of queries) {
        const { results } = await pagefind.search(query);
        const top = (await Promise.all(results.slice(0, 5).map((result) => result.data()))).map((data) => data.url.split('/').at(-2));
        if (expected.some((id) => top.includes(id))) found++;
      }
      shares[kind] = Math.round((100 * found) / queries.length);
    }
    return shares;
  }, { bundle: '/pagefind/pagefind.js', sets: SEARCH_QUERIES, ranking: SEARCH_RANKING });
  await page.close();
  return recall;
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

/**
 * Loaded only when the learner asks: Pagefind's UI and index (search), the word diff ("What
 * changed"), a practice session and its scheduler (ts-fsrs, only in practiceRun), and for a new
 * learner the answer store (the 'store' chunk: it loads at the first save, or at once when the
 * browser holds saved work).
 */
const ON_FIRST_USE = [/\/pagefind\//, /answerChanges|answerDiffWorker|searchUiEntry|practiceRun|\/_astro\/store\./];

/**
 * The page rows measure the site over the network. The service worker would serve later requests
 * from its cache and, after a first visit, download the whole site from the same local server in
 * the background: it is blocked there and measured on its own (the precache rows).
 */
const OVER_THE_NETWORK = { serviceWorkers: 'block' };

/** Everything a first visit fetches (cold cache), gzipped as a host would send it. */
export async function firstVisit(browser, path) {
  const context = await browser.newContext(OVER_THE_NETWORK);
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  let total = 0;
  let script = 0;
  const early = [];
  for (const response of responses) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    total += gzipped(body);
    if (response.request().resourceType() === 'script') script += gzipped(body);
    // The search page's whole point is search: it may load Pagefind at once.
    if (path.startsWith('/search/')) continue;
    if (ON_FIRST_USE.some((pattern) => pattern.test(response.url()))) early.push(response.url());
  }
  // Inline scripts count too: they are part of what the page runs before search is opened.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      // Only code counts: Pagefind's result template is a <script type="text/pagefind-template">.
      .filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript')
      .map((s) => s.textContent ?? ''),
  );
  script += inline.reduce((n, code) => n + gzipped(Buffer.from(code)), 0);
  await context.close();
  return { requests: responses.length, total, script, early };
}

const day = 86_400_000;
/** A day as the stored format writes it ("2025-11-25", local). */
const dayOf = (ms) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
const RETURNING = JSON.stringify({
  format: 'training-roles-guide/answers',
  version: 3,
  answers: {
    'post-training-purpose': { before: { text: 'Pretraining predicts text.', updatedAt: Date.now() - 20 * day } },
    'grpo-vs-dpo': { before: { text: 'GRPO needs a reward.', updatedAt: Date.now() - 20 * day }, after: { text: 'Verifiable reward: GRPO.', updatedAt: Date.now() - 20 * day } },
  },
  picks: { 'grpo-vs-dpo': { picked: true, updatedAt: Date.now() - 20 * day } },
  notes: { 'post-training': { text: 'DPO paper', updatedAt: Date.now() - 20 * day } },
  // Practised three days ago, due yesterday: home shows a review due, the question page its history.
  attempts: {
    'grpo-vs-dpo': [{ id: 'bench-attempt-1', at: Date.now() - 3 * day, answer: 'A group baseline.', seconds: 140, points: [], total: 5, rating: 'hard', due: dayOf(Date.now() - day) }],
  },
  interview: null,
  lastBackupAt: null,
});

/** Seconds from the start of a first visit until the service worker has the whole site and serves the page. */
async function offlineReady(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(ORIGIN + '/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
  const seconds = (performance.now() - started) / 1000;
  await context.close();
  return seconds;
}

/** Cumulative layout shift while `path` loads, for a new or a returning learner. */
async function layoutShift(browser, path, { width, returning }) {
  const context = await browser.newContext({ ...OVER_THE_NETWORK, viewport: { width, height: width < 600 ? 860 : 800 } });
  const page = await context.newPage();
  if (returning) await page.addInitScript((value) => localStorage.setItem('training-roles-guide:answers', value), RETURNING);
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => window.__cls);
  await context.close();
  return cls;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const buildSeconds = process.env.BENCH_NO_BUILD ? 0 : build();
const files = walk(DIST);
const pages = files.filter((f) => f.endsWith('.html')).length;
const distBytes = files.reduce((n, f) => n + statSync(f).size, 0);
const precache = precacheFiles(DIST);

const server = await serve();
const browser = await launch();
const results = [];
const perPage = [];
try {
  let worstScript = 0;
  let worstShift = 0;
  let early = 0;
  for (const [kind, path] of Object.entries(PAGE_KINDS)) {
    const visit = await firstVisit(browser, path);
    let shift = 0;
    for (const width of [412, 1280]) {
      for (const returning of [false, true]) shift = Math.max(shift, await layoutShift(browser, path, { width, returning }));
    }
    perPage.push([kind, visit.requests, kb(visit.total), kb(visit.script), shift.toFixed(3)]);
    if (kind === 'home' || kind === 'section') results.push([`${kind}: first visit, gzipped (KB)`, kb(visit.total)]);
    if (kind !== 'search') worstScript = Math.max(worstScript, visit.script);
    worstShift = Math.max(worstShift, shift);
    if (visit.early.length) {
      early++;
      console.error(`${kind} fetched before use: ${visit.early.join(', ')}`);
    }
  }
  results.push(
    ['build time (s)', buildSeconds.toFixed(1)],
    ['pages', pages],
    ['dist size (KB, uncompressed)', kb(distBytes)],
    ['script before search is opened, gzipped, any page (KB)', kb(worstScript)],
    ['layout shift, worst page kind', worstShift.toFixed(3)],
    ['pages that fetch search UI, diff, scheduler or (new learner) the store before use', early],
    ['precache: files', precache.length],
    ['precache: size (KB, uncompressed)', kb(precache.reduce((n, file) => n + file.bytes, 0))],
    ['precache: download after a first visit, gzipped (KB)', kb(precache.reduce((n, file) => n + file.gzipped, 0))],
    ['precache: first visit to ready offline, local server (s)', (await offlineReady(browser)).toFixed(1)],
  );
  const { benchSearch } = await import('./bench-search.mjs');
  const search = await benchSearch({ url: `${ORIGIN}/`, browser });
  results.push(
    ['search: first open fetches (KB)', kb(search.open.bytes)],
    ['search: typing to first results, median (ms)', search.firstResultsMs.median],
    ['search: typing to first results, max (ms)', search.firstResultsMs.max],
    ['search: bytes one search fetches, median (KB)', kb(search.bytesPerSearch.median)],
  );
  const recall = await searchRecall(browser);
  for (const [kind, share] of Object.entries(recall)) {
    const name = { concept: 'concept queries', short: 'short phrases', literal: 'literal queries' }[kind];
    results.push([`search: ${name} with an expected question in the top 5 (%)`, share]);
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}

console.log('page kind   requests  first visit KB (gz)  script KB (gz)  layout shift');
for (const [kind, requests, total, script, shift] of perPage) {
  console.log(`${kind.padEnd(10)}  ${String(requests).padStart(8)}  ${String(total).padStart(19)}  ${String(script).padStart(14)}  ${shift.padStart(12)}`);
}
console.log('');
let over = 0;
const width = Math.max(...results.map(([name]) => name.length));
for (const [name, value] of results) {
  const budget = BUDGETS[name];
  // Shares of queries found are floors; everything else is a ceiling.
  const floor = name.includes('top 5');
  const within = budget === undefined || (floor ? Number(value) >= budget : Number(value) <= budget);
  const verdict = budget === undefined ? '' : within ? `  ok (${floor ? 'at least' : 'budget'} ${budget})` : `  ${floor ? 'BELOW' : 'OVER BUDGET'} (${budget})`;
  if (!within) over++;
  console.log(`${name.padEnd(width)}  ${String(value).padStart(8)}${verdict}`);
}
process.exit(over ? 1 : 0);
