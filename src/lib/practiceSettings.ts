/**
 * The practice page's session settings, remembered in this browser under their own key (a
 * preference like the theme, not the learner's work: not in the answers document or backups).
 * Reading never throws: a missing, old or edited value falls back field by field to the defaults.
 */
export const MINUTE_CHOICES = [0, 2, 5, 10] as const;
export type Minutes = (typeof MINUTE_CHOICES)[number];
export const MAX_COUNT = 50;

export interface PracticeSettings {
  /** Section slugs to draw from; null means every section (new sections included). */
  sections: string[] | null;
  /** Tier keys to draw from; null means every tier. */
  tiers: string[] | null;
  pickedOnly: boolean;
  dueOnly: boolean;
  /** Questions per session. */
  count: number;
  /** Time per question; 0 is no limit (the timer counts up). */
  minutes: Minutes;
  /** Hide section and tier while answering, as in a real interview. */
  hideWhere: boolean;
}

export const DEFAULT_SETTINGS: PracticeSettings = {
  sections: null,
  tiers: null,
  pickedOnly: false,
  dueOnly: false,
  count: 5,
  minutes: 0,
  hideWhere: false,
};

const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The settings stored under PRACTICE_SETTINGS_KEY (a preference: preferences.ts). */
export function parseSettings(raw: string | null): PracticeSettings {
  try {
    return normalizeSettings(JSON.parse(raw ?? '{}'));
  } catch {
    return { ...DEFAULT_SETTINGS }; // Unreadable: the defaults.
  }
}

/**
 * Settings from a stored value or the setup form, field by field: a field missing or out of range
 * takes its default; a count is rounded and kept between 1 and MAX_COUNT.
 */
export function normalizeSettings(input: unknown): PracticeSettings {
  const value = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const flag = (key: 'pickedOnly' | 'dueOnly' | 'hideWhere') => (typeof value[key] === 'boolean' ? (value[key] as boolean) : d[key]);
  const count = typeof value.count === 'number' || (typeof value.count === 'string' && value.count.trim()) ? Math.round(Number(value.count)) : NaN;
  return {
    sections: strings(value.sections) ? value.sections : null,
    tiers: strings(value.tiers) ? value.tiers : null,
    pickedOnly: flag('pickedOnly'),
    dueOnly: flag('dueOnly'),
    count: Number.isFinite(count) ? Math.min(Math.max(count, 1), MAX_COUNT) : d.count,
    minutes: MINUTE_CHOICES.includes(value.minutes as Minutes) ? (value.minutes as Minutes) : d.minutes,
    hideWhere: flag('hideWhere'),
  };
}
