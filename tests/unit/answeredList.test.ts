import { describe, expect, it } from 'vitest';
import { emptyDocument, type AnswerDocument } from '../../src/lib/answerDocument';
import { answeredList, hasWrittenWork } from '../../src/lib/answeredList';
import { OUTLINE } from './helpers/outline';

const text = (value: string) => ({ text: value, updatedAt: 1 });
const doc = (changes: Partial<AnswerDocument>): AnswerDocument => ({ ...emptyDocument(), ...changes });

describe('the answers page list', () => {
  it('groups answered questions by section in syllabus order, each with the answers that have text', () => {
    const list = answeredList(
      OUTLINE,
      doc({
        answers: {
          dedup: { before: text('Duplicates inflate evals.') },
          'reward-hacking': { before: text('   '), after: text('The policy games the proxy.') },
          'why-sft': { before: text('Format first.'), after: text('Format, then preference.') },
        },
      }),
    );
    expect(list.sections.map(({ section, questions }) => [section.slug, questions.map((q) => q.question.id)])).toEqual([
      ['post-training', ['why-sft', 'reward-hacking']],
      ['data', ['dedup']],
    ]);
    expect(list.sections[0]!.questions[1]!.answers).toEqual([{ label: 'After reading', text: 'The policy games the proxy.' }]);
    expect(list.sections[0]!.questions[0]!.answers.map((a) => a.label)).toEqual(['Before reading', 'After reading']);
  });

  it('lists a section with reading notes only, and leaves out sections with nothing written', () => {
    const list = answeredList(OUTLINE, doc({ notes: { data: text('  Read the dedup paper.  '), 'post-training': text(' ') } }));
    expect(list.sections).toHaveLength(1);
    expect(list.sections[0]).toMatchObject({ notes: 'Read the dedup paper.', questions: [] });
    expect(list.sections[0]!.section.slug).toBe('data');
  });

  it('counts answers for questions the guide no longer has, without listing them', () => {
    const list = answeredList(OUTLINE, doc({ answers: { 'retired-question': { before: text('Kept in exports.') }, 'empty-retired': { before: text('') } } }));
    expect(list).toEqual({ sections: [], orphans: 1 });
  });

  it('has written work only when an answer or reading notes have text (picks alone are not listed)', () => {
    expect(hasWrittenWork(doc({ picks: { dedup: { picked: true, updatedAt: 1 } } }))).toBe(false);
    expect(hasWrittenWork(doc({ answers: { dedup: { after: text(' ') } } }))).toBe(false);
    expect(hasWrittenWork(doc({ notes: { data: text('notes') } }))).toBe(true);
    expect(hasWrittenWork(doc({ answers: { dedup: { before: text('x') } } }))).toBe(true);
  });
});
