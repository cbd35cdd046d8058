/**
 * The Markdown export, for a reading-list file: per section a heading, the questions as a
 * checklist, the answers quoted beneath, then each question's practice history. (The JSON backup
 * is answerJson.ts.)
 */
import { attemptsOf, coveredPoints, interviewDay, notesText, type AnswerDocument } from './answerDocument';
import { dayOf } from './calendarDay';
import { duration, RATING_LABELS } from './practiceWords';
import { nextReview } from './reviewDates';
import { questionsOf, type OutlineSection } from './guideOutline';
import { hasAnswer, writtenAnswers } from './answerProgress';
import { SITE_NAME } from './site';

/**
 * One line of the learner's text as Markdown that renders as exactly that text, never as markup:
 * every character that inline Markdown, HTML or GFM could read as syntax is backslash-escaped
 * (CommonMark allows that for any ASCII punctuation), so `<img onerror=…>` stays inert and
 * "use <thead>" stays visible; so are the characters that would start a block (a heading, a
 * list, a rule) at the start of a line. Leading spaces become no-break spaces: they keep the
 * indentation, and can neither start a code block nor let a line slip out of its quote.
 */
function literalMarkdown(line: string): string {
  return line
    .replace(/[\\`*_[\]<&|~$]/g, '\\$&')
    .replace(/^[#>+=-]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^[ \t]+/, (space) => space.replace(/\t/g, '    ').replace(/ /g, '\u00a0'));
}

/**
 * Text as a Markdown blockquote, indented to sit under a list item. Each line is literal, and
 * ends in a hard break (two spaces) when another follows, so the lines render as typed.
 */
function quoted(text: string, indent = '  '): string[] {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  return lines.map((line, index) => {
    const next = lines[index + 1];
    const body = literalMarkdown(line) + (line && next ? '  ' : '');
    return `${indent}>${body ? ` ${body}` : ''}`;
  });
}

/**
 * Per section a heading, its reading notes, then every question as a checklist item (checked
 * when answered) with the answers quoted beneath, how many of its guide's key points the learner
 * ticked as covered, when any, and its practice history: the next review, then each attempt
 * (day, time taken, key points covered, rating) with its written answer quoted.
 */
export function answersMarkdown(document: AnswerDocument, outline: readonly OutlineSection[], exportedAt: Date): string {
  const lines = [`# ${SITE_NAME}: my answers`, '', `Exported ${dayOf(exportedAt.getTime())}.`];
  for (const section of outline) {
    lines.push('', `## ${section.order}. ${section.title}`);
    const notes = notesText(document, section.slug).trim();
    if (notes) lines.push('', '**Reading notes**', '', ...quoted(notes, ''));
    lines.push('');
    for (const question of questionsOf(section)) {
      const answers = document.answers[question.id];
      lines.push(`- [${hasAnswer(answers) ? 'x' : ' '}] ${question.text}`);
      const parts = writtenAnswers(document, question.id);
      parts.forEach(({ label, text }, index) => {
        lines.push(...(index === 0 ? [''] : ['  >']), `  > **${label}**`, '  >', ...quoted(text));
      });
      const covered = coveredPoints(document, question.id).length;
      if (covered) lines.push('', `  Key points covered: ${covered}`);
      const attempts = attemptsOf(document, question.id);
      if (attempts.length) {
        lines.push('', `  **Practice** (next review ${nextReview(attempts, interviewDay(document))})`, '');
        for (const attempt of attempts) {
          const said = `${dayOf(attempt.at)}, ${duration(attempt.seconds)}, ${attempt.points.length} of ${attempt.total} key points, ${RATING_LABELS[attempt.rating]}`;
          lines.push(`  - ${said}${attempt.answer.trim() ? '' : ', answered aloud'}`);
          if (attempt.answer.trim()) lines.push(...quoted(attempt.answer, '    '));
        }
      }
      if (parts.length || covered || attempts.length) lines.push('');
    }
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
