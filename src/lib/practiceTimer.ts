/**
 * The practice timer: time spent answering, with pauses left out, and what to announce as it runs.
 * A limit only informs: at one minute left and at zero the page says so (politely, never moving
 * focus), and the learner finishes their thought; nothing is cut off.
 */
export class PracticeTimer {
  readonly #now: () => number;
  /** Milliseconds counted before the current run. */
  #banked = 0;
  /** When the current run started; null while paused or stopped. */
  #since: number | null = null;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  get running(): boolean {
    return this.#since !== null;
  }

  /** Whole seconds counted so far. */
  get seconds(): number {
    const ms = this.#banked + (this.#since === null ? 0 : this.#now() - this.#since);
    return Math.floor(ms / 1000);
  }

  start(): void {
    this.#since ??= this.#now();
  }

  pause(): void {
    if (this.#since === null) return;
    this.#banked += this.#now() - this.#since;
    this.#since = null;
  }
}

/**
 * What to announce when the timer moves from `before` to `after` seconds under a limit of
 * `limit` seconds (0: none), or '' when nothing is crossed.
 */
export function timerAnnouncement(limit: number, before: number, after: number): string {
  if (!limit) return '';
  if (before < limit && after >= limit) return 'Time is up. Finish your thought, then show the guide.';
  if (limit > 60 && before < limit - 60 && after >= limit - 60) return 'One minute left.';
  return '';
}
