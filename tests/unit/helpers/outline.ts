import type { OutlineSection } from '../../../src/lib/guideOutline';

/** A two-section guide, small enough to read in a test. */
export const OUTLINE: OutlineSection[] = [
  {
    slug: 'post-training',
    order: 1,
    title: 'Post-training',
    short: 'Post-training',
    href: '/sections/post-training/',
    tiers: [
      { label: 'Foundational', questions: [{ id: 'why-sft', text: 'Why does *SFT* come first?', plain: 'Why does SFT come first?' }] },
      {
        label: 'Deep understanding',
        questions: [
          { id: 'grpo-vs-dpo', text: 'How do GRPO and DPO differ?', plain: 'How do GRPO and DPO differ?' },
          { id: 'reward-hacking', text: 'What is reward hacking?', plain: 'What is reward hacking?' },
        ],
      },
    ],
  },
  {
    slug: 'data',
    order: 2,
    title: 'Data',
    short: 'Data',
    href: '/sections/data/',
    tiers: [{ label: 'Foundational', questions: [{ id: 'dedup', text: 'Why deduplicate?', plain: 'Why deduplicate?' }] }],
  },
];
