import { describe, expect, it } from 'vitest';
import { emptyDocument, type AnswerDocument } from '../../src/lib/answerDocument';
import { answersMarkdown } from '../../src/lib/answerExport';
import { OUTLINE } from './helpers/outline';

const T = Date.UTC(2025, 10, 25, 14, 2);
const exportedAt = new Date(T);
const document: AnswerDocument = {
  ...emptyDocument(),
  answers: {
    'grpo-vs-dpo': {
      before: { text: 'DPO needs pairs.\n\nGRPO needs a reward.', updatedAt: T },
      after: { text: 'GRPO: group-relative advantages.', updatedAt: T },
    },
    dedup: { after: { text: 'Memorization and eval leakage.', updatedAt: T } },
    'reward-hacking': { before: { text: '  ', updatedAt: T } },
  },
  picks: { 'why-sft': { picked: true, updatedAt: T } },
  notes: { data: { text: 'Dedup paper\nhttps://example.org/dedup', updatedAt: T } },
};

describe('the Markdown export', () => {
  const markdown = answersMarkdown(document, OUTLINE, exportedAt);

  it('has a heading per section and every question as a checklist item, checked when answered', () => {
    expect(markdown).toContain('## 1. Post-training\n');
    expect(markdown).toContain('## 2. Data\n');
    const items = markdown.split('\n').filter((line) => line.startsWith('- ['));
    expect(items).toEqual([
      '- [ ] Why does *SFT* come first?',
      '- [x] How do GRPO and DPO differ?',
      '- [ ] What is reward hacking?',
      '- [x] Why deduplicate?',
    ]);
  });

  it('quotes both answers under their question, blank lines included', () => {
    expect(markdown).toContain(
      [
        '- [x] How do GRPO and DPO differ?',
        '',
        '  > **Before reading**',
        '  >',
        '  > DPO needs pairs.',
        '  >',
        '  > GRPO needs a reward.',
        '  >',
        '  > **After reading**',
        '  >',
        '  > GRPO: group-relative advantages.',
        '',
        '- [ ] What is reward hacking?',
      ].join('\n'),
    );
  });

  it('includes a section’s reading notes under its heading', () => {
    expect(markdown).toContain('## 2. Data\n\n**Reading notes**\n\n> Dedup paper\n> https://example.org/dedup\n');
  });
});
