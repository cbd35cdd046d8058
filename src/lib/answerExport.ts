/**
 * What leaves the browser: the JSON backup (Import reads it back) and the Markdown export for a
 * reading-list file. Pages load this on demand, when the learner exports.
 */
import { answerText, notesText, serializeDocument, type AnswerDocument } from './answerDocument';
import { questionsOf, type OutlineSection } from './guideOutline';
import { hasAnswer } from './answerProgress';
import { SITE_NAME } from './site';

export interface BackupInfo {
  siteVersion: string;
  exportedAt: Date;
}

/** The complete store, plus when and by which version of the guide it was exported. */
export function backupJson(document: AnswerDocument, { siteVersion, exportedAt }: BackupInfo): string {
  const stored = JSON.parse(serializeDocument(document)) as Record<string, unknown>;
  return `${JSON.stringify({ ...stored, exportedAt: exportedAt.toISOString(), siteVersion }, null, 2)}\n`;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function exportFileName(kind: 'json' | 'md', exportedAt: Date): string {
  return `training-roles-answers-${day(exportedAt)}.${kind}`;
}

/** Text as a Markdown blockquote, indented to sit under a list item. */
function quoted(text: string, indent = '  '): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => `${indent}>${line ? ` ${line}` : ''}`);
}

/**
 * Per section a heading, its reading notes, then every question as a checklist item (checked
 * when answered) with the answers quoted beneath.
 */
export function answersMarkdown(document: AnswerDocument, outline: readonly OutlineSection[], exportedAt: Date): string {
  const lines = [`# ${SITE_NAME}: my answers`, '', `Exported ${day(exportedAt)}.`];
  for (const section of outline) {
    lines.push('', `## ${section.order}. ${section.title}`);
    const notes = notesText(document, section.slug).trim();
    if (notes) lines.push('', '**Reading notes**', '', ...quoted(notes, ''));
    lines.push('');
    for (const question of questionsOf(section)) {
      const answers = document.answers[question.id];
      lines.push(`- [${hasAnswer(answers) ? 'x' : ' '}] ${question.text}`);
      const parts = (
        [
          ['Before reading', answerText(document, question.id, 'before')],
          ['After reading', answerText(document, question.id, 'after')],
        ] as const
      ).filter(([, text]) => text.trim() !== '');
      parts.forEach(([label, text], index) => {
        lines.push(...(index === 0 ? [''] : ['  >']), `  > **${label}**`, '  >', ...quoted(text));
      });
      if (parts.length) lines.push('');
    }
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
