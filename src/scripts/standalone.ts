/**
 * Code for occasional actions (the search dialog, the print options, "What changed") loads on first use, as a
 * standalone module: a page imports its URL (`import url from './x?worker&url'`) and calls
 * `loadStandalone` when the learner first needs it. A plain import() of a bundled chunk would pull
 * Vite's ~2 KB preload helper into every page's eager script, which the section page's budget
 * cannot afford (npm run bench).
 *
 * A standalone bundle keeps no exports, so the module hands its API over with `announce` as it
 * runs, in an event on window that `loadStandalone` waits for. Each module is named in
 * `StandaloneModules`, which ties the name to the API's type.
 */
import type { AnswerChanges } from './answerChanges';
import type { PrintOptionsUi } from './printOptionsUi';
import type { SearchUi } from './searchUiEntry';

export interface StandaloneModules {
  'search-ui': SearchUi;
  'print-options-ui': PrintOptionsUi;
  'answer-changes': AnswerChanges;
}
type Name = keyof StandaloneModules;

const eventName = (name: Name) => `standalone-ready:${name}`;

/** Called once by a standalone module, as it runs, with what it offers. */
export function announce<N extends Name>(name: N, api: StandaloneModules[N]): void {
  window.dispatchEvent(new CustomEvent(eventName(name), { detail: api }));
}

/** What to tell the learner when `loadStandalone` fails: `what` is the feature, by its name. */
export function notLoaded(what: string): string {
  return `${what} could not load (are you offline?). Close and reopen to try again.`;
}

const loading = new Map<Name, Promise<unknown>>();

/** Loads a standalone module once and resolves to its API; after a failure, the next call tries again. */
export function loadStandalone<N extends Name>(name: N, url: string): Promise<StandaloneModules[N]> {
  let api = loading.get(name);
  if (!api) {
    api = new Promise((resolve, reject) => {
      const ready = (event: Event) => resolve((event as CustomEvent).detail);
      window.addEventListener(eventName(name), ready, { once: true });
      import(/* @vite-ignore */ url).catch((error: unknown) => {
        window.removeEventListener(eventName(name), ready);
        loading.delete(name); // A network failure may pass: try again next time.
        reject(error);
      });
    });
    loading.set(name, api);
  }
  return api as Promise<StandaloneModules[N]>;
}
