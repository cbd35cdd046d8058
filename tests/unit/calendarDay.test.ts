import { describe, expect, it } from 'vitest';
import { addDays, dayOf, daysBetween, isDay, relativeDay, shortDate } from '../../src/lib/calendarDay';

describe('calendar days', () => {
  it('are the local date of a moment', () => {
    expect(dayOf(new Date(2025, 10, 25, 0, 0).getTime())).toBe('2025-11-25');
    expect(dayOf(new Date(2025, 10, 25, 23, 59, 59).getTime())).toBe('2025-11-25');
  });

  it('count across months, years and daylight-saving changes as whole days', () => {
    expect(addDays('2025-11-29', 3)).toBe('2025-12-02');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // Europe's clocks change in between
    expect(daysBetween('2025-11-25', '2025-11-20')).toBe(-5);
  });

  it('accept only real dates written YYYY-MM-DD', () => {
    expect(isDay('2025-11-25')).toBe(true);
    for (const value of ['2025-11-31', '2025-2-3', '25-11-2025', 20251125, null]) expect(isDay(value)).toBe(false);
  });

  it.each([
    ['2025-11-25', 'today'],
    ['2025-11-26', 'tomorrow'],
    ['2025-11-29', 'in 4 days'],
    ['2025-11-24', 'yesterday'],
    ['2025-11-22', '3 days ago'],
  ])('say %s as “%s” on 25 November', (day, words) => {
    expect(relativeDay(day, '2025-11-25')).toBe(words);
  });

  it('are written short, with the year only when it is not this one', () => {
    expect(shortDate('2025-11-27', '2025-11-25')).toBe('Thu 27 Nov');
    expect(shortDate('2026-01-05', '2025-11-25')).toBe('Mon 5 Jan 2026');
  });
});
