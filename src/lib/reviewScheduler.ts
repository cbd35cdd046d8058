/**
 * The scheduler: when a question comes back after each rating, by FSRS (ts-fsrs, the reference
 * implementation of the Free Spaced Repetition Scheduler that Anki uses). Loaded only on the
 * practice page, when a session starts; every other page reads the stored days (reviewDates.ts).
 *
 * - Day-level: no minute learning steps (enable_short_term off), so every rating brings a
 *   question back on a later day, and Again always brings it back tomorrow, new or not.
 * - Fuzz on: ts-fsrs spreads intervals of three days and more a little, so questions practised
 *   together do not all come back together. Its seed is the review time and the card's state,
 *   so the same history always gives the same days.
 * - The memory state (stability, difficulty) is recomputed from the question's attempts, replayed
 *   in time order; nothing of it is stored. Attempts merged from another browser therefore count
 *   the next time the question is rated.
 * - With an interview ahead, no review is scheduled after the day before it (reviewDates.ts).
 */
import { createEmptyCard, fsrs, Rating as Grade, type Card } from 'ts-fsrs';
import { addDays, dayOf, daysBetween, type Day } from './calendarDay';
import { RATINGS, type Attempt, type Rating } from './practiceAttempt';
import { beforeInterview } from './reviewDates';

const GRADES = { again: Grade.Again, hard: Grade.Hard, good: Grade.Good, easy: Grade.Easy } as const;

const scheduler = fsrs({ enable_fuzz: true, enable_short_term: false, learning_steps: [], relearning_steps: [] });

/** What replaying needs of an attempt. */
export type Rated = Pick<Attempt, 'at' | 'rating'>;

/** The memory state after these attempts, replayed in the order they were made. */
export function memoryOf(attempts: readonly Rated[]): Card {
  const ordered = [...attempts].sort((a, b) => a.at - b.at);
  let card = createEmptyCard(new Date(ordered[0]?.at ?? 0));
  for (const attempt of ordered) card = scheduler.next(card, new Date(attempt.at), GRADES[attempt.rating]).card;
  return card;
}

export interface Outcome {
  /** The day the question comes back: the day the learner is shown. */
  due: Day;
  /** Days from today until then (1 is tomorrow). */
  days: number;
  /**
   * The day the scheduler chose, before the interview brought it forward: what the attempt
   * stores, so clearing or moving the interview date gives the usual schedule back.
   */
  scheduled: Day;
}

/** When the question would come back after each rating given `now`, with an interview day or none. */
export function outcomes(attempts: readonly Rated[], now: number, interview: Day | null): Record<Rating, Outcome> {
  const today = dayOf(now);
  const preview = scheduler.repeat(memoryOf(attempts), new Date(now));
  const outcome = (rating: Rating): Outcome => {
    const scheduled = addDays(today, rating === 'again' ? 1 : Math.max(1, preview[GRADES[rating]].card.scheduled_days));
    const due = beforeInterview(scheduled, interview, today);
    return { due, days: daysBetween(today, due), scheduled };
  };
  return Object.fromEntries(RATINGS.map((rating) => [rating, outcome(rating)])) as Record<Rating, Outcome>;
}
