import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/calendarDay';
import { DEFAULT_SETTINGS, type PracticeSettings } from '../../src/lib/practiceSettings';
import { chooseSession, matching, noMatchReason, type Learner, type PracticeQuestion } from '../../src/lib/practiceSession';

const TODAY = '2025-11-25';
const q = (id: string, section = 'data', tier = 'deep'): PracticeQuestion => ({ id, section, tier, html: id });
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

describe('when no question matches, the setup says why', () => {
  const none: Learner = { isPicked: () => false, nextReview: () => null };
  const cases: [string, Partial<PracticeSettings>, Learner, string][] = [
    ['no section ticked', { sections: [] }, learner, 'No question matches: choose at least one section and tier.'],
    ['nothing picked at all', { pickedOnly: true }, none, 'Nothing is picked yet: pick questions on a section page, or untick “Picked only”.'],
    ['picks only elsewhere', { pickedOnly: true, tiers: ['shallow'] }, learner, 'None of your picked questions is in these sections and tiers.'],
    ['nothing due', { dueOnly: true }, none, 'Nothing is due for review in these sections and tiers.'],
    ['no picked question due', { dueOnly: true, pickedOnly: true, sections: ['data'], tiers: ['deep'] }, learner, 'Nothing is due for review in these sections and tiers among your picked questions.'],
  ];
  it.each(cases)('%s', (_, choice, who, reason) => {
    const settings = { ...DEFAULT_SETTINGS, ...choice };
    expect(matching(questions, settings, who, TODAY)).toEqual([]);
    expect(noMatchReason(questions, settings, who, TODAY)).toBe(reason);
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
