/**
 * The guide offline: which cache holds the built site, where each file sits in it, and when a page
 * offers the learner a new version. Shared by the service worker (src/serviceWorker/) and the page
 * that registers it (UpdateNotice.astro).
 */
import { STORAGE_PREFIX } from './site';

/** A file of the built site (its path in the output folder) and a hash of its content. */
export type PrecacheFile = readonly [path: string, revision: string];

/**
 * The one cache that holds this site's files. All sites on an origin share one Cache Storage
 * (GitHub Pages serves many sites under one host), so the name carries the site's scope path and a
 * site reads, fills and deletes only its own. The trailing version changes when the way files are
 * stored changes; the worker then deletes the old cache.
 */
export function precacheName(scopePath: string): string {
  return `${ownPrefix(scopePath)}precache-v1`;
}

/** Whether a cache belongs to the site at `scopePath` (any version), never to another site on the origin. */
export function isOwnCache(name: string, scopePath: string): boolean {
  return name.startsWith(ownPrefix(scopePath));
}

const ownPrefix = (scopePath: string) => `${STORAGE_PREFIX}${scopePath.endsWith('/') ? scopePath : `${scopePath}/`}:`;

/** Content-hashed build assets: a new version gets a new name, so the URL alone identifies the content. */
const HASHED = /^_astro\//;

export interface PrecacheEntry {
  /** Where the file is served: a page's URL ends in `/`, never in `index.html`. */
  url: string;
  /** Its key in the cache: the URL, plus the revision unless the name is hashed already. */
  key: string;
  /** True for `_astro/` files, whose content never changes under one URL. */
  hashed: boolean;
}

export interface Precache {
  entries: PrecacheEntry[];
  /** The key of the precached file served at `url`, whatever its query (Pagefind adds `?ts=`). */
  keyFor(url: string): string | undefined;
  /** For a navigation: the page's key, with or without its trailing slash. */
  pageKeyFor(url: string): string | undefined;
  /** The not-found page's key. */
  notFoundKey: string | undefined;
  /** Whether `url` names a hashed build asset of this site, precached or not. */
  isHashed(url: string): boolean;
}

/** The site's files as the worker serves them, under `scope` (the registration's URL, ending in `/`). */
export function createPrecache(scope: string, files: readonly PrecacheFile[]): Precache {
  const byPath = new Map<string, string>();
  const entries = files.map(([path, revision]): PrecacheEntry => {
    const url = new URL(path.replace(/(^|\/)index\.html$/, '$1'), scope).href;
    const hashed = HASHED.test(path);
    const key = hashed ? url : `${url}?__rev=${revision}`;
    byPath.set(new URL(url).pathname, key);
    return { url, key, hashed };
  });
  const pathOf = (url: string) => new URL(url).pathname;
  const keyFor = (url: string) => byPath.get(pathOf(url));
  return {
    entries,
    keyFor,
    pageKeyFor: (url) => keyFor(url) ?? byPath.get(`${pathOf(url)}/`),
    notFoundKey: keyFor(new URL('404.html', scope).href),
    isHashed: (url) => url.startsWith(scope) && HASHED.test(pathOf(url).slice(new URL(scope).pathname.length)),
  };
}

/** What the page posts to a waiting worker when the learner asks for the new version. */
export const SKIP_WAITING = 'skip-waiting';

export interface PageState {
  /** A new version is installed and waiting for this page to reload. */
  updateWaiting: boolean;
  /** Some text field holds typing that is not saved yet (a reload could lose it). */
  unsavedText: boolean;
  /** The learner is in a text field, writing: the notice waits until they leave it. */
  writing: boolean;
}

/**
 * Whether to show "A new version is ready — reload". Never while text is unsaved (reloading
 * could lose it), nor while the learner writes (the field saves after each pause in typing, and a
 * notice coming and going at every pause would distract).
 */
export function showsUpdateNotice({ updateWaiting, unsavedText, writing }: PageState): boolean {
  return updateWaiting && !unsavedText && !writing;
}
