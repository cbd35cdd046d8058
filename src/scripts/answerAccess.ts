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
 * to change something, and draw saved work with `followAnswers()`, which draws once the store is
 * loaded, whatever loaded it, and again at every change. Until then, where the browser holds saved work the page does not
 * show it yet (`showsSavedWork()` is false): a change made then applies what the learner did
 * (this box ticked, this question picked) to the stored work, never the page's empty state.
 */
import type { AnswerDocument } from '../lib/answerDocument';
import type { WriteResult } from '../lib/answerStore';
import { ANSWERS_KEY, notLoaded } from '../lib/site';
import { browserStorage } from './browserStorage';

export type AnswerRuntime = typeof import('./answerRuntime');

let loaded: AnswerRuntime | null = null;
let loading: Promise<AnswerRuntime> | null = null;
const waiting: ((runtime: AnswerRuntime) => void)[] = [];
/** Changes the learner asked for that wait for the store. */
let changesWaiting = 0;

/** Runs one element's drawing; an element that fails must not stop the others, or saving. */
function run(show: (runtime: AnswerRuntime) => void, runtime: AnswerRuntime): void {
  try {
    show(runtime);
  } catch (error) {
    reportError(error);
  }
}

/** The page's answer store, loaded first if need be. A failed load (offline, no cache) can be tried again. */
export function answers(): Promise<AnswerRuntime> {
  loading ??= import('./answerRuntime').then(
    (runtime) => {
      loaded = runtime;
      for (const show of waiting.splice(0)) run(show, runtime);
      return runtime;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The store for a change the learner asked for; null, with `status` saying so, when it cannot
 * load. Until it has loaded, leaving the page asks first.
 */
export async function answersFor(what: string, status: HTMLElement): Promise<AnswerRuntime | null> {
  changesWaiting++;
  try {
    return await answers();
  } catch {
    status.textContent = notLoaded(what);
    return null;
  } finally {
    changesWaiting--;
  }
}

/**
 * A change the learner asked for (a pick, a tick, the interview date, deleting everything): loads
 * the store (`status` says so when it cannot), makes the change with `write`, and when the browser
 * does not keep it, says so in `status`, with `kept`: what the learner still has. Resolves to the
 * write's result, or null when the store could not load; what success says is the caller's.
 */
export async function changeAnswers(
  what: string,
  status: HTMLElement,
  write: (store: AnswerRuntime['store']) => Promise<WriteResult>,
  kept: string,
): Promise<WriteResult | null> {
  const runtime = await answersFor(what, status);
  if (!runtime) return null;
  const result = await write(runtime.store);
  if (!result.ok) runtime.showWrite(status, null, result, kept);
  return result;
}

/** Runs `show` once the store is loaded (at once if it is): where an element draws saved work and subscribes. */
export function withAnswers(show: (runtime: AnswerRuntime) => void): void {
  if (loaded) run(show, loaded);
  else waiting.push(show);
}

/**
 * Draws the learner's saved work with `draw` once the store is loaded, and again at every change
 * (here or from another tab). Returns a function that stops following.
 */
export function followAnswers(draw: (document: AnswerDocument, runtime: AnswerRuntime) => void): () => void {
  let stop = () => {};
  let stopped = false;
  withAnswers((runtime) => {
    if (stopped) return;
    draw(runtime.store.document, runtime);
    const unsubscribe = runtime.store.subscribe(({ document }) => draw(document, runtime));
    stop = () => void unsubscribe();
  });
  return () => {
    stopped = true;
    stop();
  };
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

const holdsSavedWork = holdsAnswers();

/** True when what the page shows is the learner's saved work: the store has loaded, or there is none. */
export function showsSavedWork(): boolean {
  return loaded !== null || !holdsSavedWork;
}

/** An Export JSON button, hidden until a save fails (showWrite reveals it), so the learner can keep a copy. */
export function exportOffer(): HTMLButtonElement {
  const button = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Export JSON', hidden: true });
  button.className = 'button export-offer';
  button.addEventListener('click', () => void answers().then((runtime) => runtime.exportBackup()));
  return button;
}

/**
 * The one notice at the top of the page about the learner's saved answers (they could not be read
 * or loaded, a newer version wrote them, the browser keeps nothing); '' removes it.
 */
const notice = Object.assign(document.createElement('div'), { className: 'answers-notice no-print' });
notice.setAttribute('role', 'alert');
export function showAnswersNotice(text: string): void {
  if (!text) return void notice.remove();
  if (notice.textContent !== text) notice.textContent = text;
  if (!notice.isConnected) document.querySelector('main')?.prepend(notice);
}

if (holdsSavedWork) {
  answers().catch(() => {
    // The learner's saved work cannot be shown: say so rather than show an empty guide, until a
    // later try (focusing a field, another tab saving) loads it.
    showAnswersNotice(notLoaded('Your saved answers'));
    withAnswers(({ store }) => {
      if (!store.problem) showAnswersNotice('');
    });
  });
}

// Leaving asks first when it would lose something: a change asked for before the store has loaded
// (typing starts it loading, and so does a pick or a tick), or, once it has, a change the browser
// would not store (storage full or refused), after one more try.
addEventListener('beforeunload', (event) => {
  const loses = loaded ? loaded.leavingLoses() : changesWaiting > 0 || document.querySelector('[data-unsaved]') !== null;
  if (loses) event.preventDefault();
});

addEventListener('storage', (event) => {
  if (!loading && (event.key === null || event.key.startsWith(ANSWERS_KEY))) answers().catch(() => {});
});
