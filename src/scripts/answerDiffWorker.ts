/**
 * Computes "What changed" off the main thread. Started only when a learner first opens that
 * view, so the diff library never weighs on a page's first script (a Worker, rather than a
 * dynamic import(), also spares every page Vite's ~2 KB module-preload helper).
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
