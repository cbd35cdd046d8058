import { describe, expect, it } from 'vitest';
import { sectionChecklist } from '../../src/lib/sectionChecklist';
import { OUTLINE } from './helpers/outline';

describe('a section as a Markdown checklist', () => {
  it('lists its questions as unchecked items under tier headings', () => {
    expect(sectionChecklist(OUTLINE[0]!)).toBe(
      [
        '## 1. Post-training',
        '',
        '### Foundational',
        '',
        '- [ ] Why does *SFT* come first?',
        '',
        '### Deep understanding',
        '',
        '- [ ] How do GRPO and DPO differ?',
        '- [ ] What is reward hacking?',
        '',
      ].join('\n'),
    );
  });
});
