import { describe, expect, it } from 'vitest';
import { messageOf } from './helpers/rejection';
import { findCrossSectionProblems, parseSection, parseTopics, type SectionData } from '../../src/lib/syllabusSchema';

const topicIds = ['dpo', 'rlhf', 'evaluation'];
const file = 'content/sections/example.mdx';

function section(overrides: Record<string, unknown> = {}) {
  return {
    order: 1,
    title: 'Example',
    short: 'Example',
    summary: 'An example section.',
    questions: {
      foundational: [{ id: 'first-question', text: 'What is *DPO*?', topics: ['dpo'] }],
      deep: [{ id: 'second-question', text: 'Why?', topics: ['rlhf', 'dpo'] }],
      interview: [{ id: 'third-question', text: 'Would you ship it?', topics: ['evaluation'] }],
    },
    ...overrides,
  };
}


describe('a section file', () => {
  it('is accepted when well formed', () => {
    expect(parseSection(file, section(), topicIds).questions.deep[0]!.id).toBe('second-question');
  });

  it('is rejected for an unknown tier, naming the file and the field', () => {
    const data = section();
    const questions = { ...data.questions, interviw: data.questions.interview };
    const message = messageOf(() => parseSection(file, { ...data, questions }, topicIds));
    expect(message).toContain(`${file}: questions: unknown tier "interviw"`);
  });

  it('is rejected for an empty tier', () => {
    const data = section();
    const message = messageOf(() => parseSection(file, { ...data, questions: { ...data.questions, deep: [] } }, topicIds));
    expect(message).toContain(`${file}: questions.deep: a tier needs at least one question`);
  });

  it('is rejected for a topic outside the vocabulary', () => {
    const data = section();
    const questions = { ...data.questions, deep: [{ id: 'second-question', text: 'Why?', topics: ['rlhf', 'vibes'] }] };
    const message = messageOf(() => parseSection(file, { ...data, questions }, topicIds));
    expect(message).toContain(`${file}: questions.deep[0].topics[1]: unknown topic "vibes"`);
  });

  it('is rejected for a duplicate question id within the file', () => {
    const data = section();
    const questions = { ...data.questions, interview: [{ id: 'first-question', text: 'Again?', topics: ['dpo'] }] };
    const message = messageOf(() => parseSection(file, { ...data, questions }, topicIds));
    expect(message).toContain(`${file}: questions.interview[0].id: duplicate question id "first-question"`);
  });

  it('is rejected for a malformed id or a missing field', () => {
    const data = section();
    const questions = { ...data.questions, foundational: [{ id: 'Not A Slug', text: 'x', topics: ['dpo'] }] };
    expect(messageOf(() => parseSection(file, { ...data, questions }, topicIds))).toContain(
      `${file}: questions.foundational[0].id: a question id must be kebab-case`,
    );
    const { title: _title, ...untitled } = section();
    expect(messageOf(() => parseSection(file, untitled, topicIds))).toContain(`${file}: title:`);
  });
});

describe('rules across section files', () => {
  const a = parseSection('content/sections/a.mdx', section(), topicIds);
  const other = (overrides: Partial<SectionData>): SectionData => ({ ...a, ...overrides });

  it('reject two sections with the same order, naming both files', () => {
    const problems = findCrossSectionProblems([
      { file: 'content/sections/a.mdx', data: a },
      {
        file: 'content/sections/b.mdx',
        data: other({ questions: { foundational: [{ id: 'b1', text: 'b', topics: ['dpo'] }], deep: [{ id: 'b2', text: 'b', topics: ['dpo'] }], interview: [{ id: 'b3', text: 'b', topics: ['dpo'] }] } }),
      },
    ]);
    expect(problems).toEqual(['content/sections/b.mdx: order: 1 is also the order of content/sections/a.mdx']);
  });

  it('reject a question id used in two files, naming both', () => {
    const problems = findCrossSectionProblems([
      { file: 'content/sections/a.mdx', data: a },
      { file: 'content/sections/b.mdx', data: other({ order: 2 }) },
    ]);
    expect(problems[0]).toBe(
      'content/sections/b.mdx: questions.foundational[0].id: duplicate question id "first-question" (also in content/sections/a.mdx questions.foundational[0].id)',
    );
    expect(problems).toHaveLength(3);
  });
});

describe('the topic vocabulary', () => {
  it('rejects a duplicate topic id and a topic without description', () => {
    const topic = { id: 'dpo', title: 'DPO', description: 'Direct preference optimization.' };
    expect(messageOf(() => parseTopics('content/topics.yaml', [topic, topic]))).toContain(
      'content/topics.yaml: [1].id: duplicate topic id "dpo"',
    );
    expect(messageOf(() => parseTopics('content/topics.yaml', [{ id: 'dpo', title: 'DPO', description: '' }]))).toContain(
      'content/topics.yaml: [0].description: a topic needs a one-line description',
    );
  });
});
