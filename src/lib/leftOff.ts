/**
 * Where the learner left off, for the home page's "Continue where you left off". Apart from
 * answerProgress.ts because only the home page needs it, and the section page's script is on a
 * byte budget.
 */
import type { AnswerDocument } from './answerDocument';

const written = (text: string | undefined) => (text ?? '').trim() !== '';

/**
 * The question the learner worked on last (answer written or question picked), among
 * `knownIds`: where "continue where you left off" leads.
 */
export function lastWorkedOn(document: AnswerDocument, knownIds: ReadonlySet<string>): string | undefined {
  let latest: { id: string; at: number } | undefined;
  const consider = (id: string, at: number | undefined) => {
    if (at !== undefined && knownIds.has(id) && (!latest || at > latest.at)) latest = { id, at };
  };
  for (const [id, answers] of Object.entries(document.answers)) {
    if (written(answers.before?.text)) consider(id, answers.before?.updatedAt);
    if (written(answers.after?.text)) consider(id, answers.after?.updatedAt);
  }
  for (const [id, pick] of Object.entries(document.picks)) if (pick.picked) consider(id, pick.updatedAt);
  return latest?.id;
}
