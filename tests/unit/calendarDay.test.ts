import { describe, expect, it } from 'vitest';
import { addDays, dayOf, daysBetween, isDay } from '../../src/lib/calendarDay';

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
});
