/**
 * Preferences: the print options, the practice settings and the interviewer view, each a small
 * value under its own key, beside the learner's work and never inside it (not in backups). A
 * preference that cannot be read gives its default, and one the browser refuses to keep still
 * applies to the page: neither throws (some private modes throw on any access to storage).
 */

/** The part of the Storage API preferences use, so tests can pass an in-memory fake. */
export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The preference under `key`, read by `parse` (which gets null when there is none or it cannot be read). */
export function readPreference<T>(storage: PreferenceStorage | undefined, key: string, parse: (raw: string | null) => T): T {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {} // Storage refused: the default.
  return parse(raw);
}

/** Keeps a preference, or forgets it for null; false when the browser refused, so the page can say so. */
export function keepPreference(storage: PreferenceStorage | undefined, key: string, value: string | null): boolean {
  if (!storage) return false;
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
