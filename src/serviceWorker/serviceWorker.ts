/**
 * The guide's service worker: the whole built site in one cache, so that after one visit every
 * page, the search and the answer fields work with no network at all.
 *
 * scripts/precache.mjs bundles this file into <outDir>/sw.js after `pagefind` has written the
 * search index, with PRECACHE_FILES: every file of the build and a hash of its content. Any change
 * to the site changes sw.js, which is how the browser learns there is a new version.
 *
 * - Install: fetch each file not yet cached at its revision (an update downloads only what changed;
 *   an install cut short resumes where it stopped).
 * - Navigations: network first, so a deployed fix shows when online; the precached page when the
 *   network fails or hangs; offline, the precached not-found page for a page the site does not have.
 *   Other precached files (scripts, styles, Pagefind's files): cache first.
 * - Updates: a new worker waits until the learner chooses to reload (the page posts SKIP_WAITING),
 *   so a page open on the old version keeps the worker that has its files.
 * - Activate: delete older caches of this site, and prune this one to this version's files and
 *   the previous version's (a page still open on it may load a script late, e.g. when search is
 *   first opened); those go at the next update.
 */
import { createPrecache, isOwnCache, precacheName, SKIP_WAITING, type PrecacheFile } from '../lib/offline';

declare const self: ServiceWorkerGlobalScope;
declare const PRECACHE_FILES: PrecacheFile[];

/** How long a navigation waits for the network before the precached page answers (bad Wi-Fi). */
const NETWORK_TIMEOUT_MS = 4000;

const scope = self.registration.scope;
const CACHE = precacheName(new URL(scope).pathname);
const precache = createPrecache(scope, PRECACHE_FILES);
/** A record inside the cache: the keys of the version that activated last. */
const ACTIVE_RECORD = new URL('__precache-active.json', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(install());
});

async function install(): Promise<void> {
  const cache = await caches.open(CACHE);
  const cached = new Set((await cache.keys()).map((request) => request.url));
  const missing = precache.entries.filter((entry) => !cached.has(entry.key));
  await Promise.all(
    missing.map(async ({ url, key, hashed }) => {
      // Revalidate anything the HTTP cache holds under a reused name (hashed names never go stale),
      // at low priority: on a first visit the page's own requests (search, say) come first.
      const response = await fetch(url, { cache: hashed ? 'default' : 'no-cache', priority: 'low' });
      if (!response.ok) throw new Error(`Precaching ${url} failed: ${response.status}`);
      // A redirected response cannot answer a navigation: keep only its content.
      await cache.put(key, response.redirected ? new Response(response.body, response) : response);
    }),
  );
}

self.addEventListener('activate', (event) => {
  event.waitUntil(activate());
});

async function activate(): Promise<void> {
  const scopePath = new URL(scope).pathname;
  for (const name of await caches.keys()) {
    if (name !== CACHE && isOwnCache(name, scopePath)) await caches.delete(name);
  }
  const cache = await caches.open(CACHE);
  const record = await cache.match(ACTIVE_RECORD);
  const previous: string[] = record ? await record.json() : [];
  const keep = new Set([...precache.entries.map((entry) => entry.key), ...previous, ACTIVE_RECORD]);
  for (const request of await cache.keys()) {
    if (!keep.has(request.url)) await cache.delete(request);
  }
  await cache.put(ACTIVE_RECORD, Response.json(precache.entries.map((entry) => entry.key)));
  // The navigation's request starts while the worker boots: network first costs no extra wait.
  await self.registration.navigationPreload?.enable();
  // A first visit: take the open page now, so it works offline without a reload.
  await self.clients.claim();
}

self.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(event));
    return;
  }
  // A hashed asset that is no longer precached may still be cached for a page open on the previous version.
  const key = precache.keyFor(request.url) ?? (precache.isHashed(request.url) ? request.url : undefined);
  if (key) event.respondWith(cacheFirst(request, key));
});

async function cacheFirst(request: Request, key: string): Promise<Response> {
  return (await caches.match(key, { cacheName: CACHE })) ?? fetch(request);
}

async function navigate(event: FetchEvent): Promise<Response> {
  const network = Promise.resolve(event.preloadResponse).then((preloaded: Response | undefined) => preloaded ?? fetch(event.request));
  // Let a response that arrives after the timeout finish instead of being cancelled mid-way.
  event.waitUntil(network.catch(() => undefined));
  const page = precache.pageKeyFor(event.request.url);
  try {
    // Only a page we have is worth not waiting for; any other (a typo, or another site under this
    // scope on a shared origin) gets the network's answer, however slow.
    return await (page ? Promise.race([network, timeout(NETWORK_TIMEOUT_MS)]) : network);
  } catch (error) {
    const key = page ?? precache.notFoundKey;
    const cached = key ? await caches.match(key, { cacheName: CACHE }) : undefined;
    // Offline or slow with nothing cached (an install cut short): wait for the network after all.
    return cached ?? network.catch(() => Promise.reject(error));
  }
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`No response within ${ms} ms`)), ms));
}
