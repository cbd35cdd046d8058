import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/calendarDay';
import { duration } from '../../src/lib/practiceAttempt';
import { DEFAULT_SETTINGS } from '../../src/lib/practiceSettings';
import {
  chooseSession,
  clock,
  matching,
  ratingLabel,
  sessionKey,
  suggestRating,
  summarize,
  type Learner,
  type PracticeQuestion,
} from '../../src/lib/practiceSession';

const TODAY = '2025-11-25';
const q = (id: string, section = 'data', tier = 'deep'): PracticeQuestion => ({ id, section, tier, html: id, points: [] });
const questions = [q('a'), q('b', 'data', 'interview'), q('c', 'evaluation'), q('d', 'evaluation', 'interview'), q('e'), q('f')];
const reviews: Record<string, string> = { a: addDays(TODAY, 3), b: addDays(TODAY, -1), c: TODAY, d: addDays(TODAY, 1) };
const learner: Learner = { isPicked: (id) => id === 'b' || id === 'e', nextReview: (id) => reviews[id] ?? null };
const ids = (list: PracticeQuestion[]) => list.map((question) => question.id);

describe('which questions a session draws from', () => {
  it('every question by default', () => {
    expect(ids(matching(questions, DEFAULT_SETTINGS, learner, TODAY))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('only the chosen sections and tiers, picked ones, due ones', () => {
    expect(ids(matching(questions, { ...DEFAULT_SETTINGS, sections: ['evaluation'] }, learner, TODAY))).toEqual(['c', 'd']);
    expect(ids(matching(questions, { ...DEFAULT_SETTINGS, tiers: ['interview'] }, learner, TODAY))).toEqual(['b', 'd']);
    expect(ids(matching(questions, { ...DEFAULT_SETTINGS, pickedOnly: true }, learner, TODAY))).toEqual(['b', 'e']);
    expect(ids(matching(questions, { ...DEFAULT_SETTINGS, dueOnly: true }, learner, TODAY))).toEqual(['b', 'c']);
  });
});

describe('a session', () => {
  it('takes the due questions first, the longest overdue first, then new ones, then the rest soonest due first', () => {
    const session = ids(chooseSession(questions, 6, learner, TODAY, () => 0));
    expect(session.slice(0, 2)).toEqual(['b', 'c']);
    expect(session.slice(2, 4).sort()).toEqual(['e', 'f']);
    expect(session.slice(4)).toEqual(['d', 'a']);
  });

  it('takes as many as asked for, at most all', () => {
    expect(chooseSession(questions, 3, learner, TODAY)).toHaveLength(3);
    expect(chooseSession(questions, 50, learner, TODAY)).toHaveLength(6);
  });
});

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

  it('writes times and rating buttons the way the page shows them', () => {
    expect([clock(245), clock(0), clock(-12)]).toEqual(['4:05', '0:00', '−0:12']);
    expect([duration(45), duration(245), duration(720)]).toEqual(['45 s', '4 min 5 s', '12 min']);
    expect(ratingLabel('Good', addDays(TODAY, 4), TODAY)).toBe('Good · in 4 days');
    expect(ratingLabel('Again', addDays(TODAY, 1), TODAY)).toBe('Again · tomorrow');
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
