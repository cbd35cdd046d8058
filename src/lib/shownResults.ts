/**
 * Which query the results on screen answer. Search runs a moment after typing pauses and takes a
 * moment more, so for a while the list still shows an earlier query's results: Enter pressed then
 * must wait for the results of the query actually typed, not open one of those.
 */
export class ShownResults {
  /** The query the list answers; undefined while a search runs. */
  #term: string | undefined;
  #count = 0;
  #waiting: { term: string; resolve: (count: number | undefined) => void } | undefined;

  /** A search started: until its results arrive, the list answers no query. */
  searching(): void {
    this.#term = undefined;
  }

  /** The list now shows `count` results for `term`. */
  shown(term: string, count: number): void {
    this.#term = term;
    this.#count = count;
    if (this.#waiting?.term !== term) return;
    this.#waiting.resolve(count);
    this.#waiting = undefined;
  }

  /**
   * Resolves with how many results the list shows once it answers `term`; with undefined if asked
   * again first (one wait at a time: the latest Enter is the one that counts).
   */
  answering(term: string): Promise<number | undefined> {
    this.#waiting?.resolve(undefined);
    this.#waiting = undefined;
    if (this.#term === term) return Promise.resolve(this.#count);
    return new Promise((resolve) => (this.#waiting = { term, resolve }));
  }
}
