/**
 * The JSON backup (Export JSON): the complete store, readable by Import. Small and loaded with
 * the answer store, so a failed save can always offer it.
 */
import type { AnswerDocument } from './answerDocument';
import { serializeDocument } from './storedAnswers';

export interface BackupInfo {
  siteVersion: string;
  exportedAt: Date;
}

/** The complete store, plus when and by which version of the guide it was exported. */
export function backupJson(document: AnswerDocument, { siteVersion, exportedAt }: BackupInfo): string {
  const stored = JSON.parse(serializeDocument(document)) as Record<string, unknown>;
  return `${JSON.stringify({ ...stored, exportedAt: exportedAt.toISOString(), siteVersion }, null, 2)}\n`;
}

export function exportFileName(kind: 'json' | 'md', exportedAt: Date): string {
  return `training-roles-answers-${exportedAt.toISOString().slice(0, 10)}.${kind}`;
}
