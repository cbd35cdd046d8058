/**
 * The search UI as a standalone module, loaded by SiteSearch on first open through its URL
 * (`?worker&url`), so that no page's eager script carries Vite's dynamic-import helper. Such a
 * bundle keeps no exports, so it hands its API over in an event the loader listens for.
 */
import { SEARCH_UI_READY_EVENT } from '../lib/searchShortcut';
import { followSearch, mountSearch } from './searchUi';

export interface SearchUiApi {
  mountSearch: typeof mountSearch;
  followSearch: typeof followSearch;
}

window.dispatchEvent(new CustomEvent<SearchUiApi>(SEARCH_UI_READY_EVENT, { detail: { mountSearch, followSearch } }));
