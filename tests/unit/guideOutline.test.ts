import { describe, expect, it } from 'vitest';
import { knownIds, questionsOf } from '../../src/lib/guideOutline';
import { OUTLINE } from './helpers/outline';

describe('the guide outline', () => {
  it('lists a section’s questions in tier order', () => {
    expect(questionsOf(OUTLINE[0]!).map((q) => q.id)).toEqual(['why-sft', 'grpo-vs-dpo', 'reward-hacking']);
  });

  it('knows every question id and section slug, which imports are checked against', () => {
    const known = knownIds(OUTLINE);
    expect([...known.questions]).toEqual(['why-sft', 'grpo-vs-dpo', 'reward-hacking', 'dedup']);
    expect([...known.sections]).toEqual(['post-training', 'data']);
  });
});
