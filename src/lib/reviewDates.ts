/**
 * When each question comes back for review, read from the stored attempts without the scheduler
 * (reviewScheduler.ts, which loads only on the practice page): a question's next review is the
 * day its latest attempt scheduled, never after the learner's interview. Home's "N due for
 * review", the question page's next review and the practice page's setup all read it here.
 */
import { addDays, dayOf, earlier, type Day } from './calendarDay';
import type { Attempt } from './practiceAttempt';

/** What dates need of an attempt. */
export type Dated = Pick<Attempt, 'at' | 'due'>;

/**
 * The last day a review made on `reviewDay` may bring a question back: the day before the
 * interview (the interview day is for the interview), but never earlier than the next day.
 * Null when no interview lies ahead of `reviewDay`: nothing to keep reviews before.
 */
export function lastReviewDay(interview: Day | null, reviewDay: Day): Day | null {
  if (!interview || interview <= reviewDay) return null;
  const before = addDays(interview, -1);
  const next = addDays(reviewDay, 1);
  return before > next ? before : next;
}

/** `day`, brought before the interview when one lies ahead of a review made on `reviewDay`. */
export function beforeInterview(day: Day, interview: Day | null, reviewDay: Day): Day {
  const cap = lastReviewDay(interview, reviewDay);
  return cap ? earlier(day, cap) : day;
}

/** The latest attempt, or undefined when there is none. */
export function latest<T extends Dated>(attempts: readonly T[]): T | undefined {
  return attempts.reduce<T | undefined>((last, attempt) => (!last || attempt.at >= last.at ? attempt : last), undefined);
}

/**
 * The day a question is next due, or null when it was never practised. An interview date set
 * after the attempt still applies, as if it had been known then.
 */
export function nextReview(attempts: readonly Dated[], interview: Day | null): Day | null {
  const last = latest(attempts);
  if (!last) return null;
  return beforeInterview(last.due, interview, dayOf(last.at));
}

/** Due means due before local midnight tonight: on any day up to today. */
export const isDue = (review: Day | null, today: Day): review is Day => review !== null && review <= today;

export interface DueReview {
  id: string;
  due: Day;
}

/** The questions due today (of `ids`, when given), the longest overdue first. */
export function dueReviews(
  attempts: Readonly<Record<string, readonly Dated[]>>,
  interview: Day | null,
  today: Day,
  ids: Iterable<string> = Object.keys(attempts),
): DueReview[] {
  const due: DueReview[] = [];
  for (const id of ids) {
    const review = nextReview(attempts[id] ?? [], interview);
    if (isDue(review, today)) due.push({ id, due: review });
  }
  return due.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** The next day (after today) on which reviews fall due, and how many; null when none are scheduled. */
export function nextDueDay(
  attempts: Readonly<Record<string, readonly Dated[]>>,
  interview: Day | null,
  today: Day,
  ids: Iterable<string> = Object.keys(attempts),
): { day: Day; count: number } | null {
  let next: { day: Day; count: number } | null = null;
  for (const id of ids) {
    const review = nextReview(attempts[id] ?? [], interview);
    if (!review || review <= today) continue;
    if (!next || review < next.day) next = { day: review, count: 1 };
    else if (review === next.day) next.count++;
  }
  return next;
}
