/**
 * Computes "What changed" off the main thread, for answerChanges.ts, which starts it with the
 * first comparison; so the diff library never weighs on a page's first script.
 */
import { unchanged, wordDiff, type DiffPart } from '../lib/answerDiff';

export interface DiffRequest {
  id: number;
  before: string;
  after: string;
}
export interface DiffReply {
  id: number;
  parts: DiffPart[];
  unchanged: boolean;
}

// Typed by hand: the project's DOM lib types `self` as a Window.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DiffRequest>) => void) | null;
  postMessage(reply: DiffReply): void;
};

scope.onmessage = ({ data: { id, before, after } }) => {
  const parts = wordDiff(before, after);
  scope.postMessage({ id, parts, unchanged: unchanged(parts) });
};
