import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/calendarDay';
import { clock, newAttemptId, sessionKey, suggestRating, summarize } from '../../src/lib/practiceSteps';

const TODAY = '2025-11-25';

describe('the suggested rating', () => {
  it.each([
    [0, 5, 'again'],
    [1, 5, 'again'],
    [2, 5, 'hard'],
    [3, 5, 'good'],
    [4, 5, 'good'],
    [5, 5, 'easy'],
    [1, 4, 'again'],
    [2, 4, 'hard'],
    [3, 4, 'good'],
    [0, 0, 'good'],
  ] as const)('with %i of %i key points covered is %s', (covered, total, rating) => {
    expect(suggestRating(covered, total)).toBe(rating);
  });
});

describe('the session summary', () => {
  const results = [
    { id: 'a', seconds: 100, covered: 2, total: 5, rating: 'again', due: addDays(TODAY, 1) },
    { id: 'b', seconds: 65, covered: 4, total: 4, rating: 'easy', due: addDays(TODAY, 6) },
    { id: 'c', seconds: 30, covered: 3, total: 5, rating: 'good', due: addDays(TODAY, 1) },
  ] as const;

  it('totals questions, key points covered, ratings and time, and says when they come back', () => {
    expect(summarize(results)).toEqual({
      questions: 3,
      covered: 9,
      total: 14,
      ratings: { again: 1, hard: 0, good: 1, easy: 1 },
      seconds: 195,
      comingBack: [
        { day: addDays(TODAY, 1), ids: ['a', 'c'] },
        { day: addDays(TODAY, 6), ids: ['b'] },
      ],
      misses: ['a'],
    });
  });

  it('writes the timer the way the page shows it', () => {
    expect([clock(245), clock(0), clock(-12)]).toEqual(['4:05', '0:00', '−0:12']);
  });
});

describe('the keyboard in a session', () => {
  const press = (key: string, extra = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...extra });
  const heading = { tagName: 'H2' };
  const answerBox = { tagName: 'TEXTAREA' };

  it('shows the guide with Space or Enter, but leaves them to a focused button, checkbox or answer box', () => {
    expect(sessionKey(press(' '), heading, false)).toEqual({ action: 'show-guide' });
    expect(sessionKey(press('Enter'), null, false)).toEqual({ action: 'show-guide' });
    expect(sessionKey(press(' '), { tagName: 'BUTTON' }, false)).toBeNull();
    expect(sessionKey(press(' '), { tagName: 'INPUT', type: 'checkbox' }, false)).toBeNull();
    expect(sessionKey(press('Enter'), answerBox, false)).toBeNull();
    expect(sessionKey(press('Enter', { ctrlKey: true }), answerBox, false)).toEqual({ action: 'show-guide' });
  });

  it('rates with 1 to 4 once the guide is shown, never while typing', () => {
    expect(sessionKey(press('1'), heading, true)).toEqual({ action: 'rate', rating: 'again' });
    expect(sessionKey(press('4'), { tagName: 'INPUT', type: 'checkbox' }, true)).toEqual({ action: 'rate', rating: 'easy' });
    expect(sessionKey(press('3'), { ...answerBox, readOnly: true }, true)).toEqual({ action: 'rate', rating: 'good' });
    expect(sessionKey(press('3'), answerBox, true)).toBeNull();
    expect(sessionKey(press('3'), heading, false)).toBeNull();
    expect(sessionKey(press('5'), heading, true)).toBeNull();
    expect(sessionKey(press('2', { altKey: true }), heading, true)).toBeNull();
  });
});

describe('a new attempt', () => {
  it('gets an id no other browser will make', () => {
    const id = newAttemptId(Date.UTC(2025, 10, 25, 9));
    expect(id).toMatch(/^[a-z0-9]+-[0-9a-f]{12}$/);
    expect(newAttemptId(Date.UTC(2025, 10, 25, 9))).not.toBe(id);
  });
});
