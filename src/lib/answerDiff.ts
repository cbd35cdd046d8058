/**
 * "What changed" between the answer before reading and the refined one, word by word.
 * Imported only when the learner opens that view, so the diff library stays out of the
 * section page's first script.
 */
import { diffWords } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** True when the refined answer only repeats the first one (whitespace aside). */
export function unchanged(parts: readonly DiffPart[]): boolean {
  return parts.every((part) => part.kind === 'same' || part.text.trim() === '');
}
