/**
 * What the learner has done, derived from the answers document (never stored): a status per
 * question, counts per section, and where they left off.
 */
import { answerText, type AnswerDocument, type QuestionAnswers } from './answerDocument';

/** answered: written before reading (or after only); refined: written after reading. */
export type QuestionStatus = 'not-started' | 'answered' | 'refined';

export const STATUS_LABELS: Record<QuestionStatus, string> = {
  'not-started': 'Not started',
  answered: 'Answered',
  refined: 'Refined',
};

/** The method asks for 3–5 picked questions per reading. */
export const PICKS_SUGGESTED = { min: 3, max: 5 } as const;

const written = (text: string | undefined) => (text ?? '').trim() !== '';

export function hasAnswer(answers: QuestionAnswers | undefined): boolean {
  return written(answers?.before?.text) || written(answers?.after?.text);
}

/** A question's answers that have text, before reading first, each with its label. */
export function writtenAnswers(document: AnswerDocument, id: string): { label: 'Before reading' | 'After reading'; text: string }[] {
  return (
    [
      ['Before reading', answerText(document, id, 'before')],
      ['After reading', answerText(document, id, 'after')],
    ] as const
  )
    .filter(([, text]) => written(text))
    .map(([label, text]) => ({ label, text }));
}

export function statusOf(answers: QuestionAnswers | undefined): QuestionStatus {
  if (written(answers?.after?.text)) return 'refined';
  return written(answers?.before?.text) ? 'answered' : 'not-started';
}

export interface Progress {
  total: number;
  /** Questions with any answer (refined ones included). */
  answered: number;
  refined: number;
  picked: number;
}

export function progressOf(document: AnswerDocument, questionIds: readonly string[]): Progress {
  const progress: Progress = { total: questionIds.length, answered: 0, refined: 0, picked: 0 };
  for (const id of questionIds) {
    const status = statusOf(document.answers[id]);
    if (status !== 'not-started') progress.answered++;
    if (status === 'refined') progress.refined++;
    if (document.picks[id]?.picked) progress.picked++;
  }
  return progress;
}

/** A line about the number picked, gentle above the suggested range, never a block. */
export function pickNote(picked: number): string {
  const { min, max } = PICKS_SUGGESTED;
  const count = `${picked} picked for this reading`;
  if (picked === 0) return `None picked yet: the method suggests picking ${min}–${max} questions per reading.`;
  if (picked > max) return `${count}. The method suggests ${min}–${max}: fewer, answered well, often teach more.`;
  return picked < min ? `${count} (the method suggests ${min}–${max}).` : `${count}.`;
}

const DAY = 24 * 60 * 60 * 1000;
export const BACKUP_NUDGE_AFTER_DAYS = 7;

export interface BackupState {
  /** Days since the last backup (rounded down), or null when there has never been one. */
  daysAgo: number | null;
  /** True when work written (or practised) since the last backup (or ever, without one) has gone a week unprotected. */
  nudge: boolean;
}

/**
 * When each piece of the learner's own work was last written: answers and reading notes with
 * text, and practice attempts (an attempt not in any backup is at risk like an answer).
 */
export function workTimes(document: AnswerDocument): number[] {
  const writtenAt = [
    ...Object.values(document.answers).flatMap((a) => [a.before, a.after]),
    ...Object.values(document.notes),
  ].flatMap((entry) => (entry && written(entry.text) ? [entry.updatedAt] : []));
  return writtenAt.concat(Object.values(document.attempts).flatMap((attempts) => attempts.map((attempt) => attempt.at)));
}

export function backupState(document: AnswerDocument, now: number): BackupState {
  const last = document.lastBackupAt;
  const writtenAt = workTimes(document);
  const days = (from: number) => Math.max(0, Math.floor((now - from) / DAY));
  // Work not in any backup, and since when it has been at risk.
  const atRisk = writtenAt.filter((at) => last === null || at > last);
  const since = last ?? Math.min(...atRisk);
  return {
    daysAgo: last === null ? null : days(last),
    nudge: atRisk.length > 0 && days(since) >= BACKUP_NUDGE_AFTER_DAYS,
  };
}

export function describeBackup({ daysAgo }: BackupState): string {
  if (daysAgo === null) return 'No backup yet.';
  if (daysAgo === 0) return 'Last backup: today.';
  return daysAgo === 1 ? 'Last backup: yesterday.' : `Last backup: ${daysAgo} days ago.`;
}
