/**
 * The one answer store of a page, wired to the browser: localStorage, the Web Locks API that
 * serialises saving across tabs, the storage event from other tabs, saving when the page is
 * hidden or closed, persistent storage, and telling the learner about a problem with the stored
 * answers. Custom elements get it through answerAccess.ts, which loads this module when the page
 * first needs it, and never touch storage themselves.
 */
import { version as siteVersion } from '../../package.json';
import { backupJson, exportFileName } from '../lib/answerJson';
import { AnswerStore, describeFailure, describeProblem, type Exclusive, type WriteResult } from '../lib/answerStore';
import { ANSWERS_KEY as KEY } from '../lib/site';
import { showAnswersNotice } from './answerAccess';
import { browserStorage } from './browserStorage';

// What elements need of the store's module, loaded with it.
export { asideFileName, describeFailure } from '../lib/answerStore';
export { exportFileName } from '../lib/answerJson';

// Every tab's read-merge-write takes this lock in turn. Without Web Locks (an old browser, or a
// page not served over https), the store writes at once, as one synchronous step.
const locks = typeof navigator.locks?.request === 'function' ? navigator.locks : undefined;
const exclusive: Exclusive | undefined = locks && ((name, task) => locks.request(name, task));

export const store = new AnswerStore(browserStorage() ?? null, exclusive ? { key: KEY, exclusive } : { key: KEY });

addEventListener('storage', (event) => {
  if (event.key === null) store.refresh(null); // storage cleared
  else if (event.key === KEY) store.refresh(event.newValue);
  else if (event.key.startsWith(KEY)) store.refresh(); // a copy set aside
});

/**
 * Editors register how to save what is typed but not yet saved; run when the page goes away,
 * then stored at once: a page that is going away cannot wait for the lock.
 */
const leaving = new Set<() => void>();
export function saveOnLeave(save: () => void): void {
  leaving.add(save);
}
const saveAll = () => {
  leaving.forEach((save) => save());
  store.saveNow();
};

/**
 * For a page about to be left: saves everything now, and says whether some of it still is not
 * stored (storage full or refused): leaving would lose it, so the page asks first.
 */
export function leavingLoses(): boolean {
  saveAll();
  return store.unsaved;
}
addEventListener('pagehide', saveAll);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') saveAll();
});

// At the first save, ask the browser not to evict our storage under pressure.
const stopAsking = store.subscribe(({ write }) => {
  if (!write?.ok) return;
  stopAsking();
  navigator.storage?.persist?.().catch(() => {});
});

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads a complete backup (everything in memory, saved or not) and records when. */
export function exportBackup(): void {
  void store.markBackedUp();
  const now = new Date();
  downloadText(exportFileName('json', now), backupJson(store.document, { siteVersion, exportedAt: now }), 'application/json');
}

/**
 * Shows a write's outcome in `status` ("Saved 14:02", or what failed), and, when it failed,
 * reveals `offer` (an Export JSON button) so the learner can keep a copy; `kept` says what the learner
 * still has.
 */
export function showWrite(status: HTMLElement, offer: HTMLElement | null, result: WriteResult, kept = 'Your text is still here: export a copy to keep it.'): void {
  if (result.ok) {
    const time = new Date(result.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    status.textContent = `Saved ${time}`;
    status.dataset.state = 'saved';
  } else {
    status.textContent = `${describeFailure(result.failure)} ${kept}`;
    status.dataset.state = 'failed';
  }
  if (offer) offer.hidden = result.ok;
}

// A problem with the stored answers (unreadable, from a newer version of the guide, or no storage
// at all): tell the learner at the top of the page, when it loads or when another tab causes it.
function showProblem(): void {
  if (store.problem) showAnswersNotice(describeProblem(store.problem));
}
showProblem();
store.subscribe(showProblem);
