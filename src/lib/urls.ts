import { serializeSearchQuery, type SearchLink } from './searchQuery';

/**
 * Every internal URL goes through here, so the site works under any path prefix
 * (BASE_PATH=/some/prefix/ npm run build). Pass paths without a leading slash.
 */
export function createHref(base: string) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (path = ''): string => prefix + path.replace(/^\/+/, '');
}

export const href = createHref(import.meta.env.BASE_URL);

export const routes = {
  home: () => href(),
  section: (slug: string) => href(`sections/${slug}/`),
  question: (id: string) => href(`questions/${id}/`),
  topics: () => href('topics/'),
  topic: (id: string) => href(`topics/${id}/`),
  checklist: () => href('checklist/'),
  /** The search page, optionally with a query and filters (topic ids, tier keys, section slugs). */
  search: (query: SearchLink = {}) => {
    const qs = serializeSearchQuery(query);
    return href('search/') + (qs ? `?${qs}` : '');
  },
  /** A file of Pagefind's bundle (index and UI), written into the build by `pagefind --site`. */
  pagefind: (file = '') => href(`pagefind/${file}`),
  /** The filter keys and labels the search URL translates between (built by src/pages/search/filters.json.ts). */
  searchFilters: () => href('search/filters.json'),
  answers: () => href('answers/'),
  /** A section's guides, as JSON (src/pages/guides/[section].json.ts), for print and practice. */
  sectionGuides: (slug: string) => href(`guides/${slug}.json`),
  /** The syllabus outline as JSON (src/pages/outline.json.ts). */
  outline: () => href('outline.json'),
  /** The practice page; `start: 'due'` starts a session of the questions due for review, `question` one of that question. */
  practice: (start: { due: true } | { question: string } | Record<string, never> = {}) =>
    href('practice/') + ('due' in start ? '?start=due' : 'question' in start ? `?question=${encodeURIComponent(start.question)}` : ''),
  /** Every question's section, tier and text, to set up practice sessions (src/pages/practice.json.ts). */
  practiceData: () => href('practice.json'),
  /** The service worker, written into the build by scripts/precache.mjs; its folder is its scope. */
  serviceWorker: () => href('sw.js'),
  /** The web app manifest (src/pages/manifest.webmanifest.ts). */
  webManifest: () => href('manifest.webmanifest'),
};
