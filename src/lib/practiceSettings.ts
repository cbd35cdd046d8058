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

export function parseSettings(raw: string | null): PracticeSettings {
  let value: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(raw ?? '{}');
    if (typeof parsed === 'object' && parsed !== null) value = parsed as Record<string, unknown>;
  } catch {} // Unreadable: the defaults.
  const d = DEFAULT_SETTINGS;
  const flag = (key: keyof PracticeSettings, fallback: boolean) => (typeof value[key] === 'boolean' ? (value[key] as boolean) : fallback);
  const count = Number(value.count);
  return {
    sections: strings(value.sections) ? value.sections : null,
    tiers: strings(value.tiers) ? value.tiers : null,
    pickedOnly: flag('pickedOnly', d.pickedOnly),
    dueOnly: flag('dueOnly', d.dueOnly),
    count: Number.isInteger(count) && count >= 1 ? Math.min(count, MAX_COUNT) : d.count,
    minutes: MINUTE_CHOICES.includes(value.minutes as Minutes) ? (value.minutes as Minutes) : d.minutes,
    hideWhere: flag('hideWhere', d.hideWhere),
  };
}
