/**
 * Practice in words, as the pages show it: days ("tomorrow (Thu 27 Nov)"), time taken
 * ("4 min 5 s"), ratings ("Good"), and the lines built of them on home, a question page and a
 * session's summary. Loaded where practice is shown, not with the store.
 */
import { daysBetween, type Day } from './calendarDay';
import type { Rating } from './practiceAttempt';
import type { SessionResult } from './practiceSteps';
import { plural } from './words';

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

/**
 * A day ahead or behind, as every practice line says it: "today", else how far and the date,
 * "tomorrow (Thu 27 Nov)", "in 4 days (Sat 29 Nov)".
 */
export function dayInWords(day: Day, today: Day): string {
  return day === today ? 'today' : `${relativeDay(day, today)} (${shortDate(day, today)})`;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Home, under "N due for review": "Next: 2 questions tomorrow (Thu 27 Nov)." */
export function nextDueLine(next: { day: Day; count: number }, today: Day): string {
  return `Next: ${plural(next.count, 'question')} ${dayInWords(next.day, today)}.`;
}

/** A question page's practice history: "Next review tomorrow (Thu 27 Nov) · 2 attempts", or due now. */
export function historyLine(next: Day, today: Day, attempts: number): string {
  return `Next review ${next <= today ? 'due now' : dayInWords(next, today)} · ${plural(attempts, 'attempt')}`;
}

/** A session summary's "Coming back" entry: "Tomorrow (Thu 27 Nov): 2 questions". */
export function comingBackLine(day: Day, questions: number, today: Day): string {
  return `${capitalized(dayInWords(day, today))}: ${plural(questions, 'question')}`;
}

/** "3 of 5 key points · Good · back in 4 days · 2 min 10 s". */
export function resultLine(result: SessionResult, today: Day): string {
  return `${result.covered} of ${result.total} key points · ${RATING_LABELS[result.rating]} · back ${relativeDay(result.due, today)} · ${duration(result.seconds)}`;
}

/** "Good · in 4 days": a rating button's words. */
export function ratingLabel(rating: Rating, due: Day, today: Day): string {
  return `${RATING_LABELS[rating]} · ${relativeDay(due, today)}`;
}
