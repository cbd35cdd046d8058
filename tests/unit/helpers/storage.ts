import type { StorageLike } from '../../../src/lib/answerStore';

/** localStorage in memory, with the failures real browsers produce on demand. */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  /** Total characters the storage accepts (keys and values), like a browser's quota. */
  quota = Infinity;
  /** When set, every access throws this, as storage disabled by the browser does. */
  denied: Error | null = null;

  get length(): number {
    if (this.denied) throw this.denied;
    return this.items.size;
  }

  key(index: number): string | null {
    if (this.denied) throw this.denied;
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    if (this.denied) throw this.denied;
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.denied) throw this.denied;
    const used = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) {
      throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError', code: 22 });
    }
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    if (this.denied) throw this.denied;
    this.items.delete(key);
  }
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.UTC(2025, 10, 25, 14, 2)) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/**
 * One tab's view of a shared storage, as Chromium gives it: reads come from the tab's own copy,
 * which catches up with the others' writes only when the test calls sync().
 */
export class TabView implements StorageLike {
  readonly #copy: Map<string, string>;

  constructor(readonly shared: MemoryStorage) {
    this.#copy = new Map(shared.items);
  }

  sync(): void {
    this.#copy.clear();
    for (const [key, value] of this.shared.items) this.#copy.set(key, value);
  }

  get length(): number {
    return this.#copy.size;
  }

  key(index: number): string | null {
    return [...this.#copy.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.#copy.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.shared.setItem(key, value);
    this.#copy.set(key, value);
  }

  removeItem(key: string): void {
    this.shared.removeItem(key);
    this.#copy.delete(key);
  }
}
