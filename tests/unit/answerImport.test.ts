import { describe, expect, it } from 'vitest';
import { emptyDocument, type AnswerDocument } from '../../src/lib/answerDocument';
import { serializeDocument } from '../../src/lib/storedAnswers';
import { backupJson } from '../../src/lib/answerJson';
import { describePlan, describeUnknown, hasChanges, MAX_IMPORT_BYTES, planImport, type ImportPlan } from '../../src/lib/answerImport';
import { AnswerStore } from '../../src/lib/answerStore';
import type { Attempt } from '../../src/lib/practiceAttempt';
import { knownIds } from '../../src/lib/guideOutline';
import { OUTLINE } from './helpers/outline';
import { MemoryStorage, manualClock } from './helpers/storage';

const KNOWN = knownIds(OUTLINE);
const T = Date.UTC(2025, 10, 25, 14, 2);
const text = (t: string, updatedAt: number) => ({ text: t, updatedAt });
const fileOf = (document: unknown) => JSON.stringify(document);
const plan = (file: string, current = emptyDocument()) => planImport(file, file.length, current, KNOWN);

function planned(file: string, current?: AnswerDocument): ImportPlan {
  const result = plan(file, current);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('refusing a bad import file, before anything changes', () => {
  it.each([
    ['not JSON', 'this is not json {', 'not-json', /not JSON/],
    ['JSON of another shape', fileOf({ hello: 'world' }), 'shape', /shape of an answers backup/],
    ['an answer that is not text', fileOf({ format: 'training-roles-guide/answers', version: 1, answers: { 'why-sft': { before: { text: 1, updatedAt: T } } } }), 'shape', /answers\.why-sft\.before\.text/],
    ['a version from a newer guide', fileOf({ format: 'training-roles-guide/answers', version: 7 }), 'version', /newer version of the guide, in answers format 7.* Reload the guide to update it, then import the file again/],
  ])('refuses %s with a message', (_, file, reason, message) => {
    const result = plan(file);
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.message).toMatch(message);
    expect(!result.ok && result.message).toMatch(/Nothing was imported/);
  });

  it('refuses a file over 5 MB without reading it as JSON', () => {
    const result = planImport('{}', MAX_IMPORT_BYTES + 1, emptyDocument(), KNOWN);
    expect(result).toMatchObject({ ok: false, reason: 'too-big', message: expect.stringContaining('at most 5 MB') });
  });

  it('keeps entries for unknown question ids and sections aside and reports them by name', () => {
    const file = fileOf({
      format: 'training-roles-guide/answers',
      version: 1,
      answers: { 'why-sft': { before: text('known', T) }, 'removed-question': { before: text('orphan', T) } },
      picks: { 'another-gone': { picked: true, updatedAt: T } },
      notes: { 'old-section': text('notes', T) },
    });
    const result = planned(file);
    expect(result.unknown.questions).toEqual(['removed-question', 'another-gone']);
    expect(result.unknown.sections).toEqual(['old-section']);
    expect(result.unknown.document.answers['removed-question']).toEqual({ before: text('orphan', T) });
    expect(Object.keys(result.incoming.answers)).toEqual(['why-sft']);
    expect(describeUnknown(result)).toMatch(/2 question ids \(removed-question, another-gone\) and 1 section \(old-section\)/);
    expect(describeUnknown(result)).toContain('importing keeps a copy of them aside in this browser');
  });

  it('says that nothing is kept when the file holds only entries the guide does not have', () => {
    const result = planned(fileOf({ format: 'training-roles-guide/answers', version: 1, answers: { 'removed-question': { before: text('orphan', T) } } }));
    expect(hasChanges(result)).toBe(false);
    expect(describeUnknown(result)).toMatch(/Nothing is imported now, so no copy of them is set aside this time; your file still has them\.$/);
  });
});

describe('planning a good import', () => {
  const mine: AnswerDocument = {
    ...emptyDocument(),
    answers: { 'why-sft': { before: text('mine', T), after: text('mine after', T) }, dedup: { before: text('same', T) } },
    covered: { dedup: { points: ['near-duplicates', 'leakage'], updatedAt: T } },
  };
  const file = fileOf({
    format: 'training-roles-guide/answers',
    version: 2,
    answers: {
      'why-sft': { before: text('theirs, newer', T + 1), after: text('theirs, older', T - 1) },
      dedup: { before: text('same', T - 5) },
      'grpo-vs-dpo': { before: text('new to me', T) },
    },
    picks: { 'grpo-vs-dpo': { picked: true, updatedAt: T } },
    covered: { dedup: { points: ['leakage', 'near-duplicates'], updatedAt: T - 1 }, 'why-sft': { points: ['format'], updatedAt: T } },
  });

  it('counts new entries, newer ones, older ones skipped and identical ones', () => {
    const result = planned(file, mine);
    expect([result.added, result.newer, result.older, result.same]).toEqual([3, 1, 1, 2]);
    expect(describePlan(result)).toBe(
      '3 new, 1 newer than yours, 1 older than yours (skipped), 2 already here. Counted per answer, pick, reading note, set of key points ticked and interview date.',
    );
    expect(hasChanges(result)).toBe(true);
  });

  it('brings in only the new and newer entries', () => {
    const result = planned(file, mine);
    expect(result.incoming.answers).toEqual({
      'why-sft': { before: text('theirs, newer', T + 1) },
      'grpo-vs-dpo': { before: text('new to me', T) },
    });
    expect(result.incoming.picks).toEqual({ 'grpo-vs-dpo': { picked: true, updatedAt: T } });
    expect(result.incoming.covered).toEqual({ 'why-sft': { points: ['format'], updatedAt: T } });
  });

  it('reads dates more than a day in the future as now, and says so', () => {
    const fromWrongClock = fileOf({ format: 'training-roles-guide/answers', version: 1, answers: { 'why-sft': { before: text('theirs, from 2100', Date.UTC(2100, 0, 1)) } } });
    const result = plan(fromWrongClock, mine);
    if (!result.ok) throw new Error(result.message);
    expect(result.incoming.answers['why-sft']?.before?.updatedAt).toBeLessThanOrEqual(Date.now());
    expect(describePlan(result)).toContain('1 date in the file is more than a day in the future (a clock set wrong?), so it counts as now.');
  });

  it('does not count an emptied answer or an unpick as new where this browser has none', () => {
    const cleared = fileOf({ format: 'training-roles-guide/answers', version: 2, answers: { 'grpo-vs-dpo': { before: text('', T) } }, picks: { dedup: { picked: false, updatedAt: T } } });
    const result = planned(cleared);
    expect([result.added, result.same]).toEqual([0, 2]);
    expect(hasChanges(result)).toBe(false);
  });

  it('has nothing to do when the file holds what the learner already has', () => {
    const result = planned(serializeDocument(mine), mine);
    expect(hasChanges(result)).toBe(false);
    expect(result.same).toBe(4);
  });
});

describe('importing practice from another browser', () => {
  const attempt = (id: string, at: number): Attempt => ({ id, at, answer: '', seconds: 30, points: [], total: 4, rating: 'good', due: '2025-11-28' });
  const mine: AnswerDocument = {
    ...emptyDocument(),
    attempts: { 'why-sft': [attempt('laptop-0001', T)] },
    interview: { day: '2026-01-15', updatedAt: T },
  };
  const file = fileOf({
    ...JSON.parse(serializeDocument(emptyDocument())),
    attempts: {
      'why-sft': [attempt('laptop-0001', T), attempt('phone-00001', T + 1)],
      dedup: [attempt('phone-00002', T + 2)],
      'retired-question': [attempt('phone-00003', T + 3)],
    },
    interview: { day: '2026-01-20', updatedAt: T + 5 },
  });

  it('counts the attempts the preview mentions: new ones merged, ones already here skipped', () => {
    const result = planned(file, mine);
    expect(result.attempts).toEqual({ added: 2, same: 1 });
    expect(result.incoming.attempts).toEqual({ 'why-sft': [attempt('phone-00001', T + 1)], dedup: [attempt('phone-00002', T + 2)] });
    expect(result.incoming.interview).toEqual({ day: '2026-01-20', updatedAt: T + 5 });
    expect(describePlan(result)).toBe(
      '0 new, 1 newer than yours, 0 older than yours (skipped). Counted per answer, pick, reading note, set of key points ticked and interview date. Practice attempts: 2 new, 1 already here.',
    );
    expect(hasChanges(result)).toBe(true);
  });

  it('keeps attempts at questions the guide does not have aside, with the other unknown entries', () => {
    const result = planned(file, mine);
    expect(result.unknown.questions).toEqual(['retired-question']);
    expect(result.unknown.document.attempts).toEqual({ 'retired-question': [attempt('phone-00003', T + 3)] });
  });

  it('has nothing to import when every attempt is already here', () => {
    const result = planned(serializeDocument(mine), mine);
    expect(hasChanges(result)).toBe(false);
    expect(result.attempts).toEqual({ added: 0, same: 1 });
  });
});

describe('the last backup after an import', () => {
  const exported = fileOf({ ...JSON.parse(serializeDocument(emptyDocument())), answers: { dedup: { before: text('theirs', T) } }, lastBackupAt: T + 10 });

  it('stays this browser’s own when it holds work of its own: no file holds that work', () => {
    const mine: AnswerDocument = { ...emptyDocument(), answers: { 'why-sft': { before: text('mine, never exported', T - 20 * 86_400_000) } } };
    expect(planned(exported, mine).incoming.lastBackupAt).toBeNull();
  });

  it('comes from the file into a browser with no work of its own: all it holds is in that file', () => {
    expect(planned(exported).incoming.lastBackupAt).toBe(T + 10);
  });
});

describe('a backup taken from one browser and imported into another', () => {
  it('gives back an identical store', async () => {
    const clock = manualClock();
    const original = new AnswerStore(new MemoryStorage(), { key: 'k', now: clock.now });
    original.setAnswer('why-sft', 'before', 'Before: <script>alert(1)</script>');
    clock.advance(60_000);
    original.setAnswer('why-sft', 'after', 'After, with\nlines');
    original.setPick('grpo-vs-dpo', true);
    original.setPick('dedup', false);
    original.setNotes('data', 'A paper');
    original.setCovered('why-sft', ['format', 'behaviour']);
    original.addAttempt('why-sft', { id: 'mif3k2a8-7f3a01', at: clock.now(), answer: 'aloud', seconds: 95, points: ['format'], total: 4, rating: 'hard', due: '2025-11-27' });
    original.setInterview('2026-01-15');
    original.markBackedUp();
    const file = backupJson(original.document, { siteVersion: '0.1.0', exportedAt: new Date(clock.now()) });

    const fresh = new AnswerStore(new MemoryStorage(), { key: 'k', now: clock.now });
    const result = planned(file, fresh.document);
    expect([result.added, result.same]).toEqual([6, 1]); // the unpick shows nothing new here
    expect(result.attempts).toEqual({ added: 1, same: 0 });
    expect(await fresh.merge(result.incoming)).toMatchObject({ ok: true });
    expect(fresh.document).toEqual(original.document);
    // Export again from the browser it went into: the very same file.
    expect(backupJson(fresh.document, { siteVersion: '0.1.0', exportedAt: new Date(clock.now()) })).toBe(file);
  });
});
