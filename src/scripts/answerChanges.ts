/**
 * "What changed" from the answer before reading to the refined one. AnswerPanels imports this
 * module when a learner first opens that view. The word diff runs in a worker, so typing stays
 * smooth however long the answers are.
 */
import type { DiffReply, DiffRequest } from './answerDiffWorker';

/** One worker for the page, started with the first comparison. */
let worker: Worker | undefined;
const waiting = new Map<number, (reply: DiffReply) => void>();
let nextId = 0;

function diffInWorker(request: Omit<DiffRequest, 'id'>): Promise<DiffReply> {
  if (!worker) {
    worker = new Worker(new URL('./answerDiffWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<DiffReply>) => {
      waiting.get(data.id)?.(data);
      waiting.delete(data.id);
    };
  }
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker!.postMessage({ ...request, id } satisfies DiffRequest);
  });
}

/** Shows in `target`, as text with <ins> and <del> marks, how `after` differs from `before`. */
export async function showChanges(target: HTMLElement, before: string, after: string): Promise<void> {
  if (!before.trim() || !after.trim()) {
    target.replaceChildren(
      before.trim() ? 'Write your refined answer to see what changed.' : 'Nothing to compare yet: there is no answer from before reading.',
    );
    return;
  }
  const { parts, unchanged } = await diffInWorker({ before, after });
  if (unchanged) {
    target.replaceChildren('No change: your refined answer is the same as before.');
    return;
  }
  target.replaceChildren(
    ...parts.map(({ kind, text }) => {
      if (kind === 'same') return text;
      const mark = document.createElement(kind === 'added' ? 'ins' : 'del');
      const label = document.createElement('span');
      label.className = 'visually-hidden';
      label.textContent = kind === 'added' ? ' [added] ' : ' [removed] ';
      mark.append(label, text);
      return mark;
    }),
  );
}
