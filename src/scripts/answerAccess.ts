/**
 * When a page loads the learner's answer store (answerRuntime.ts: the store, and the parsing,
 * migrating and merging of stored answers). A new learner's first visit needs none of it: every
 * part that shows saved work is rendered on the server as it looks with nothing saved. So it
 * loads:
 * - at once when this browser holds anything under the answers key or beside it (copies set
 *   aside), or lets the site store nothing (the page must say so at once);
 * - otherwise on first use: the first save, pick or tick on the page (elements call `answers()`),
 *   or when another tab stores answers.
 *
 * Elements never import the runtime themselves: they ask for it with `answers()` when they need
 * to change something, and draw saved work with `withAnswers()`, which runs once the store is
 * loaded, whatever loaded it.
 */
import { ANSWERS_KEY, notLoaded } from '../lib/site';
import { browserStorage } from './browserStorage';

export type AnswerRuntime = typeof import('./answerRuntime');

let loaded: AnswerRuntime | null = null;
let loading: Promise<AnswerRuntime> | null = null;
const waiting: ((runtime: AnswerRuntime) => void)[] = [];

/** The page's answer store, loaded first if need be. A failed load (offline, no cache) can be tried again. */
export function answers(): Promise<AnswerRuntime> {
  loading ??= import('./answerRuntime').then(
    (runtime) => {
      loaded = runtime;
      for (const show of waiting.splice(0)) show(runtime);
      return runtime;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The store for a change the learner asked for; null, with `status` saying so, when it cannot load. */
export async function answersFor(what: string, status: HTMLElement): Promise<AnswerRuntime | null> {
  try {
    return await answers();
  } catch {
    status.textContent = notLoaded(what);
    return null;
  }
}

/** Runs `show` once the store is loaded (at once if it is): where an element draws saved work and subscribes. */
export function withAnswers(show: (runtime: AnswerRuntime) => void): void {
  if (loaded) show(loaded);
  else waiting.push(show);
}

/** True when this browser holds answers or copies set aside, or cannot store anything. */
function holdsAnswers(): boolean {
  const storage = browserStorage();
  if (!storage) return true;
  try {
    for (let index = 0; index < storage.length; index++) if (storage.key(index)?.startsWith(ANSWERS_KEY)) return true;
    return false;
  } catch {
    return true;
  }
}

/** An Export JSON button, hidden until a save fails (showWrite reveals it), so the learner can keep a copy. */
export function exportOffer(): HTMLButtonElement {
  const button = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Export JSON', hidden: true });
  button.className = 'button export-offer';
  button.addEventListener('click', () => void answers().then((runtime) => runtime.exportBackup()));
  return button;
}

if (holdsAnswers()) {
  answers().catch(() => {
    // The learner's saved work cannot be shown: say so rather than show an empty guide.
    const notice = Object.assign(document.createElement('div'), { className: 'answers-notice no-print' });
    notice.setAttribute('role', 'alert');
    notice.textContent = notLoaded('Your saved answers');
    document.querySelector('main')?.prepend(notice);
  });
}

// Typing can begin before the store has loaded (it starts loading when a field is focused).
// Leaving in that moment would lose the text, so until then the browser asks first.
addEventListener('beforeunload', (event) => {
  if (!loaded && document.querySelector('[data-unsaved]')) event.preventDefault();
});

addEventListener('storage', (event) => {
  if (!loading && (event.key === null || event.key.startsWith(ANSWERS_KEY))) answers().catch(() => {});
});
