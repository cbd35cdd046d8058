import { describe, expect, it } from 'vitest';
import { emptyDocument, type AnswerDocument } from '../../src/lib/answerDocument';
import { backupState, describeBackup, pickNote, progressOf, statusOf } from '../../src/lib/answerProgress';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 10, 1);
const entry = (text: string, updatedAt = T0) => ({ text, updatedAt });

describe('a question’s status', () => {
  it('is not started, answered, or refined, from the answers alone', () => {
    expect(statusOf(undefined)).toBe('not-started');
    expect(statusOf({ before: entry('   ') })).toBe('not-started');
    expect(statusOf({ before: entry('a guess') })).toBe('answered');
    expect(statusOf({ before: entry('a guess'), after: entry('the mechanism') })).toBe('refined');
    expect(statusOf({ after: entry('only after reading') })).toBe('refined');
    expect(statusOf({ before: entry('a guess'), after: entry('') })).toBe('answered');
  });
});

describe('a section’s progress', () => {
  const document: AnswerDocument = {
    ...emptyDocument(),
    answers: { a: { before: entry('x') }, b: { before: entry('x'), after: entry('y') }, other: { before: entry('z') } },
    picks: { a: { picked: true, updatedAt: T0 }, c: { picked: false, updatedAt: T0 } },
  };

  it('counts answered (refined included), refined and picked among the section’s questions only', () => {
    expect(progressOf(document, ['a', 'b', 'c', 'd'])).toEqual({ total: 4, answered: 2, refined: 1, picked: 1 });
  });
});

describe('the picked count note', () => {
  it('suggests 3–5, and above 5 says so gently without refusing', () => {
    expect(pickNote(0)).toMatch(/suggests picking 3–5/);
    expect(pickNote(2)).toBe('2 picked for this reading (the method suggests 3–5).');
    expect(pickNote(4)).toBe('4 picked for this reading.');
    expect(pickNote(7)).toMatch(/^7 picked for this reading\. The method suggests 3–5/);
  });
});

describe('backup reminders', () => {
  const withAnswer = (at: number, lastBackupAt: number | null): AnswerDocument => ({
    ...emptyDocument(),
    answers: { a: { before: entry('x', at) } },
    lastBackupAt,
  });

  it('say when the last backup was made', () => {
    expect(describeBackup(backupState(withAnswer(T0, null), T0))).toBe('No backup yet.');
    expect(describeBackup(backupState(withAnswer(T0, T0), T0 + 1000))).toBe('Last backup: today.');
    expect(describeBackup(backupState(withAnswer(T0, T0), T0 + DAY))).toBe('Last backup: yesterday.');
    expect(describeBackup(backupState(withAnswer(T0, T0), T0 + 9 * DAY))).toBe('Last backup: 9 days ago.');
  });

  it('nudge once work has gone a week without a backup, and not before', () => {
    expect(backupState(withAnswer(T0, null), T0 + 6 * DAY).nudge).toBe(false);
    expect(backupState(withAnswer(T0, null), T0 + 7 * DAY).nudge).toBe(true);
    expect(backupState(withAnswer(T0 + DAY, T0), T0 + 8 * DAY).nudge).toBe(true);
  });

  it('count practice attempts as work to back up', () => {
    const practised = {
      ...emptyDocument(),
      attempts: { q: [{ id: 'mif3k2a8-000001', at: T0, answer: '', seconds: 60, points: [], total: 4, rating: 'good' as const, due: '2025-11-04' }] },
    };
    expect(backupState(practised, T0 + 7 * DAY).nudge).toBe(true);
    expect(backupState({ ...practised, lastBackupAt: T0 + 1 }, T0 + 30 * DAY).nudge).toBe(false);
  });

  it('do not nudge when everything is in the last backup, or there is nothing to lose', () => {
    expect(backupState(withAnswer(T0, T0 + 1), T0 + 30 * DAY).nudge).toBe(false);
    expect(backupState(emptyDocument(), T0 + 30 * DAY).nudge).toBe(false);
  });
});
