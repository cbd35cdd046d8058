#!/usr/bin/env node
// Search speed and weight, against a served build (npm run build, then astro preview):
//   - open: the bytes the first open of search fetches (Pagefind's UI, its index entry and wasm);
//   - per query, on a warm page (search already opened and used once): the time from the query
//     being in the box to its first result on screen (Pagefind's 100 ms typing debounce included),
//     and the bytes that one search fetches.
// Bytes are response bodies as transferred (the preview server compresses), the web worker's
// fetches included. Target: first results within 300 ms.
//
// Usage: node scripts/bench-search.mjs [--url http://localhost:4321/] [--json]
// From another script: import { benchSearch } from './bench-search.mjs'; await benchSearch({ url, browser });
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

export const TARGET_MS = 300;
const QUERIES = ['reward', 'gradient', 'evaluation', 'checkpoint', 'annotator', 'drift', 'precision', 'curriculum'];
const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Puts `query` into the dialog's search box and resolves with the ms until its first result is on screen. */
function timeSearch(page, query) {
  return page.evaluate(
    (query) =>
      new Promise((resolve, reject) => {
        const panel = document.querySelector('dialog .search-panel');
        const box = panel?.querySelector('pagefind-input input');
        if (!box) return reject(new Error('the search dialog is not mounted'));
        const summary = panel.querySelector('pagefind-summary');
        // The summary names the query and the list is rebuilt in the same step, so a link seen
        // once the summary names this query belongs to this query's results.
        const done = () => summary.textContent.includes(`“${query}”`) && panel.querySelector('.pf-results a[href]');
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - start);
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no results for "${query}" within 10 s`));
        }, 10_000);
        observer.observe(panel, { childList: true, subtree: true, characterData: true });
        box.focus();
        box.value = query;
        const start = performance.now();
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

/**
 * @param {{ url?: string, browser?: import('@playwright/test').Browser, queries?: string[], path?: string }} options
 *   url: the served site, with its path prefix if any; path: the page to search from.
 */
export async function benchSearch({ url = 'http://localhost:4321/', browser, queries = QUERIES, path = 'sections/post-training/' } = {}) {
  const ownBrowser = !browser;
  browser ??= await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  // Over the network: a service worker would answer from its cache (measured by npm run bench's precache rows).
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();

  // Every response, the worker's included (Pagefind fetches its index from a web worker).
  const fetched = [];
  page.on('requestfinished', (request) => {
    // A request that finishes as the context closes has no sizes any more: count it as nothing
    // rather than crash the bench with an unhandled rejection.
    fetched.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize }), () => ({ url: request.url(), bytes: 0 })));
  });
  const since = async (mark) => {
    await page.waitForLoadState('networkidle');
    const responses = await Promise.all(fetched.slice(mark));
    return { bytes: responses.reduce((n, r) => n + r.bytes, 0), files: responses.map((r) => new URL(r.url).pathname) };
  };

  try {
    const base = url.endsWith('/') ? url : `${url}/`;
    await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });

    let mark = fetched.length;
    await page.keyboard.press('Control+k');
    await page.locator('dialog pagefind-input input').waitFor();
    const open = await since(mark);

    await timeSearch(page, 'loss'); // warm-up: the first search also starts Pagefind's worker
    await since(fetched.length);

    const runs = [];
    for (const query of queries) {
      mark = fetched.length;
      const ms = await timeSearch(page, query);
      runs.push({ query, ms: Math.round(ms), ...(await since(mark)) });
    }
    const times = runs.map((run) => run.ms);
    const bytes = runs.map((run) => run.bytes);
    return {
      target: { firstResultsMs: TARGET_MS },
      open: { bytes: open.bytes, files: open.files.length },
      firstResultsMs: { median: median(times), max: Math.max(...times) },
      bytesPerSearch: { median: median(bytes), max: Math.max(...bytes) },
      withinTarget: median(times) <= TARGET_MS,
      runs: runs.map(({ query, ms, bytes, files }) => ({ query, ms, bytes, files: files.length })),
    };
  } finally {
    await context.close();
    if (ownBrowser) await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://localhost:4321/' }, json: { type: 'boolean' } } });
  const report = await benchSearch({ url: values.url });
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`Search on ${values.url}`);
    console.log(`  first open fetches  ${kb(report.open.bytes)} in ${report.open.files} files`);
    console.log(`  typing → results    median ${report.firstResultsMs.median} ms, max ${report.firstResultsMs.max} ms (target ${TARGET_MS} ms: ${report.withinTarget ? 'met' : 'MISSED'})`);
    console.log(`  one search fetches  median ${kb(report.bytesPerSearch.median)}, max ${kb(report.bytesPerSearch.max)}`);
    for (const run of report.runs) console.log(`    ${run.query.padEnd(12)} ${String(run.ms).padStart(5)} ms  ${kb(run.bytes).padStart(9)}  ${run.files} files`);
  }
  process.exitCode = report.withinTarget ? 0 : 1;
}
