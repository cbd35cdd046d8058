/**
 * The answer store: the learner's answers document (format in answerDocument.ts) kept in a
 * Storage (localStorage in the browser, an in-memory fake in tests).
 *
 * - Key: ANSWERS_KEY (site.ts). A stored value that does not parse or validate is copied to
 *   `${STORAGE_PREFIX}answers:unreadable:<ISO time>` before anything else happens, and `problem`
 *   tells the page so it can tell the learner. If that copy cannot be made, the store refuses to
 *   write over the only copy (writes fail with 'protected') rather than lose it.
 * - A document from a newer version of the guide (another tab runs a newer build) is never
 *   modified, moved or deleted: the store keeps what it has in memory, refuses every write with
 *   'newer', and `problem` tells the page to ask for a reload. Nothing is lost: the newer page
 *   reads its document, and this page's unsaved text stays in memory for an export.
 * - Loading never throws: no storage, no value or a bad value all start from an empty document.
 * - Times more than a day ahead of the clock are read as now (see answerDocument.ts), and the
 *   settled document is saved at once, so the wrong times are gone for good.
 * - A change shows in `document` at once. It is stored by a read-merge-write: the stored value is
 *   read afresh, merged field by field with every change not stored yet, and written back, while
 *   holding a lock that every page of the site takes for that (`exclusive`: the Web Locks API in
 *   the browser), so two tabs saving in the same instant never overwrite each other's work. The
 *   write resolves when that is done; changes made while waiting for the lock go out together.
 *   The other tab calls refresh() on its storage event.
 * - Web Locks order the writes, but a browser may grant the lock before this page's copy of
 *   localStorage has the last holder's write (Chromium keeps one per process and updates it
 *   asynchronously), so a tab can still write over a save from a stale read. So each page keeps
 *   what it stored in the last REPAIR_WINDOW_MS, and when another tab's write lacks any of it,
 *   stores it again; unless that write was a "Delete all" (the empty document) or a removal.
 * - saveNow() does the read-merge-write at once, without the lock, for a page that is going away
 *   and cannot wait for one.
 * - Every write is guarded. A failed write (storage full, disabled, private mode) resolves with
 *   the failure and tells subscribers; the change stays in memory (and in `document`, so an
 *   export still has it) and goes out with the next write that succeeds.
 */
import { emptyDocument, type AnswerDocument, type AnswerField } from './answerDocument';
import { isPointKey, mergeDocuments, parseAnswerDocument, serializeDocument, settleFutureTimes } from './storedAnswers';
import type { Day } from './calendarDay';
import { mergeAttempts, type Attempt } from './practiceAttempt';

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type SaveFailure = 'full' | 'unavailable' | 'protected' | 'newer' | 'unknown';
export type WriteResult = { ok: true; at: number } | { ok: false; failure: SaveFailure; detail: string };

/** Why the stored value is not the page's to use; `detail` says why in words. */
export type StoreProblem =
  /** It could not be read: it was copied aside as `keptAs`, or left in place (null) when it could not be. */
  | { kind: 'unreadable'; detail: string; keptAs: string | null }
  /** It was written by a newer version of the guide: left untouched, and nothing is saved over it. */
  | { kind: 'newer'; detail: string }
  /** The browser lets the site store nothing (private mode, storage turned off): nothing will be kept. */
  | { kind: 'unavailable'; detail: string };

/** Why a copy was set aside beside the answers: a stored value that could not be read, or import entries for ids the guide does not have. */
export type AsideReason = 'unreadable' | 'import-unknown-ids';

/** A copy set aside under its own key, `${key}:<reason>:<ISO time>`; it counts against the storage quota until removed. */
export interface AsideCopy {
  key: string;
  reason: string;
  /** When it was set aside, as an ISO time. */
  at: string;
  /** Its size in characters. */
  size: number;
}

/** A file name for downloading an aside copy: JSON for import entries, text for what could not be read. */
export function asideFileName(copy: AsideCopy): string {
  const stamp = copy.at.replace(/[:.]/g, '-');
  return `training-roles-answers-${copy.reason}-${stamp}.${copy.reason === 'unreadable' ? 'txt' : 'json'}`;
}

export interface StoreChange {
  document: AnswerDocument;
  /** Present when the change came from a write on this page. */
  write?: WriteResult;
}

/**
 * Runs `task` while no other page of the site runs one under the same name, and resolves once it
 * has run: navigator.locks.request in the browser (answerRuntime.ts).
 */
export type Exclusive = (name: string, task: () => void) => Promise<void>;

/** Runs the task at once: exact for one page, and the best there is where Web Locks are missing. */
const runAtOnce: Exclusive = (_, task) => {
  task();
  return Promise.resolve();
};

export interface StoreOptions {
  key: string;
  now?: () => number;
  exclusive?: Exclusive;
}

/** How long a page stands by what it stored, in case another tab writes over it from a stale read. */
const REPAIR_WINDOW_MS = 10_000;

/** What "Delete all" stores. */
const EMPTY = serializeDocument(emptyDocument());

/** Sorts a storage exception into what the learner needs to hear. */
export function classifyStorageError(error: unknown): SaveFailure {
  const { name, code } = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; code?: unknown };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return 'full';
  if (name === 'SecurityError' || name === 'InvalidAccessError') return 'unavailable';
  return 'unknown';
}

/** A sentence for a failed save, ending before the advice the page adds. */
export function describeFailure(failure: SaveFailure): string {
  switch (failure) {
    case 'full':
      return 'Not saved: this browser’s storage for the site is full.';
    case 'unavailable':
      return 'Not saved: this browser is not letting the site store anything (private mode, or storage turned off).';
    case 'protected':
      return 'Not saved: earlier answers in this browser could not be read or copied aside, so they are left untouched.';
    case 'newer':
      return 'Not saved: a newer version of the guide has saved your answers in this browser (in another tab?), and this page must not write over them. Reload the page to carry on.';
    case 'unknown':
      return 'Not saved: the browser refused to store it.';
  }
}

/** What the learner needs to hear about a problem with the stored answers. */
export function describeProblem(problem: StoreProblem): string {
  switch (problem.kind) {
    case 'unreadable':
      return (
        `Your saved answers in this browser could not be read (${problem.detail}). ` +
        (problem.keptAs
          ? `Nothing was deleted: they are kept in this browser’s storage as “${problem.keptAs}”, and the guide started afresh.`
          : 'They are left untouched and nothing will be saved over them: export what you write to keep it.')
      );
    case 'unavailable':
      return (
        'This browser is not letting the site store anything (private mode, or storage turned off), ' +
        'so nothing you write here is kept after you leave this page. Export JSON to keep a copy.'
      );
    case 'newer':
      return (
        'A newer version of the guide has saved your answers in this browser (in another tab?). ' +
        'This page is out of date: it has changed nothing and saves nothing more. Reload it to carry on; nothing is lost.'
      );
  }
}

export class AnswerStore {
  readonly #storage: StorageLike | null;
  readonly #key: string;
  readonly #now: () => number;
  readonly #exclusive: Exclusive;
  readonly #listeners = new Set<(change: StoreChange) => void>();
  /** What the storage holds, as last read. */
  #saved = emptyDocument();
  #savedRaw: string | null = null;
  /** True while the stored value has times that #saved holds settled (see #saveSettledTimes). */
  #timesSettled = false;
  /** Changes made here that are not stored yet: waiting for the lock, or after a failed write. */
  #pending = emptyDocument();
  #unsaved = false;
  /** Writes waiting for the next read-merge-write, and whether the lock for it is asked for. */
  #waiting: ((result: WriteResult) => void)[] = [];
  #queued = false;
  /** What this page stored lately, and when (see REPAIR_WINDOW_MS). */
  #stored: { at: number; changes: AnswerDocument }[] = [];
  #problem: StoreProblem | null = null;
  /** Why the stored value must never be written over (unreadable and not copied aside, or newer); null when it may be. */
  #hold: 'protected' | 'newer' | null = null;

  constructor(storage: StorageLike | null, options: StoreOptions) {
    this.#storage = storage;
    this.#key = options.key;
    this.#now = options.now ?? Date.now;
    this.#exclusive = options.exclusive ?? runAtOnce;
    if (!storage) this.#problem = { kind: 'unavailable', detail: 'no storage' };
    this.#read();
    this.#saveSettledTimes();
  }

  /** Everything the learner has, stored or not yet stored. */
  get document(): AnswerDocument {
    return mergeDocuments(this.#saved, this.#pending);
  }

  get problem(): StoreProblem | null {
    return this.#problem;
  }

  /** True while changes made here are not in storage: waiting for the lock, or after a failed write (storage full, refused, a newer version's document). */
  get unsaved(): boolean {
    return this.#unsaved;
  }

  subscribe(listener: (change: StoreChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Re-reads the stored value (another tab wrote it) and tells subscribers. `written`, when
   * known, is what the other tab wrote to the answers key (null: removed); see REPAIR_WINDOW_MS.
   */
  refresh(written?: string | null): void {
    this.#read();
    if (written === null || written === EMPTY) this.#stored = [];
    this.#repairLostSaves();
    this.#notify();
    this.#saveSettledTimes();
  }

  setAnswer(id: string, field: AnswerField, text: string): Promise<WriteResult> {
    const at = this.#stamp(this.document.answers[id]?.[field]?.updatedAt);
    return this.#write((pending) => {
      pending.answers[id] = { ...pending.answers[id], [field]: { text, updatedAt: at } };
    });
  }

  setPick(id: string, picked: boolean): Promise<WriteResult> {
    const at = this.#stamp(this.document.picks[id]?.updatedAt);
    return this.#write((pending) => {
      pending.picks[id] = { picked, updatedAt: at };
    });
  }

  setNotes(slug: string, text: string): Promise<WriteResult> {
    const at = this.#stamp(this.document.notes[slug]?.updatedAt);
    return this.#write((pending) => {
      pending.notes[slug] = { text, updatedAt: at };
    });
  }

  /** Sets which key points of a question's guide are ticked as covered (repeats are dropped). */
  setCovered(id: string, points: readonly string[]): Promise<WriteResult> {
    const bad = points.find((point) => !isPointKey(point));
    if (bad !== undefined) throw new TypeError(`not a key point's key: "${bad.slice(0, 80)}"`);
    const at = this.#stamp(this.document.covered[id]?.updatedAt);
    return this.#write((pending) => {
      pending.covered[id] = { points: [...new Set(points)], updatedAt: at };
    });
  }

  /** Keeps a practice attempt at a question. Attempts are only ever added, never changed. */
  addAttempt(id: string, attempt: Attempt): Promise<WriteResult> {
    return this.#write((pending) => {
      pending.attempts[id] = mergeAttempts(pending.attempts[id] ?? [], [attempt]);
    });
  }

  /** Sets the interview's day, or clears it (null). */
  setInterview(day: Day | null): Promise<WriteResult> {
    const at = this.#stamp(this.document.interview?.updatedAt);
    return this.#write((pending) => {
      pending.interview = { day, updatedAt: at };
    });
  }

  /** Records that a complete backup was just exported. */
  markBackedUp(): Promise<WriteResult> {
    const at = this.#now();
    return this.#write((pending) => {
      pending.lastBackupAt = at;
    });
  }

  /** Merges a document (an import) field by field: the newer value of each field wins. */
  merge(incoming: AnswerDocument): Promise<WriteResult> {
    return this.#write((pending) => {
      const merged = mergeDocuments(pending, incoming);
      Object.assign(pending, merged);
    });
  }

  /** Stores a document under its own key beside the answers (import entries for unknown ids) and tells subscribers. */
  keepAside(reason: AsideReason, document: AnswerDocument): WriteResult {
    const result = this.#guard(() => this.#storage?.setItem(this.#asideKey(reason), serializeDocument(document)));
    this.#notify(result);
    return result;
  }

  /** The copies set aside beside the answers, oldest first. */
  asideCopies(): AsideCopy[] {
    const copies: AsideCopy[] = [];
    try {
      for (let index = 0; index < (this.#storage?.length ?? 0); index++) {
        const key = this.#storage!.key(index);
        const [reason, at] = this.#asideParts(key);
        if (key && reason && at) copies.push({ key, reason, at, size: this.#storage!.getItem(key)?.length ?? 0 });
      }
    } catch {
      return []; // Storage that cannot be read has no copies to show.
    }
    return copies.sort((a, b) => a.at.localeCompare(b.at));
  }

  /** The text of an aside copy, or null when there is none under that key. */
  asideText(key: string): string | null {
    if (!this.#asideParts(key).length) return null;
    try {
      return this.#storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  /** Removes an aside copy (never the answers themselves) and tells subscribers. */
  removeAside(key: string): WriteResult {
    if (!this.#asideParts(key).length) return { ok: false, failure: 'unknown', detail: `${key} is not a copy set aside` };
    const result = this.#guard(() => this.#storage?.removeItem(key));
    this.#notify(result);
    return result;
  }

  /** Deletes every answer, pick, note, ticked key point, practice attempt and the interview date, and the last backup time with them: a fresh start. */
  clearAll(): Promise<WriteResult> {
    return new Promise((resolve) => {
      void this.#locked(() => {
        this.#read();
        const result = this.#hold ? this.#refuse(this.#hold) : this.#guard(() => this.#store(emptyDocument()));
        if (result.ok) {
          this.#pending = emptyDocument();
          this.#unsaved = false;
          this.#stored = [];
        }
        resolve(result);
        this.#notify(result);
      });
    });
  }

  /** Stores every change not stored yet at once, without waiting for the lock: the page is going away. */
  saveNow(): void {
    this.#commit();
  }

  /** A time for a new value of a field: now, but always after the value it replaces. */
  #stamp(previous: number | undefined): number {
    const now = this.#now();
    return previous !== undefined && previous >= now ? previous + 1 : now;
  }

  /** Applies a change in memory, tells subscribers, and stores it with the next read-merge-write. */
  #write(change: (pending: AnswerDocument) => void): Promise<WriteResult> {
    change(this.#pending);
    this.#unsaved = true;
    const result = new Promise<WriteResult>((resolve) => this.#waiting.push(resolve));
    this.#notify();
    if (!this.#queued) {
      this.#queued = true;
      void this.#locked(() => {
        this.#queued = false;
        this.#commit();
      });
    }
    return result;
  }

  /** Runs `task` under the lock; once only, and anyway if the lock cannot be had. */
  async #locked(task: () => void): Promise<void> {
    let ran = false;
    const once = () => {
      if (ran) return;
      ran = true;
      task();
    };
    try {
      await this.#exclusive(this.#key, once);
    } catch {
      once();
    }
  }

  /** The read-merge-write: the stored value and every change not stored yet. Settles every waiting write. */
  #commit(): void {
    const waiting = this.#waiting.splice(0);
    if (!waiting.length && !this.#unsaved) return;
    const fresh = this.#read();
    const result = this.#hold
      ? this.#refuse(this.#hold)
      : this.#guard(() => this.#store(mergeDocuments(fresh, this.#pending)));
    if (result.ok) {
      this.#stored.push({ at: this.#now(), changes: this.#pending });
      this.#pending = emptyDocument();
      this.#unsaved = false;
    }
    for (const resolve of waiting) resolve(result);
    this.#notify(result);
  }

  #store(document: AnswerDocument): void {
    if (!this.#storage) throw Object.assign(new Error('no storage'), { name: 'SecurityError' });
    const raw = serializeDocument(document);
    this.#storage.setItem(this.#key, raw);
    this.#saved = document;
    this.#savedRaw = raw;
    this.#timesSettled = false;
  }

  #guard(action: () => void): WriteResult {
    if (!this.#storage) return { ok: false, failure: 'unavailable', detail: 'no storage' };
    try {
      action();
      return { ok: true, at: this.#now() };
    } catch (error) {
      return { ok: false, failure: classifyStorageError(error), detail: error instanceof Error ? error.message : String(error) };
    }
  }

  #refuse(failure: 'protected' | 'newer'): WriteResult {
    return { ok: false, failure, detail: this.#problem?.detail ?? 'the stored value must not be written over' };
  }

  /**
   * Reads and validates the stored value; a bad one is copied aside, a newer one held untouched.
   * Returns the stored document (with a newer one, what this page had).
   */
  #read(): AnswerDocument {
    let raw: string | null;
    try {
      raw = this.#storage?.getItem(this.#key) ?? null;
    } catch (error) {
      // Storage that cannot even be read: keep what we have in memory.
      this.#problem ??= { kind: 'unavailable', detail: error instanceof Error ? error.message : String(error) };
      return this.#saved;
    }
    if (raw === this.#savedRaw) return this.#saved;
    this.#hold = null;
    this.#timesSettled = false;
    if (raw === null) {
      this.#saved = emptyDocument();
      this.#savedRaw = null;
      return this.#saved;
    }
    let parsed: unknown;
    let detail: string;
    try {
      parsed = JSON.parse(raw);
      const result = parseAnswerDocument(parsed);
      if (result.ok) {
        const { document, moved } = settleFutureTimes(result.document, this.#now());
        this.#saved = document;
        this.#savedRaw = raw;
        this.#timesSettled = moved > 0;
        return this.#saved;
      }
      if (result.kind === 'newer') {
        this.#hold = 'newer';
        this.#problem = { kind: 'newer', detail: result.message };
        return this.#saved;
      }
      detail = result.message;
    } catch {
      detail = 'it is not valid JSON';
    }
    this.#setAside(raw, detail);
    this.#saved = emptyDocument();
    this.#savedRaw = null;
    return this.#saved;
  }

  /** Stores again what this page stored lately and the stored value lacks: another tab wrote over it from a stale read. */
  #repairLostSaves(): void {
    const since = this.#now() - REPAIR_WINDOW_MS;
    this.#stored = this.#stored.filter((entry) => entry.at >= since);
    if (this.#hold || !this.#stored.length) return;
    const recent = this.#stored.reduce((all, entry) => mergeDocuments(all, entry.changes), emptyDocument());
    if (serializeDocument(mergeDocuments(this.#saved, recent)) === serializeDocument(this.#saved)) return;
    void this.#write((pending) => Object.assign(pending, mergeDocuments(recent, pending)));
  }

  /** Stores the document whose future times #read settled, so they stay settled. */
  #saveSettledTimes(): void {
    if (this.#timesSettled) void this.#write(() => {});
  }

  #asideKey(reason: AsideReason): string {
    return `${this.#key}:${reason}:${new Date(this.#now()).toISOString()}`;
  }

  /** [reason, ISO time] of an aside copy's key; [] for any other key. */
  #asideParts(key: string | null): [string, string] | [] {
    const match = key?.startsWith(`${this.#key}:`) ? /^([a-z-]+):(.+)$/.exec(key.slice(this.#key.length + 1)) : null;
    return match ? [match[1]!, match[2]!] : [];
  }

  #setAside(raw: string, detail: string): void {
    const keptAs = this.#asideKey('unreadable');
    try {
      this.#storage!.setItem(keptAs, raw);
      this.#storage!.removeItem(this.#key); // Safe now: the copy exists.
      this.#problem = { kind: 'unreadable', detail, keptAs };
    } catch {
      this.#hold = 'protected';
      this.#problem = { kind: 'unreadable', detail, keptAs: null };
    }
  }

  #notify(write?: WriteResult): void {
    const change: StoreChange = write ? { document: this.document, write } : { document: this.document };
    for (const listener of this.#listeners) listener(change);
  }
}
