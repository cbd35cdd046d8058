/**
 * Practice in words, as the pages show it: days ("tomorrow", "in 4 days", "Thu 27 Nov"), time
 * taken ("4 min 5 s") and ratings ("Good"). Loaded where practice is shown, not with the store.
 */
import { daysBetween, type Day } from './calendarDay';
import type { Rating } from './practiceAttempt';

export const RATING_LABELS: Record<Rating, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

/** How long an attempt took: "45 s", "4 min 5 s", "12 min". */
export function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (!m) return `${s} s`;
  return s ? `${m} min ${s} s` : `${m} min`;
}

/** "today", "tomorrow", "in 4 days", "yesterday", "3 days ago": a day as seen from `today`. */
export function relativeDay(day: Day, today: Day): string {
  const n = daysBetween(today, day);
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  return n > 0 ? `in ${n} days` : `${-n} days ago`;
}

/** "Thu 27 Nov", or with the year when it is not this year's ("Mon 5 Jan 2026"). */
export function shortDate(day: Day, today: Day): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' };
  if (day.slice(0, 4) !== today.slice(0, 4)) options.year = 'numeric';
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', options).replace(',', '');
}
