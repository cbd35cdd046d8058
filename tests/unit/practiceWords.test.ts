import { describe, expect, it } from 'vitest';
import { duration, relativeDay, shortDate } from '../../src/lib/practiceWords';

describe('practice in words', () => {
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

  it('say how long an attempt took', () => {
    expect([duration(45), duration(245), duration(720)]).toEqual(['45 s', '4 min 5 s', '12 min']);
  });
});
