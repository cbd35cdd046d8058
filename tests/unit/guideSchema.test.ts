import { describe, expect, it } from 'vitest';
import { messageOf } from './helpers/rejection';
import { parseGuides, parseReadings, pointKey } from '../../src/lib/guideSchema';

const file = 'content/guides/example.yaml';
const reading = {
  key: 'rafailov2023dpo',
  title: 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
  authors: 'Rafailov et al.',
  year: 2023,
  url: 'https://arxiv.org/abs/2305.18290',
  answers: 'Derives the DPO loss.',
  checked: '2026-11-26',
};
const point = (n: number) => ({ claim: `Claim ${n}.`, detail: `Detail ${n}.` });
const guide = (overrides: Record<string, unknown> = {}) => ({
  points: [1, 2, 3, 4].map(point),
  weak: { answer: 'It is just RLHF.', misses: 'The reference model.' },
  followups: ['What if β → 0?', 'Why does the margin grow?'],
  readings: ['rafailov2023dpo'],
  ...overrides,
});
const context = { questionIds: ['dpo-implicit-objective'], readingKeys: ['rafailov2023dpo'] };


describe('a guide file', () => {
  it('is accepted when every question of its section has a well-formed guide', () => {
    expect(parseGuides(file, { 'dpo-implicit-objective': guide() }, context).get('dpo-implicit-objective')?.points).toHaveLength(4);
  });

  it('is rejected for a reading the bibliography lacks, naming file and field', () => {
    const message = messageOf(() => parseGuides(file, { 'dpo-implicit-objective': guide({ readings: ['nope2020'] }) }, context));
    expect(message).toContain(`${file}: dpo-implicit-objective.readings[0]: unknown reading "nope2020"`);
  });

  it('is rejected for fewer than 4 key points or 2 follow-ups', () => {
    const message = messageOf(() =>
      parseGuides(file, { 'dpo-implicit-objective': guide({ points: [point(1)], followups: ['Only one?'] }) }, context),
    );
    expect(message).toContain(`${file}: dpo-implicit-objective.points: a guide needs 4 to 6 key points`);
    expect(message).toContain(`${file}: dpo-implicit-objective.followups: a guide needs 2 or 3 follow-ups`);
  });

  it('is rejected when a question has no guide, or a guide names no question of the section', () => {
    const message = messageOf(() => parseGuides(file, { 'not-here': guide() }, context));
    expect(message).toContain(`${file}: not-here: no question "not-here" in this section`);
    expect(message).toContain(`${file}: dpo-implicit-objective: the question "dpo-implicit-objective" has no guide`);
  });
});

describe('the bibliography', () => {
  it('is rejected for an entry without a URL, naming the entry', () => {
    const { url: _url, ...withoutUrl } = reading;
    expect(messageOf(() => parseReadings('content/readings.yaml', [withoutUrl]))).toContain('content/readings.yaml: [0].url:');
  });

  it('is rejected for a duplicate key or two keys for one URL', () => {
    const message = messageOf(() => parseReadings('content/readings.yaml', [reading, reading, { ...reading, key: 'other2023' }]));
    expect(message).toContain('[1].key: duplicate reading key "rafailov2023dpo"');
    expect(message).toContain('[2].url: the same URL as "rafailov2023dpo"');
  });

  it('records the day each entry was verified', () => {
    const { checked: _checked, ...unchecked } = reading;
    expect(messageOf(() => parseReadings('content/readings.yaml', [unchecked]))).toContain('[0].checked:');
  });
});

describe('a key point’s key', () => {
  it('follows its claim, not its place in the list', () => {
    expect(pointKey('It is still a reward model.')).toBe(pointKey(' It is still a reward model. '));
    expect(pointKey('It is still a reward model.')).not.toBe(pointKey('It is still a reward model!'));
  });
});
