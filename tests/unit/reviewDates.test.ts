import { describe, expect, it } from 'vitest';
import { addDays, dayOf } from '../../src/lib/calendarDay';
import { dueReviews, isDue, lastReviewDay, nextDueDay, nextReview } from '../../src/lib/reviewDates';

const T0 = new Date(2025, 10, 25, 10, 0).getTime();
const TODAY = dayOf(T0);
const day = (n: number) => addDays(TODAY, n);
const HOUR = 3_600_000;

describe('a question’s next review, read without the scheduler', () => {
  it('is the day its latest attempt scheduled; null before any attempt', () => {
    expect(nextReview([], null)).toBeNull();
    expect(nextReview([{ at: T0 + HOUR, due: day(9) }, { at: T0, due: day(1) }], null)).toBe(day(9));
  });

  it('is due up to local midnight: on its day and after, not the evening before', () => {
    const due = day(1);
    expect(isDue(due, dayOf(new Date(2025, 10, 25, 23, 59).getTime()))).toBe(false);
    expect(isDue(due, dayOf(new Date(2025, 10, 26, 0, 1).getTime()))).toBe(true);
    expect(isDue(due, day(3))).toBe(true);
    expect(isDue(null, day(3))).toBe(false);
  });

  it('comes before an interview set after the attempt, as if the date had been known', () => {
    expect(nextReview([{ at: T0, due: day(30) }], day(10))).toBe(day(9));
    expect(nextReview([{ at: T0, due: day(4) }], day(10))).toBe(day(4));
    expect(nextReview([{ at: T0, due: day(30) }], day(-1))).toBe(day(30)); // the interview is over
  });

  it('keeps reviews before the interview day, but never earlier than the next day', () => {
    expect(lastReviewDay(day(10), TODAY)).toBe(day(9));
    expect(lastReviewDay(day(1), TODAY)).toBe(day(1));
    expect(lastReviewDay(TODAY, TODAY)).toBeNull();
    expect(lastReviewDay(null, TODAY)).toBeNull();
  });
});

describe('the reviews due', () => {
  const attempts = {
    a: [{ at: T0, due: day(-2) }],
    b: [{ at: T0, due: day(0) }],
    c: [{ at: T0, due: day(3) }],
    d: [{ at: T0, due: day(3) }],
    e: [{ at: T0, due: day(-5) }],
  };

  it('lists the due questions, the longest overdue first', () => {
    expect(dueReviews(attempts, null, TODAY).map((r) => r.id)).toEqual(['e', 'a', 'b']);
    expect(dueReviews(attempts, null, TODAY, ['a', 'c', 'unknown'])).toEqual([{ id: 'a', due: day(-2) }]);
  });

  it('says when the next ones come due', () => {
    expect(nextDueDay(attempts, null, TODAY)).toEqual({ day: day(3), count: 2 });
    expect(nextDueDay(attempts, null, day(5))).toBeNull();
  });
});
