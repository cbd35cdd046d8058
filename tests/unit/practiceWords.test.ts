import { describe, expect, it } from 'vitest';
import { comingBackLine, dayInWords, duration, historyLine, nextDueLine, ratingLabel, relativeDay, resultLine, shortDate } from '../../src/lib/practiceWords';

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

  it('name a day other than today by how far it is, then its date', () => {
    expect(dayInWords('2025-11-25', '2025-11-25')).toBe('today');
    expect(dayInWords('2025-11-26', '2025-11-25')).toBe('tomorrow (Wed 26 Nov)');
    expect(dayInWords('2025-11-22', '2025-11-25')).toBe('3 days ago (Sat 22 Nov)');
  });

  it('give home, a question page and a summary the same day, each in its own line', () => {
    const today = '2025-11-25';
    expect(nextDueLine({ day: '2025-11-26', count: 1 }, today)).toBe('Next: 1 question tomorrow (Wed 26 Nov).');
    expect(historyLine('2025-11-29', today, 2)).toBe('Next review in 4 days (Sat 29 Nov) · 2 attempts');
    expect(historyLine('2025-11-24', today, 1)).toBe('Next review due now · 1 attempt');
    expect(comingBackLine('2025-11-26', 3, today)).toBe('Tomorrow (Wed 26 Nov): 3 questions');
  });

  it('say what each answer of a session scored and when it comes back', () => {
    const result = { id: 'q', covered: 3, total: 5, rating: 'good', due: '2025-11-29', seconds: 130 } as const;
    expect(resultLine(result, '2025-11-25')).toBe('3 of 5 key points · Good · back in 4 days · 2 min 10 s');
    expect(ratingLabel('again', '2025-11-26', '2025-11-25')).toBe('Again · tomorrow');
  });
});
