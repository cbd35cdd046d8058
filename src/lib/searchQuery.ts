/**
 * A search as the learner shares it: the query and the section, tier and topic filters, carried
 * in the /search/ page's URL (`?q=dpo&tier=interview&topic=dpo&topic=rlhf`).
 *
 * The URL speaks in stable keys (section slug, tier key, topic id); the search index speaks in
 * the labels a learner reads in the filter menus ("Interview-style / real-world", "DPO"). The
 * vocabulary maps one to the other; keys it does not know are dropped, so an old or mistyped
 * link still opens a search instead of an error.
 */

export const FILTER_KEYS = ['section', 'tier', 'topic'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export type SearchFilters = Record<FilterKey, string[]>;

export interface SearchQuery {
  /** What the learner typed, as typed (trimmed only when serialized). */
  q: string;
  /** Filter keys (slugs, tier keys, topic ids), in the order chosen. */
  filters: SearchFilters;
}

/** A search to link to: any part may be left out. */
export interface SearchLink {
  q?: string;
  filters?: Partial<SearchFilters>;
}

/** For each filter, its values as `key → label`, in the order menus list them. */
export type FilterVocabulary = Record<FilterKey, Record<string, string>>;

export function emptyFilters(): SearchFilters {
  return { section: [], tier: [], topic: [] };
}

export function hasFilters(filters: Partial<Record<string, readonly string[]>>): boolean {
  return Object.values(filters).some((values) => (values?.length ?? 0) > 0);
}

function unique(values: Iterable<string>): string[] {
  return [...new Set([...values].map((value) => value.trim()).filter(Boolean))];
}

/** What a typed query searches for: spaces around it are not part of it, so a box of spaces is no query. */
export function searchTerm(typed: string): string {
  return typed.trim();
}

/** Reads `?q=…&section=…&tier=…&topic=…` (each filter may repeat). */
export function parseSearchQuery(search: string | URLSearchParams): SearchQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = unique(params.getAll(key));
  return { q: params.get('q') ?? '', filters };
}

/** The query string without its `?`; empty parts are left out, so a blank search is ''. */
export function serializeSearchQuery(query: SearchLink): string {
  const params = new URLSearchParams();
  const q = query.q?.trim();
  if (q) params.set('q', q);
  for (const key of FILTER_KEYS) {
    for (const value of unique(query.filters?.[key] ?? [])) params.append(key, value);
  }
  return params.toString();
}

/** Keys → the labels the index was built with; unknown keys are dropped. */
export function toIndexFilters(filters: SearchFilters, vocabulary: FilterVocabulary): SearchFilters {
  const out = emptyFilters();
  for (const key of FILTER_KEYS) {
    out[key] = filters[key].flatMap((value) => {
      const label = vocabulary[key][value];
      return label === undefined ? [] : [label];
    });
  }
  return out;
}

/** Labels (as the filter menus report them) → keys; labels the vocabulary lacks are dropped. */
export function fromIndexFilters(
  filters: Partial<Record<string, readonly string[]>>,
  vocabulary: FilterVocabulary,
): SearchFilters {
  const out = emptyFilters();
  for (const key of FILTER_KEYS) {
    const byLabel = new Map(Object.entries(vocabulary[key]).map(([value, label]) => [label, value]));
    out[key] = unique((filters[key] ?? []).flatMap((label) => byLabel.get(label) ?? []));
  }
  return out;
}

/** Two searches are the same if they would produce the same URL. */
export function sameSearch(a: SearchQuery, b: SearchQuery): boolean {
  return serializeSearchQuery(a) === serializeSearchQuery(b);
}

/** Whether going from `a` to `b` changed a filter (a new history entry) rather than only the typed query. */
export function filtersChanged(a: SearchQuery, b: SearchQuery): boolean {
  return serializeSearchQuery({ filters: a.filters }) !== serializeSearchQuery({ filters: b.filters });
}

/**
 * Filters as Pagefind's search API takes them, so that several values of one filter widen the
 * results (questions of any chosen topic) while different filters still narrow them (a topic
 * and a tier). Pagefind's Component UI sends plain arrays, which it reads as "all of them".
 */
export function anyOfEachFilter(filters: Partial<Record<string, readonly string[]>>): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => (values?.length ?? 0) > 0)
      .map(([key, values]) => [key, { any: [...values!] }]),
  );
}

/** The filters without one of them: what that filter's menu counts against. */
export function withoutFilter<T>(filters: Partial<Record<string, T>>, key: string): Partial<Record<string, T>> {
  return Object.fromEntries(Object.entries(filters).filter(([name]) => name !== key));
}

/** For each filter, how many questions each of its values holds (Pagefind's `filters` shape). */
export type FilterCounts = Partial<Record<string, Record<string, number>>>;

/**
 * What the filter menus list: every value the vocabulary knows, in its (syllabus) order, with the
 * number of questions that match the query and the other menus' choices and hold that value. A
 * menu's own choices do not narrow its counts, since choosing in it replaces (section, tier) or
 * adds to (topics) what is chosen there; so a menu with a choice is counted without it (`own`),
 * and the others come from the search with every choice (`narrowed`). Values missing count 0.
 */
export function menuCounts(vocabulary: FilterVocabulary, narrowed: FilterCounts, own: FilterCounts = {}): Record<FilterKey, Record<string, number>> {
  const counts = {} as Record<FilterKey, Record<string, number>>;
  for (const key of FILTER_KEYS) {
    const found = own[key] ?? narrowed[key] ?? {};
    counts[key] = Object.fromEntries(Object.values(vocabulary[key]).map((label) => [label, found[label] ?? 0]));
  }
  return counts;
}
