/**
 * The run-up to an interview, for the practice page: the days left, the questions never
 * practised and the pace that practises each once before the day, and what is overdue. Read from
 * the stored review days (reviewDates.ts), without the scheduler.
 */
import { daysBetween, type Day } from './calendarDay';
import { nextReview, type Dated } from './reviewDates';
import { plural } from './words';

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

/** The plan in words: "23 days to go. 98 of 135 questions not practised yet: about 5 a day practises each once before the interview. 3 overdue." */
export function describeInterviewPlan(plan: InterviewPlan, scope: { total: number; picked: boolean }): string {
  const when = plan.daysLeft === 0 ? 'The interview is today.' : plan.daysLeft === 1 ? 'The interview is tomorrow.' : `${plan.daysLeft} days to go.`;
  const noun = scope.picked ? 'picked question' : 'question';
  const ofAll = `${plan.unpractised} of ${plural(scope.total, noun)} not practised yet`;
  const pace =
    scope.total === 0
      ? 'Nothing is picked yet: pick questions on a section page to plan for them.'
      : plan.unpractised === 0
        ? `You have practised ${scope.total === 1 ? `the ${noun}` : `all ${plural(scope.total, noun)}`} at least once.`
        : plan.daysLeft === 0
          ? `${ofAll}.`
          : `${ofAll}: about ${plan.perDay} a day practises each once before the interview.`;
  const due = [plan.overdue ? `${plural(plan.overdue, 'review')} overdue` : '', plan.dueToday ? `${plan.dueToday} due today` : '']
    .filter(Boolean)
    .join(', ');
  return `${when} ${pace}${due ? ` ${due[0]!.toUpperCase()}${due.slice(1)}.` : ''}`;
}
