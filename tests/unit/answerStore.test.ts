import { describe, expect, it } from 'vitest';
import {
  ANSWERS_VERSION,
  answerText,
  attemptsOf,
  coveredPoints,
  emptyDocument,
  interviewDay,
  isPicked,
  notesText,
} from '../../src/lib/answerDocument';
import { serializeDocument } from '../../src/lib/storedAnswers';
import { backupJson } from '../../src/lib/answerJson';
import { planImport } from '../../src/lib/answerImport';
import { backupState } from '../../src/lib/answerProgress';
import {
  AnswerStore,
  asideFileName,
  classifyStorageError,
  type Exclusive,
  type StoreChange,
} from '../../src/lib/answerStore';
import type { Attempt } from '../../src/lib/practiceAttempt';
import { ANSWERS_KEY } from '../../src/lib/site';
import { MemoryStorage, TabView, manualClock } from './helpers/storage';

const KEY = ANSWERS_KEY;

function setup(storage = new MemoryStorage()) {
  const clock = manualClock();
  const open = () => new AnswerStore(storage, { key: KEY, now: clock.now });
  return { storage, clock, open, store: open() };
}

describe('the answer store', () => {
  it('uses this guide’s key prefix, so other sites on the origin keep their keys', () => {
    const { storage, store } = setup();
    store.setAnswer('grpo-vs-dpo', 'before', 'x');
    expect([...storage.items.keys()]).toEqual(['training-roles-guide:answers']);
  });

  it('starts empty when nothing is stored', () => {
    const { store } = setup();
    expect(store.document).toEqual(emptyDocument());
    expect(store.problem).toBeNull();
  });

  it('keeps answers, picks and notes across a reload', async () => {
    const { store, open, clock } = setup();
    expect(await store.setAnswer('q1', 'before', 'Before reading: a guess')).toEqual({ ok: true, at: clock.now() });
    clock.advance(1000);
    store.setAnswer('q1', 'after', 'After reading: the mechanism');
    store.setPick('q1', true);
    store.setNotes('data', 'Chapter 3 of the data book');

    const reloaded = open().document;
    expect(answerText(reloaded, 'q1', 'before')).toBe('Before reading: a guess');
    expect(answerText(reloaded, 'q1', 'after')).toBe('After reading: the mechanism');
    expect(isPicked(reloaded, 'q1')).toBe(true);
    expect(notesText(reloaded, 'data')).toBe('Chapter 3 of the data book');
    expect(reloaded.answers.q1?.after?.updatedAt).toBe(clock.now());
  });

  it('keeps the key points ticked as covered for a question across a reload; a new set replaces the old', () => {
    const { store, open } = setup();
    expect(coveredPoints(store.document, 'q1')).toEqual([]);
    store.setCovered('q1', ['mechanism', 'named-method', 'mechanism']);
    expect(coveredPoints(open().document, 'q1')).toEqual(['mechanism', 'named-method']);
    store.setCovered('q1', ['named-method']);
    expect(coveredPoints(open().document, 'q1')).toEqual(['named-method']);
  });

  it('refuses a key point’s key that the document could not hold, as a bug in the page', () => {
    const { store } = setup();
    expect(() => store.setCovered('q1', [''])).toThrow(TypeError);
    expect(() => store.setCovered('q1', ['x'.repeat(65)])).toThrow(TypeError);
  });

  it('gives each edit a time after the one it replaces, even when the clock stands still', () => {
    const { store } = setup();
    store.setAnswer('q1', 'before', 'one');
    const first = store.document.answers.q1!.before!.updatedAt;
    store.setAnswer('q1', 'before', 'two');
    expect(store.document.answers.q1!.before!.updatedAt).toBeGreaterThan(first);
  });

  it('tells subscribers about each change, then its write, and each refresh', async () => {
    const { store } = setup();
    const changes: StoreChange[] = [];
    const stop = store.subscribe((change) => changes.push(change));
    await store.setPick('q1', true);
    store.refresh();
    stop();
    await store.setPick('q1', false);
    expect(changes.map((change) => change.write?.ok)).toEqual([undefined, true, undefined]);
    expect(changes.every((change) => isPicked(change.document, 'q1'))).toBe(true);
  });
});

/** A lock that the test grants by hand, as navigator.locks does once no other page holds it. */
function manualLock() {
  const queue: (() => void)[] = [];
  const lock = {
    held: false,
    exclusive: ((_, task) =>
      new Promise<void>((resolve) =>
        queue.push(() => {
          lock.held = true;
          task();
          lock.held = false;
          resolve();
        }),
      )) as Exclusive,
    grant: () => {
      while (queue.length) queue.shift()!();
    },
  };
  return lock;
}

describe('the lock that every page of the site takes to save', () => {
  it('is held for the whole read-merge-write, and changes made while waiting go out together', async () => {
    const lock = manualLock();
    const storage = new MemoryStorage();
    const touched: boolean[] = [];
    const spied = Object.assign(Object.create(storage) as MemoryStorage, {
      getItem: (key: string) => (touched.push(lock.held), storage.getItem(key)),
      setItem: (key: string, value: string) => (touched.push(lock.held), storage.setItem(key, value)),
    });
    const store = new AnswerStore(spied, { key: KEY, exclusive: lock.exclusive });
    touched.length = 0; // loading reads without the lock: it writes nothing
    const first = store.setAnswer('q1', 'before', 'one');
    const second = store.setPick('q1', true);
    expect(answerText(store.document, 'q1', 'before')).toBe('one'); // shown at once
    expect(touched).toEqual([]);

    lock.grant();
    expect(await first).toMatchObject({ ok: true });
    expect(await second).toMatchObject({ ok: true });
    expect(touched).toEqual([true, true]); // one read, one write, both under the lock
    expect(isPicked(JSON.parse(storage.getItem(KEY)!), 'q1')).toBe(true);
  });

  it('is not waited for when the page is going away: saveNow() stores at once', async () => {
    const lock = manualLock();
    const storage = new MemoryStorage();
    const store = new AnswerStore(storage, { key: KEY, exclusive: lock.exclusive });
    const write = store.setAnswer('q1', 'before', 'typed as the tab closed');
    store.saveNow();
    expect(answerText(new AnswerStore(storage, { key: KEY }).document, 'q1', 'before')).toBe('typed as the tab closed');
    lock.grant(); // nothing left to do
    expect(await write).toMatchObject({ ok: true });
  });

  it('is done without where it cannot be had, and the change is stored all the same', async () => {
    const storage = new MemoryStorage();
    const store = new AnswerStore(storage, { key: KEY, exclusive: () => Promise.reject(new Error('no locks here')) });
    expect(await store.setAnswer('q1', 'before', 'saved anyway')).toMatchObject({ ok: true });
    expect(answerText(new AnswerStore(storage, { key: KEY }).document, 'q1', 'before')).toBe('saved anyway');
  });
});

describe('two tabs on one storage', () => {
  it('never overwrite each other: each write merges into what the other stored', () => {
    const { open, clock } = setup();
    const tabA = open();
    const tabB = open();
    tabA.setAnswer('q1', 'before', 'written in A');
    clock.advance(10);
    tabB.setAnswer('q2', 'before', 'written in B'); // B has not refreshed, yet keeps A's answer
    clock.advance(10);
    tabA.setAnswer('q1', 'after', 'refined in A');

    const stored = open().document;
    expect(answerText(stored, 'q1', 'before')).toBe('written in A');
    expect(answerText(stored, 'q2', 'before')).toBe('written in B');
    expect(answerText(stored, 'q1', 'after')).toBe('refined in A');
  });

  it('see the other’s change after a refresh (the storage event)', () => {
    const { open } = setup();
    const tabA = open();
    const tabB = open();
    const seen: string[] = [];
    tabB.subscribe(({ document }) => seen.push(answerText(document, 'q1', 'before')));
    tabA.setAnswer('q1', 'before', 'from A');
    tabB.refresh();
    expect(seen).toEqual(['from A']);
  });

  /** Two tabs, each with its own copy of the storage that catches up only on sync(), as in Chromium. */
  function tabsWithOwnCopies() {
    const shared = new MemoryStorage();
    const views = [new TabView(shared), new TabView(shared)] as const;
    const [tabA, tabB] = views.map((view) => new AnswerStore(view, { key: KEY }));
    /** A's copy catches up, and A hears the storage event. */
    const aHearsB = () => {
      views[0].sync();
      tabA!.refresh(shared.getItem(KEY));
    };
    return { tabA: tabA!, tabB: tabB!, viewB: views[1], aHearsB, stored: () => new AnswerStore(shared, { key: KEY }).document };
  }

  it('store again a save that the other wrote over from a stale copy of the storage', async () => {
    const { tabA, tabB, aHearsB, stored } = tabsWithOwnCopies();
    await tabA.setAnswer('q1', 'before', 'from A');
    await tabB.setAnswer('q2', 'before', 'from B'); // B's copy does not have A's save yet
    expect(answerText(stored(), 'q1', 'before')).toBe('');

    aHearsB();
    expect(answerText(tabA.document, 'q1', 'before')).toBe('from A'); // never shown as lost
    expect([answerText(stored(), 'q1', 'before'), answerText(stored(), 'q2', 'before')]).toEqual(['from A', 'from B']);
  });

  it('do not undo a “delete all” made in the other while standing by their saves', async () => {
    const { tabA, tabB, viewB, aHearsB, stored } = tabsWithOwnCopies();
    await tabA.setAnswer('q1', 'before', 'soon deleted');
    viewB.sync();
    await tabB.clearAll();
    aHearsB();
    expect(stored()).toEqual(emptyDocument());
    expect(tabA.document).toEqual(emptyDocument());
  });

  it('see a “delete all” from the other tab', () => {
    const { open } = setup();
    const tabA = open();
    const tabB = open();
    tabA.setAnswer('q1', 'before', 'x');
    tabB.refresh();
    tabA.clearAll();
    tabB.refresh();
    expect(tabB.document.answers).toEqual({});
  });
});

describe('a stored value that cannot be read', () => {
  it.each([
    ['not JSON', '{"format": "training-roles-guide/answers", "vers'],
    ['the wrong shape', JSON.stringify({ format: 'training-roles-guide/answers', version: 1, answers: { q1: 'text' } })],
    ['a version that is not a number', JSON.stringify({ format: 'training-roles-guide/answers', version: 'one' })],
  ])('(%s) is kept aside, reported, and the store starts clean without throwing', (_, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, raw);
    const { store } = setup(storage);

    expect(store.document).toEqual(emptyDocument());
    expect(store.problem).toMatchObject({ kind: 'unreadable', detail: expect.any(String) });
    const keptAs = store.problem?.kind === 'unreadable' ? store.problem.keptAs : null;
    expect(keptAs).toMatch(/^training-roles-guide:answers:unreadable:2025-11-25T14:02:00/);
    expect(storage.getItem(keptAs!)).toBe(raw);
  });

  it('does not stop saving: the next write stores a valid document', async () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'garbage');
    const { store, open } = setup(storage);
    expect(await store.setAnswer('q1', 'before', 'fresh start')).toMatchObject({ ok: true });
    expect(answerText(open().document, 'q1', 'before')).toBe('fresh start');
    expect(open().problem).toBeNull();
  });

  it('is never deleted when it cannot be copied aside: writes are refused instead', async () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'garbage that fills the storage');
    storage.quota = storage.getItem(KEY)!.length + KEY.length;
    const { store } = setup(storage);

    expect(store.problem).toMatchObject({ kind: 'unreadable', keptAs: null });
    expect(await store.setAnswer('q1', 'before', 'new text')).toMatchObject({ ok: false, failure: 'protected' });
    expect(await store.clearAll()).toMatchObject({ ok: false, failure: 'protected' });
    expect(storage.getItem(KEY)).toBe('garbage that fills the storage');
    expect(answerText(store.document, 'q1', 'before')).toBe('new text'); // still in memory, for an export
  });
});

describe('practice in the store', () => {
  const attempt = (id: string, at: number): Attempt => ({ id, at, answer: '', seconds: 60, points: [], total: 4, rating: 'again', due: '2025-11-26' });

  it('keeps every attempt, from two tabs at once, and never touches the answers before and after reading', async () => {
    const { store, open, clock } = setup();
    await store.setAnswer('q1', 'before', 'my answer before reading');
    const other = open();
    const [first, second] = await Promise.all([
      store.addAttempt('q1', attempt('tab-one-0001', clock.now())),
      other.addAttempt('q1', attempt('tab-two-0001', clock.now() + 1000)),
    ]);
    expect([first, second]).toMatchObject([{ ok: true }, { ok: true }]);
    const reloaded = open().document;
    expect(attemptsOf(reloaded, 'q1').map((a) => a.id)).toEqual(['tab-one-0001', 'tab-two-0001']);
    expect(answerText(reloaded, 'q1', 'before')).toBe('my answer before reading');
  });

  it('stores version 3, which a page still on version 2 holds as newer and leaves untouched', async () => {
    const { storage, store, clock } = setup();
    await store.addAttempt('q1', attempt('tab-one-0001', clock.now()));
    expect(JSON.parse(storage.getItem(KEY)!).version).toBe(3);
  });

  it('sets and clears the interview date', async () => {
    const { store, open, clock } = setup();
    await store.setInterview('2026-01-15');
    expect(interviewDay(open().document)).toBe('2026-01-15');
    clock.advance(1000);
    await store.setInterview(null);
    expect(open().document.interview).toEqual({ day: null, updatedAt: clock.now() });
  });
});

describe('a document from a newer version of the guide', () => {
  const newer = JSON.stringify({ format: 'training-roles-guide/answers', version: ANSWERS_VERSION + 1, answers: {}, ticks: {} });

  it('is left exactly as it is when the page loads: not moved, not deleted, never written over', async () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, newer);
    const { store } = setup(storage);

    expect(store.problem).toMatchObject({ kind: 'newer' });
    expect(await store.setAnswer('q1', 'before', 'typed in the older page')).toMatchObject({ ok: false, failure: 'newer' });
    expect(await store.setPick('q1', true)).toMatchObject({ ok: false, failure: 'newer' });
    expect(await store.clearAll()).toMatchObject({ ok: false, failure: 'newer' });
    expect([...storage.items]).toEqual([[KEY, newer]]);
    expect(answerText(store.document, 'q1', 'before')).toBe('typed in the older page'); // in memory, for an export
  });

  it('written by another tab while the page is open: the page keeps what it shows and stops saving', async () => {
    const { storage, store } = setup();
    store.setAnswer('q1', 'before', 'written before the newer tab came');
    storage.setItem(KEY, newer); // the other tab
    store.refresh();

    expect(answerText(store.document, 'q1', 'before')).toBe('written before the newer tab came');
    expect(store.problem).toMatchObject({ kind: 'newer' });
    expect(await store.setAnswer('q1', 'after', 'more')).toMatchObject({ ok: false, failure: 'newer' });
    expect([...storage.items]).toEqual([[KEY, newer]]);
  });
});

describe('a failed write', () => {
  it('reports a full storage, keeps the text in memory, and stores it once there is room', async () => {
    const { storage, store, open } = setup();
    storage.quota = 50;
    const failures: unknown[] = [];
    store.subscribe(({ write }) => write && !write.ok && failures.push(write.failure));

    expect(await store.setAnswer('q1', 'before', 'a long answer that does not fit')).toMatchObject({ ok: false, failure: 'full' });
    expect(failures).toEqual(['full']);
    expect(answerText(store.document, 'q1', 'before')).toBe('a long answer that does not fit');
    expect(open().document.answers).toEqual({});

    storage.quota = Infinity;
    expect(await store.setPick('q2', true)).toMatchObject({ ok: true });
    expect(answerText(open().document, 'q1', 'before')).toBe('a long answer that does not fit');
  });

  it('is foretold when the page loads, when the browser lets the site store nothing', () => {
    const storage = new MemoryStorage();
    storage.denied = Object.assign(new Error('denied'), { name: 'SecurityError' });
    expect(setup(storage).store.problem).toMatchObject({ kind: 'unavailable' });
    expect(new AnswerStore(null, { key: KEY }).problem).toMatchObject({ kind: 'unavailable' });
  });

  it('reports storage the browser has turned off, and no storage at all', async () => {
    const { storage, store } = setup();
    storage.denied = Object.assign(new Error('denied'), { name: 'SecurityError' });
    expect(await store.setAnswer('q1', 'before', 'x')).toMatchObject({ ok: false, failure: 'unavailable' });

    const none = new AnswerStore(null, { key: KEY });
    expect(none.document).toEqual(emptyDocument());
    expect(await none.setPick('q1', true)).toMatchObject({ ok: false, failure: 'unavailable' });
    expect(isPicked(none.document, 'q1')).toBe(true);
  });

  it('sorts browser exceptions by what the learner can do about them', () => {
    expect(classifyStorageError(Object.assign(new Error(), { name: 'QuotaExceededError' }))).toBe('full');
    expect(classifyStorageError(Object.assign(new Error(), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }))).toBe('full');
    expect(classifyStorageError(Object.assign(new Error(), { code: 22 }))).toBe('full');
    expect(classifyStorageError(Object.assign(new Error(), { name: 'SecurityError' }))).toBe('unavailable');
    expect(classifyStorageError('weird')).toBe('unknown');
  });
});

describe('import, backup and delete', () => {
  it('merges an imported document field by field', () => {
    const { store, clock } = setup();
    store.setAnswer('q1', 'before', 'mine');
    const older = clock.now() - 1000;
    const newer = clock.now() + 1000;
    store.merge({
      ...emptyDocument(),
      answers: { q1: { before: { text: 'older import', updatedAt: older }, after: { text: 'newer import', updatedAt: newer } } },
    });
    expect(answerText(store.document, 'q1', 'before')).toBe('mine');
    expect(answerText(store.document, 'q1', 'after')).toBe('newer import');
  });

  it('remembers when the last backup was made', () => {
    const { store, clock, open } = setup();
    store.markBackedUp();
    expect(open().document.lastBackupAt).toBe(clock.now());
  });

  it('deletes everything on “delete all”, the last backup time too', () => {
    const { store, open } = setup();
    store.setAnswer('q1', 'before', 'x');
    store.markBackedUp();
    store.clearAll();
    expect(open().document).toEqual(emptyDocument());
  });

  it('keeps documents aside under their own key', () => {
    const { storage, store } = setup();
    const aside = { ...emptyDocument(), picks: { gone: { picked: true, updatedAt: 1 } } };
    expect(store.keepAside('import-unknown-ids', aside)).toMatchObject({ ok: true });
    expect(storage.getItem('training-roles-guide:answers:import-unknown-ids:2025-11-25T14:02:00.000Z')).toBe(serializeDocument(aside));
  });
});

describe('copies set aside', () => {
  function withCopies() {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'not json');
    const { store, clock } = setup(storage); // sets the unreadable value aside
    clock.advance(60_000);
    store.keepAside('import-unknown-ids', { ...emptyDocument(), picks: { gone: { picked: true, updatedAt: 1 } } });
    storage.setItem('another-site:answers', 'theirs');
    return { storage, store };
  }

  it('are listed, oldest first, with why, when and how big', () => {
    const { store } = withCopies();
    expect(store.asideCopies()).toEqual([
      { key: 'training-roles-guide:answers:unreadable:2025-11-25T14:02:00.000Z', reason: 'unreadable', at: '2025-11-25T14:02:00.000Z', size: 8 },
      {
        key: 'training-roles-guide:answers:import-unknown-ids:2025-11-25T14:03:00.000Z',
        reason: 'import-unknown-ids',
        at: '2025-11-25T14:03:00.000Z',
        size: expect.any(Number),
      },
    ]);
    expect(asideFileName(store.asideCopies()[0]!)).toBe('training-roles-answers-unreadable-2025-11-25T14-02-00-000Z.txt');
  });

  it('can be read and removed one by one, but never the answers or another site’s keys', () => {
    const { storage, store } = withCopies();
    const [unreadable] = store.asideCopies();
    store.setAnswer('q1', 'before', 'kept');
    expect(store.asideText(unreadable!.key)).toBe('not json');
    expect(store.removeAside(unreadable!.key)).toMatchObject({ ok: true });
    expect(store.asideCopies()).toHaveLength(1);
    expect(store.removeAside(KEY)).toMatchObject({ ok: false });
    expect(store.removeAside('another-site:answers')).toMatchObject({ ok: false });
    expect(answerText(store.document, 'q1', 'before')).toBe('kept');
    expect(storage.getItem('another-site:answers')).toBe('theirs');
  });
});

describe('times from a clock set ahead', () => {
  const stored = (changes: object) => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, JSON.stringify({ ...emptyDocument(), ...changes }));
    return storage;
  };
  const KNOWN = { questions: new Set(['q1']), sections: new Set<string>() };

  it('are read as now and stored so, and a later edit from another browser wins', () => {
    const storage = stored({ answers: { q1: { before: { text: 'written under a clock set to 2100', updatedAt: Date.UTC(2100, 0, 1) } } } });
    const { store, clock } = setup(storage);
    expect(JSON.parse(storage.getItem(KEY)!).answers.q1.before.updatedAt).toBe(clock.now());

    clock.advance(60_000);
    const later = JSON.stringify({ ...emptyDocument(), answers: { q1: { before: { text: 'a later edit', updatedAt: clock.now() } } } });
    const plan = planImport(later, later.length, store.document, KNOWN, clock.now());
    expect(plan).toMatchObject({ ok: true, newer: 1, older: 0 });
  });

  it('do not stop an edit of that field from travelling, even at 1e300', () => {
    const here = setup(stored({ answers: { q1: { before: { text: 'stamped 1e300', updatedAt: 1e300 } } } }));
    const elsewhere = setup(stored({ answers: { q1: { before: { text: 'stamped 1e300', updatedAt: 1e300 } } } }));
    here.clock.advance(60_000);
    here.store.setAnswer('q1', 'before', 'edited here');
    const file = backupJson(here.store.document, { siteVersion: '0.1.0', exportedAt: new Date(here.clock.now()) });
    expect(planImport(file, file.length, elsewhere.store.document, KNOWN, here.clock.now())).toMatchObject({ ok: true, newer: 1 });
  });

  it('do not silence the backup reminder when the last backup time is one of them', () => {
    const { clock } = setup();
    const weekOld = clock.now() - 8 * 24 * 60 * 60 * 1000;
    const { store } = setup(stored({ answers: { q1: { before: { text: 'unprotected', updatedAt: weekOld } } }, lastBackupAt: Date.UTC(2100, 0, 1) }));
    expect(backupState(store.document, clock.now()).nudge).toBe(true);
  });
});
