import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { emptyDocument, type AnswerDocument } from '../../src/lib/answerDocument';
import { answersMarkdown } from '../../src/lib/answerMarkdown';
import { dayOf } from '../../src/lib/calendarDay';
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
  covered: {
    'grpo-vs-dpo': { points: ['pairs', 'reward', 'group', 'kl'], updatedAt: T },
    'why-sft': { points: [], updatedAt: T },
  },
  attempts: {
    dedup: [
      { id: 'mif3k2a8-000001', at: T, answer: '', seconds: 45, points: [], total: 4, rating: 'again', due: '2025-11-26' },
      { id: 'mif3k2a8-000002', at: T + 86_400_000, answer: 'Leakage:\n# not a heading', seconds: 245, points: ['a', 'b', 'c'], total: 4, rating: 'good', due: '2025-11-29' },
    ],
  },
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
      ].join('\n'),
    );
  });

  it('says how many key points the learner ticked as covered, for questions with any', () => {
    expect(markdown).toContain('  > GRPO: group-relative advantages.\n\n  Key points covered: 4\n\n- [ ] What is reward hacking?');
    expect(markdown.match(/Key points covered/g)).toHaveLength(1);
  });

  it('lists each question’s practice history: next review, then every attempt with its answer', () => {
    expect(markdown).toContain(
      [
        '  **Practice** (next review 2025-11-29)',
        '',
        `  - ${dayOf(T)}, 45 s, 0 of 4 key points, Again, answered aloud`,
        `  - ${dayOf(T + 86_400_000)}, 4 min 5 s, 3 of 4 key points, Good`,
        '    > Leakage:  ',
        '    > \\# not a heading',
        '',
      ].join('\n'),
    );
  });

  it('includes a section’s reading notes under its heading', () => {
    expect(markdown).toContain('## 2. Data\n\n**Reading notes**\n\n> Dedup paper  \n> https://example.org/dedup\n');
  });
});

/** What a reader of the exported file sees of one answer: the file rendered (GFM), as text. */
function renderedAnswer(text: string): { html: string; quotes: number; shown: string } {
  const single = { ...emptyDocument(), answers: { 'why-sft': { before: { text, updatedAt: T } } } };
  const html = marked.parse(answersMarkdown(single, OUTLINE, exportedAt), { async: false, gfm: true });
  const quotes = [...html.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)].map((match) => match[1]!);
  const shown = (quotes[0] ?? '')
    .replace('<p><strong>Before reading</strong></p>', '')
    .replace(/<br>/g, '\n')
    .replace(/<\/p>\s*<p>/g, '\n\n')
    .replace(/<\/?p>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\u00a0/g, ' ')
    .trim();
  return { html: quotes[0] ?? '', quotes: quotes.length, shown };
}

describe('the Markdown export, rendered by a Markdown viewer', () => {
  it.each([
    ['an image with onerror', '<img src=x onerror="alert(1)">'],
    ['a script', '<script>alert(1)</script>'],
    ['an svg with onload', '<svg onload="alert(1)"></svg>'],
    ['an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ])('shows %s in an answer as the text typed, never as an element', (_, payload) => {
    const { html, shown } = renderedAnswer(`Careful: ${payload} is an attack.`);
    expect(html).not.toMatch(/<(img|script|svg|iframe)/);
    expect(shown).toBe(`Careful: ${payload} is an attack.`);
  });

  it('keeps ordinary text about HTML visible, such as “use `<thead>`”', () => {
    expect(renderedAnswer('For the header row, use `<thead>`, not <b>.').shown).toBe('For the header row, use `<thead>`, not <b>.');
  });

  it('shows lines that look like Markdown as typed, line by line, inside the answer’s quote', () => {
    const typed = [
      '# not a heading',
      '- not a list',
      '1. not a numbered list',
      '---',
      '```',
      '> not a nested quote',
      '[not a link](#there) ![nor an image](x.png)',
      '| not | a table |',
      '|-----|---------|',
      'no *emphasis*, _emphasis_, ~~strike~~, $math$, &amp; or \\escape',
      '',
      '    indented, not code',
      '<div>not a block of HTML</div>',
    ].join('\n');
    const { html, quotes, shown } = renderedAnswer(typed);
    expect(quotes).toBe(1);
    expect(new Set(html.match(/<(\w+)/g))).toEqual(new Set(['<p', '<strong', '<br']));
    expect(shown).toBe(typed);
  });
});
