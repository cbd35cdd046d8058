import { describe, expect, it } from 'vitest';
import { addDays, dayOf, daysBetween } from '../../src/lib/calendarDay';
import { RATINGS, type Rating } from '../../src/lib/practiceAttempt';
import { memoryOf, outcomes, type Rated } from '../../src/lib/reviewScheduler';
import { nextReview } from '../../src/lib/reviewDates';

/** A fixed clock: 25 November 2025, 10:00 local time, and days after it at the same hour. */
const T0 = new Date(2025, 10, 25, 10, 0).getTime();
const TODAY = dayOf(T0);
const dayLater = (n: number, hour = 10) => new Date(2025, 10, 25 + n, hour, 0).getTime();

/** Rates a question on each of these days, always on the day it came back. */
function history(ratings: Rating[]): Rated[] {
  const attempts: Rated[] = [];
  let now = T0;
  for (const rating of ratings) {
    attempts.push({ at: now, rating });
    const { days } = outcomes(attempts.slice(0, -1), now, null)[rating];
    now += days * 86_400_000;
  }
  return attempts;
}

describe('when a question comes back', () => {
  it('a new question rated Good comes back days away, not minutes', () => {
    const { good } = outcomes([], T0, null);
    expect(good.days).toBeGreaterThanOrEqual(2);
    expect(good.due).toBe(addDays(TODAY, good.days));
  });

  it('a new question rated Again comes back tomorrow, not in ten minutes', () => {
    expect(outcomes([], T0, null).again).toMatchObject({ due: addDays(TODAY, 1), days: 1 });
  });

  it('Again brings a question back tomorrow even after it was known well', () => {
    const known = history(['good', 'good', 'easy']);
    const now = dayLater(30);
    expect(outcomes(known, now, null).again).toMatchObject({ due: addDays(dayOf(now), 1), days: 1 });
  });

  it('rates in order: Again no later than Hard, Hard than Good, Good than Easy, every one on a later day', () => {
    for (const attempts of [[], history(['good']), history(['good', 'hard', 'good'])]) {
      const now = attempts.length ? attempts.at(-1)!.at + 3 * 86_400_000 : T0;
      const days = RATINGS.map((rating) => outcomes(attempts, now, null)[rating].days);
      expect(days[0]).toBeGreaterThanOrEqual(1);
      expect(days).toEqual([...days].sort((a, b) => a - b));
    }
  });

  it('a question recalled again and again comes back further apart each time', () => {
    const attempts = history(['good', 'good', 'good', 'good']);
    const gaps = attempts.slice(1).map((attempt, i) => daysBetween(dayOf(attempts[i]!.at), dayOf(attempt.at)));
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    expect(gaps.at(-1)!).toBeGreaterThan(gaps[0]!);
  });

  it('the same history always gives the same days (fuzz is seeded, not random)', () => {
    const attempts = history(['good', 'easy']);
    expect(outcomes(attempts, dayLater(20), null)).toEqual(outcomes(attempts, dayLater(20), null));
  });

  it('recomputes the memory state from the attempts in time order, whatever order they are stored in', () => {
    const attempts = history(['good', 'again', 'good']);
    expect(memoryOf([...attempts].reverse())).toEqual(memoryOf(attempts));
  });
});

describe('with an interview ahead', () => {
  it('schedules nothing after the day before the interview, for a new question or one known for weeks', () => {
    const known = history(['good', 'good', 'easy']);
    for (const [attempts, now] of [[[], T0], [known, dayLater(40)]] as const) {
      const today = dayOf(now);
      const interview = addDays(today, 5);
      for (const rating of RATINGS) {
        const { due } = outcomes(attempts, now, interview)[rating];
        expect(due > today && due <= addDays(interview, -1), `${rating} on ${today}: back ${due}, interview ${interview}`).toBe(true);
      }
      expect(outcomes(attempts, now, null).easy.due > interview).toBe(true); // without the interview, Easy would be later
    }
  });

  it('still brings a question back the next day when the interview is tomorrow (the interview day itself)', () => {
    const tomorrow = addDays(TODAY, 1);
    for (const rating of RATINGS) expect(outcomes([], T0, tomorrow)[rating].due).toBe(tomorrow);
  });

  it('stores the scheduler’s own day, so clearing or moving the interview gives the usual schedule back', () => {
    const interview = addDays(TODAY, 3);
    const easy = outcomes([], T0, interview).easy;
    expect(easy.scheduled).toBe(outcomes([], T0, null).easy.due);
    const stored = [{ at: T0, due: easy.scheduled }];
    expect(nextReview(stored, interview)).toBe(easy.due); // what the button said
    expect(nextReview(stored, null)).toBe(easy.scheduled); // the date cleared
    expect(nextReview(stored, addDays(TODAY, 60))).toBe(easy.scheduled); // the date moved past it
  });

  it('leaves the schedule alone once the interview has passed', () => {
    expect(outcomes([], T0, addDays(TODAY, -3))).toEqual(outcomes([], T0, null));
  });
});
