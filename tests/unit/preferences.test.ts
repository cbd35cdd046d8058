import { describe, expect, it } from 'vitest';
import { keepPreference, readPreference, type PreferenceStorage } from '../../src/lib/preferences';
import { INTERVIEWER_KEY, PRACTICE_SETTINGS_KEY, PRINT_OPTIONS_KEY, STORAGE_PREFIX, THEME_KEY } from '../../src/lib/site';

function memoryStorage(): PreferenceStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** Storage as some private modes give it: every access throws. */
const refusing: PreferenceStorage = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

const onOff = (raw: string | null) => raw === 'on';

describe('preferences', () => {
  it('come back as kept, and are forgotten with null', () => {
    const storage = memoryStorage();
    expect(keepPreference(storage, INTERVIEWER_KEY, 'on')).toBe(true);
    expect(readPreference(storage, INTERVIEWER_KEY, onOff)).toBe(true);
    expect(keepPreference(storage, INTERVIEWER_KEY, null)).toBe(true);
    expect(storage.data.has(INTERVIEWER_KEY)).toBe(false);
  });

  it('give their default and never throw when storage is refused or missing, and say a keep was refused', () => {
    expect(readPreference(refusing, INTERVIEWER_KEY, onOff)).toBe(false);
    expect(readPreference(undefined, INTERVIEWER_KEY, onOff)).toBe(false);
    expect(keepPreference(refusing, INTERVIEWER_KEY, 'on')).toBe(false);
    expect(keepPreference(undefined, INTERVIEWER_KEY, 'on')).toBe(false);
  });

  it('each have a key of their own, under the site’s storage prefix', () => {
    const keys = [THEME_KEY, INTERVIEWER_KEY, PRACTICE_SETTINGS_KEY, PRINT_OPTIONS_KEY];
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key.startsWith(STORAGE_PREFIX)).toBe(true);
  });
});
