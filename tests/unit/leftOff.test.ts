import { describe, expect, it } from 'vitest';
import { emptyDocument, type AnswerDocument } from '../../src/lib/answerDocument';
import { lastWorkedOn } from '../../src/lib/leftOff';

const T0 = Date.UTC(2025, 10, 1);
const entry = (text: string, updatedAt = T0) => ({ text, updatedAt });

describe('where the learner left off', () => {
  it('is the question most recently answered or picked, among the guide’s questions', () => {
    const document: AnswerDocument = {
      ...emptyDocument(),
      answers: { a: { before: entry('x', T0 + 1) }, b: { after: entry('y', T0 + 5) }, gone: { before: entry('z', T0 + 9) } },
      picks: { c: { picked: true, updatedAt: T0 + 3 }, d: { picked: false, updatedAt: T0 + 7 } },
    };
    expect(lastWorkedOn(document, new Set(['a', 'b', 'c', 'd']))).toBe('b');
    expect(lastWorkedOn(emptyDocument(), new Set(['a']))).toBeUndefined();
  });
});
