/**
 * When each question comes back for review, read from the stored attempts without the scheduler
 * (reviewScheduler.ts, which loads only on the practice page): a question's next review is the
 * day its latest attempt scheduled, never after the learner's interview. Home's "N due for
 * review", the question page's next review and the practice page's setup all read it here.
 */
import { addDays, dayOf, daysBetween, earlier, type Day } from './calendarDay';
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
  const cap = lastReviewDay(interview, dayOf(last.at));
  return cap ? earlier(last.due, cap) : last.due;
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

export interface InterviewPlan {
  /** Days from today to the interview: 0 on the day itself. */
  daysLeft: number;
  /** Questions in scope never practised. */
  unpractised: number;
  /** How many of them a day practises each once before the interview day. */
  perDay: number;
  /** Questions whose review day has passed (not counting those due today). */
  overdue: number;
  dueToday: number;
}

/** The run-up to an interview for the questions in scope (all, or the picked ones); null when there is no interview ahead. */
export function interviewPlan(
  attempts: Readonly<Record<string, readonly Dated[]>>,
  interview: Day | null,
  today: Day,
  ids: readonly string[],
): InterviewPlan | null {
  if (!interview || interview < today) return null;
  const daysLeft = daysBetween(today, interview);
  const plan: InterviewPlan = { daysLeft, unpractised: 0, perDay: 0, overdue: 0, dueToday: 0 };
  for (const id of ids) {
    const review = nextReview(attempts[id] ?? [], interview);
    if (review === null) plan.unpractised++;
    else if (review < today) plan.overdue++;
    else if (review === today) plan.dueToday++;
  }
  plan.perDay = daysLeft > 0 ? Math.ceil(plan.unpractised / daysLeft) : plan.unpractised;
  return plan;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The plan in words: "23 days to go. 98 of 135 questions not practised yet: about 5 a day practises each once before the interview. 3 overdue." */
export function describeInterviewPlan(plan: InterviewPlan, scope: { total: number; picked: boolean }): string {
  const when = plan.daysLeft === 0 ? 'The interview is today.' : plan.daysLeft === 1 ? 'The interview is tomorrow.' : `${plan.daysLeft} days to go.`;
  const questions = scope.picked ? 'picked questions' : 'questions';
  const pace =
    plan.unpractised === 0
      ? `You have practised all ${scope.total} ${questions} at least once.`
      : plan.daysLeft === 0
        ? `${plan.unpractised} of ${scope.total} ${questions} not practised yet.`
        : `${plan.unpractised} of ${scope.total} ${questions} not practised yet: about ${plan.perDay} a day practises each once before the interview.`;
  const due = [plan.overdue ? `${plural(plan.overdue, 'review')} overdue` : '', plan.dueToday ? `${plan.dueToday} due today` : '']
    .filter(Boolean)
    .join(', ');
  return `${when} ${pace}${due ? ` ${due[0]!.toUpperCase()}${due.slice(1)}.` : ''}`;
}
