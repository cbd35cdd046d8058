import { describe, expect, it } from 'vitest';
import { unchanged, wordDiff } from '../../src/lib/answerDiff';

describe('what changed between the two answers', () => {
  it('marks whole words removed and added, keeping the rest', () => {
    const parts = wordDiff('Adam uses momentum only', 'Adam uses momentum and per-parameter scaling');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['only']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text).join('')).toContain('per-parameter scaling');
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('Adam uses momentum and per-parameter scaling');
  });

  it('says when the refined answer only repeats the first', () => {
    expect(unchanged(wordDiff('same words', 'same words'))).toBe(true);
    expect(unchanged(wordDiff('same words', 'other words'))).toBe(false);
  });
});
