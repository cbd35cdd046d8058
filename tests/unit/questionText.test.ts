import { describe, expect, it } from 'vitest';
import { questionHtml, questionPlainText } from '../../src/lib/questionText';

describe('question text', () => {
  it('renders the syllabus emphasis as HTML emphasis', () => {
    expect(questionHtml('What *problem* is post-training solving?')).toBe('What <em>problem</em> is post-training solving?');
  });

  it('reads as plain text for titles and search, keeping quotes and dashes', () => {
    expect(questionPlainText('Why do large models often train “smoothly” until they suddenly don’t?')).toBe(
      'Why do large models often train “smoothly” until they suddenly don’t?',
    );
    expect(questionPlainText('How do you choose the *next* experiment?')).toBe('How do you choose the next experiment?');
  });
});
