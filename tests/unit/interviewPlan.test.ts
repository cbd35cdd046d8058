import { describe, expect, it } from 'vitest';
import { addDays, dayOf } from '../../src/lib/calendarDay';
import { describeInterviewPlan, interviewPlan } from '../../src/lib/interviewPlan';

const T0 = new Date(2025, 10, 25, 10, 0).getTime();
const TODAY = dayOf(T0);
const day = (n: number) => addDays(TODAY, n);
const HOUR = 3_600_000;

describe('the run-up to an interview', () => {
  const attempts = { a: [{ at: T0 - 5 * 24 * HOUR, due: day(-2) }], b: [{ at: T0, due: day(0) }], c: [{ at: T0, due: day(3) }] };
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];

  it('counts days left, questions never practised, the pace that practises each once before it, and what is overdue', () => {
    expect(interviewPlan(attempts, day(4), TODAY, ids)).toEqual({ daysLeft: 4, unpractised: 7, perDay: 2, overdue: 1, dueToday: 1 });
  });

  it('says it in words', () => {
    const plan = interviewPlan(attempts, day(4), TODAY, ids)!;
    expect(describeInterviewPlan(plan, { total: 10, picked: false })).toBe(
      '4 days to go. 7 of 10 questions not practised yet: about 2 a day practises each once before the interview. 1 review overdue, 1 due today.',
    );
    expect(describeInterviewPlan({ ...plan, unpractised: 0, overdue: 0, dueToday: 0 }, { total: 4, picked: true })).toBe(
      '4 days to go. You have practised all 4 picked questions at least once.',
    );
  });

  it('says when nothing is picked, instead of claiming all of none practised', () => {
    const none = interviewPlan(attempts, day(4), TODAY, [])!;
    expect(describeInterviewPlan(none, { total: 0, picked: true })).toBe('4 days to go. Nothing is picked yet: pick questions on a section page to plan for them.');
  });

  it('has no plan without an interview ahead', () => {
    expect(interviewPlan(attempts, null, TODAY, ids)).toBeNull();
    expect(interviewPlan(attempts, day(-1), TODAY, ids)).toBeNull();
    expect(interviewPlan(attempts, TODAY, TODAY, ids)?.daysLeft).toBe(0);
  });
});
