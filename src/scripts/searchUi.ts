/**
 * Loads Pagefind's Component UI the first time search is opened, and mounts it into a
 * SearchPanel. Nothing here runs on a page until the learner asks for search: the header's
 * dialog and the /search/ page import this module dynamically.
 *
 * The UI's script, styles and index come from the build's pagefind/ folder, through routes, so
 * they load under a path prefix too. `npm run dev` has no such folder: the panel then says that
 * search needs a build instead of failing silently.
 */
import { routes, href } from '../lib/urls';
// Our theming of Pagefind's UI, emitted as its own file and loaded with the UI (not with pages).
import searchStyles from '../styles/search.css?url';
import {
  anyOfEachFilter,
  FILTER_KEYS,
  fromIndexFilters,
  hasFilters,
  menuCounts,
  searchTerm,
  withoutFilter,
  type FilterCounts,
  type FilterVocabulary,
  type SearchFilters,
} from '../lib/searchQuery';
import { ShownResults } from '../lib/shownResults';
// How results rank; shared with npm run bench, which measures search as learners get it.
import ranking from '../data/searchRanking.json';

/** The part of Pagefind's Component UI instance we use (it ships no browser types). */
export interface PagefindInstance {
  searchTerm: string;
  searchFilters: Partial<Record<string, string[]>>;
  /** In faceted mode an empty query lists everything the filters match. */
  faceted: boolean;
  on(event: 'search', callback: (term: string, filters: Partial<Record<string, string[]>>) => void, owner?: Element): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void, owner?: Element): void;
  on(event: 'error', callback: (error: { message?: string }) => void, owner?: Element): void;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Partial<SearchFilters>): void;
  /** Loads the index (once); resolves when Pagefind is ready, or has reported an error. */
  triggerLoad(): Promise<void>;
  setTranslations(strings: Record<string, string>): void;
}

interface PagefindComponents {
  configureInstance(name: string, options: { bundlePath: string; baseUrl: string; ranking: typeof ranking }): PagefindInstance;
}

/** Filters as the search API takes them: a list (all must match) or `{ any }` per filter. */
type ApiFilters = Partial<Record<string, string[] | { any: string[] }>>;

/** The part of Pagefind's search API (pagefind.js) that the UI instance calls and we adapt. */
interface PagefindApi {
  search(term: string | null, options: { filters?: ApiFilters; sort?: unknown }): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}

interface PagefindSearch {
  results: unknown[];
  /** Per filter value, how many results there would be with it added to the filters (all must match). */
  filters: FilterCounts;
  totalFilters: FilterCounts | null;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

export interface MountedSearch {
  instance: PagefindInstance;
  vocabulary: FilterVocabulary;
  /** Focuses the search box and selects what is in it, ready to type over. */
  focus(): void;
  hasFocus(): boolean;
  /** What is in the search box. */
  term(): string;
  /** Shows a search (query in the box, filters in the menus) and runs it. */
  show(term: string, filters: SearchFilters): void;
}

// Pagefind's styles go into a sublayer of `components`, so our own component rules (the theme
// mapping in src/styles/search.css) win over them and the reset/base layers don't.
const STYLES = [
  `@import url("${routes.pagefind('pagefind-component-ui.css')}") layer(components.pagefind);`,
  `@import url("${searchStyles}") layer(components.search);`,
].join('\n');

let loading: Promise<{ components: PagefindComponents; vocabulary: FilterVocabulary }> | undefined;

function loadStyles(): Promise<void> {
  return new Promise((resolve, reject) => {
    const style = document.createElement('style');
    style.dataset.pagefindStyles = '';
    style.textContent = STYLES;
    style.addEventListener('load', () => resolve(), { once: true });
    style.addEventListener(
      'error',
      () => {
        style.remove();
        reject(new Error('search styles did not load'));
      },
      { once: true },
    );
    document.head.append(style);
  });
}

async function loadVocabulary(): Promise<FilterVocabulary> {
  const response = await fetch(routes.searchFilters());
  if (!response.ok) throw new Error(`search filters: HTTP ${response.status}`);
  return (await response.json()) as FilterVocabulary;
}

function load() {
  if (!loading) {
    loading = (async () => {
      const [, , vocabulary] = await Promise.all([
        // A path known only at run time (it depends on the base path), so Vite must not bundle it.
        import(/* @vite-ignore */ routes.pagefind('pagefind-component-ui.js')),
        loadStyles(),
        loadVocabulary(),
      ]);
      const components = window.PagefindComponents;
      if (!components) throw new Error('Pagefind’s Component UI did not start');
      return { components, vocabulary };
    })();
    // A failed load (no build yet, or offline) may succeed on the next open.
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

const TRANSLATIONS = {
  search_label: 'Search the questions',
  input_hint: 'Results appear as you type. Arrow keys move through them, Enter opens one.',
  searching: 'Searching…',
  zero_results: 'No question matches “[SEARCH_TERM]”',
  one_result: '1 question matches “[SEARCH_TERM]”',
  many_results: '[COUNT] questions match “[SEARCH_TERM]”',
  total_zero_results: 'No question matches these filters',
  total_one_result: '1 question',
  total_many_results: '[COUNT] questions',
  results_label: 'Matching questions',
};

type Message = Array<string | { code: string } | { link: string; href: string }>;

function say(status: HTMLElement, message: string | Message, kind: 'loading' | 'problem' | '' = '') {
  const parts = typeof message === 'string' ? [message] : message;
  status.replaceChildren(
    ...parts.map((part) => {
      if (typeof part === 'string') return part;
      const element = document.createElement('code' in part ? 'code' : 'a');
      if ('code' in part) element.textContent = part.code;
      else {
        element.textContent = part.link;
        element.setAttribute('href', part.href);
      }
      return element;
    }),
  );
  status.dataset.kind = kind;
}

const NEEDS_BUILD: Message = [
  'Search needs a build: its index is made by ',
  { code: 'npm run build' },
  ', and ',
  { code: 'npm run dev' },
  ' does not serve it. Run ',
  { code: 'npm run build' },
  ', then ',
  { code: 'npm run preview' },
  '.',
];
const COULD_NOT_LOAD: Message = [
  'Search could not load. Check your connection and try again, or ',
  { link: 'browse the questions by topic', href: routes.topics() },
  '.',
];

/**
 * Two accessibility gaps in Pagefind's filter menus, closed after it renders them:
 * - the buttons (aria-haspopup="listbox") are exposed as comboboxes, which take no name from
 *   their text (axe: button-name): each is named by its label, except while Pagefind names it
 *   itself ("Tier, 1 filter selected");
 * - the option list scrolls but is focusable only by script (axe: scrollable-region-focusable);
 *   it is the element that holds focus while the menu is open, so it joins the tab order.
 */
function fixFilterMenus(panel: HTMLElement) {
  for (const dropdown of panel.querySelectorAll('pagefind-filter-dropdown')) {
    dropdown.querySelector('[role="listbox"]')?.setAttribute('tabindex', '0');
    const button = dropdown.querySelector('.pf-dropdown-trigger');
    const label = dropdown.getAttribute('label');
    if (!button || !label) continue;
    const name = () => {
      if (!button.hasAttribute('aria-label')) button.setAttribute('aria-label', label);
    };
    name();
    new MutationObserver(name).observe(button, { attributeFilter: ['aria-label'] });
  }
}

/**
 * Pagefind's search API as our filter menus need it:
 * - several topics chosen list questions of any of them: the Component UI hands its filters to the
 *   API as arrays (all must match), which this rewrites to `{ any }` on the way through;
 * - each menu lists every value, in syllabus order, with a count that is true for how the menus
 *   combine (see menuCounts). Pagefind's own counts assume every choice must match, and lists only
 *   values with results (the menus show empty ones too: `show-empty`): a section menu with a
 *   section chosen would offer just that one. The UI shows `filters` beside values not chosen and
 *   `totalFilters` beside chosen ones, so both get the same counts.
 */
function adaptApi(api: PagefindApi, vocabulary: FilterVocabulary) {
  const search = api.search.bind(api);
  const filters = api.filters.bind(api);
  api.filters = async () => menuCounts(vocabulary, await filters());
  api.search = async (term, options) => {
    const chosen = (options.filters ?? {}) as Partial<Record<string, string[]>>; // the UI sends lists
    const found = await search(term, { ...options, filters: anyOfEachFilter(chosen) });
    if (!found) return found;
    const own: FilterCounts = {};
    for (const key of FILTER_KEYS) {
      if (!chosen[key]?.length) continue;
      const others = withoutFilter(chosen, key);
      // With no query and nothing else chosen, that is the whole guide, which only filters() counts.
      const counts = term === null && !hasFilters(others) ? await filters() : (await search(term, { ...options, filters: anyOfEachFilter(others) }))?.filters;
      own[key] = counts?.[key] ?? {};
    }
    const counts = menuCounts(vocabulary, found.filters, own);
    return { ...found, filters: counts, totalFilters: counts };
  };
}

/**
 * Adapts the instance's search API as it loads, before Pagefind first asks it for the filter
 * values. `__pagefind__` is the instance's handle on the API (pagefind-component-ui.js, Pagefind
 * 1.x): if a later Pagefind renames it, the menus fall back to Pagefind's own behaviour (choices
 * narrow, counts assume that), nothing breaks.
 */
function onApiLoad(instance: PagefindInstance, adapt: (api: PagefindApi) => void) {
  const holder = instance as unknown as { __pagefind__?: PagefindApi | null };
  if (!('__pagefind__' in holder)) return;
  if (holder.__pagefind__) return adapt(holder.__pagefind__);
  let api: PagefindApi | null = null;
  Object.defineProperty(holder, '__pagefind__', {
    configurable: true,
    enumerable: true,
    get: () => api,
    set(loaded: PagefindApi | null) {
      api = loaded;
      if (loaded) adapt(loaded);
    },
  });
}

/** A query of only spaces is no query: Pagefind would search for " " and say that nothing matches it. */
function trimQueries(instance: PagefindInstance) {
  const { triggerSearch, triggerSearchWithFilters } = instance;
  instance.triggerSearch = (term) => triggerSearch.call(instance, searchTerm(term));
  instance.triggerSearchWithFilters = (term, filters) => triggerSearchWithFilters.call(instance, searchTerm(term), filters);
}

/** The first result's link once it is drawn (results are drawn as their data arrives, in any order). */
function firstResultLink(panel: HTMLElement): Promise<HTMLAnchorElement> {
  const find = () => panel.querySelector<HTMLAnchorElement>('.pf-result[data-pf-result-index="0"] a[href]');
  return new Promise((resolve) => {
    const found = find();
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const link = find();
      if (!link) return;
      observer.disconnect();
      resolve(link);
    });
    observer.observe(panel, { childList: true, subtree: true });
  });
}

/** Moves what was typed while search loaded into Pagefind's box, focus and caret included, and searches it. */
function handOver(early: HTMLInputElement | null, box: HTMLInputElement | null, search: boolean) {
  if (!early) return;
  const { value } = early;
  const focused = document.activeElement === early;
  early.remove();
  if (!box) return;
  if (value) {
    box.value = value;
    if (search) box.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (focused) {
    box.focus();
    box.setSelectionRange(value.length, value.length);
  }
}

/** Loads Pagefind (once per page) and puts the panel's components on the page; undefined if search can't load. */
/**
 * `searchTyped: false` when the caller runs the first search itself (the search page runs its
 * address's search): one search, so its results are drawn once and nothing on screen moves.
 */
export async function mountSearch(panel: HTMLElement, { searchTyped = true } = {}): Promise<MountedSearch | undefined> {
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const template = panel.querySelector<HTMLTemplateElement>('template[data-search-ui]');
  const name = panel.dataset.instance!;
  say(status, 'Loading search…', 'loading');
  const early = panel.querySelector<HTMLInputElement>('[data-search-early]');
  if (early && !early.value) early.placeholder = 'Loading search…';

  let loaded: Awaited<ReturnType<typeof load>>;
  try {
    loaded = await load();
  } catch (error) {
    console.error(error);
    say(status, import.meta.env.DEV ? NEEDS_BUILD : COULD_NOT_LOAD, 'problem');
    panel.querySelector<HTMLInputElement>('[data-search-early]')?.setAttribute('hidden', '');
    return undefined;
  }
  const instance = loaded.components.configureInstance(name, { bundlePath: routes.pagefind(), baseUrl: href(), ranking });
  instance.setTranslations(TRANSLATIONS);
  trimQueries(instance);
  onApiLoad(instance, (api) => adaptApi(api, loaded.vocabulary));
  // An empty query lists the questions the filters match; with no filters either, it lists nothing.
  // ('search' fires before Pagefind runs the search, so the mode is set in time.)
  instance.on(
    'search',
    (term, filters) => {
      instance.faceted = hasFilters(filters);
      // Browsing by filter alone, the excerpt would only repeat the question (search.css hides it).
      panel.dataset.browsing = String(!term.trim());
      // The menus show only a count of what is selected; say which.
      const active = panel.querySelector<HTMLElement>('[data-search-active]');
      const chosen = Object.values(filters).flatMap((values) => values ?? []);
      if (active) {
        active.hidden = chosen.length === 0;
        active.textContent = `Filtered to ${chosen.join(' · ')}`;
      }
    },
    panel,
  );
  instance.on('error', (error) => say(status, `Search failed: ${error.message ?? 'unknown error'}`, 'problem'), panel);
  // Which query the list answers, for Enter. (No owner: a hook replaces any other hook registered
  // with the same owner, Pagefind's components' own included.)
  const shown = new ShownResults();
  instance.on('search', () => shown.searching());
  instance.on('results', ({ results }) => shown.shown(instance.searchTerm, results.length));

  // Pagefind's box stays hidden (search.css) while the plain one takes keystrokes.
  panel.dataset.loading = '';
  // On a page that opens with a search, its first results are drawn unseen until they stop
  // changing (Pagefind may draw the list twice as its index and filters arrive), so nothing on
  // screen jumps while the page loads. (In the dialog, results follow typing: nothing to wait for.)
  if (!searchTyped) {
    panel.dataset.settling = '';
    let settled: ReturnType<typeof setTimeout> | undefined;
    instance.on(
      'results',
      () => {
        if (!('settling' in panel.dataset)) return;
        clearTimeout(settled);
        settled = setTimeout(() => delete panel.dataset.settling, 400);
      },
      panel,
    );
  }
  if (template) panel.append(template.content.cloneNode(true));
  template?.remove();
  fixFilterMenus(panel);
  // Load the index before the first search: searches started while Pagefind is still loading can
  // finish out of order, showing the results of "rewar" under the heading for "reward".
  // (After the components exist, so the filter menus receive the filter values it announces.)
  await instance.triggerLoad();
  delete panel.dataset.loading;
  if (status.dataset.kind === 'loading') say(status, '');

  const input = () => panel.querySelector<HTMLInputElement>('pagefind-input input');
  handOver(panel.querySelector<HTMLInputElement>('[data-search-early]'), input(), searchTyped);

  // Enter in the box opens the first result, as arrow-then-Enter would: the first result of what
  // is in the box, once its search (waiting out the pause after typing) has run.
  panel.addEventListener('keydown', async (event) => {
    if (event.key !== 'Enter' || event.isComposing || event.target !== input()) return;
    event.preventDefault();
    const term = searchTerm(input()?.value ?? '');
    if (!(await shown.answering(term))) return;
    const first = await firstResultLink(panel);
    // Unless the learner has typed on meanwhile.
    if (searchTerm(input()?.value ?? '') === term && instance.searchTerm === term) first.click();
  });

  return {
    instance,
    vocabulary: loaded.vocabulary,
    focus() {
      const box = input();
      box?.focus();
      box?.select();
    },
    hasFocus: () => document.activeElement === input(),
    term: () => input()?.value ?? '',
    show(term, filters) {
      // Pagefind leaves a focused box alone when a search comes from elsewhere (here: the URL).
      const box = input();
      if (box) box.value = term;
      instance.triggerSearchWithFilters(term, filters);
    },
  };
}

/** Keeps a link to the /search/ page pointing at the search on screen, so it can be kept or shared. */
export function followSearch({ instance, vocabulary }: MountedSearch, link: HTMLAnchorElement) {
  instance.on(
    'search',
    (term, filters) => (link.href = routes.search({ q: term, filters: fromIndexFilters(filters, vocabulary) })),
    link,
  );
}
