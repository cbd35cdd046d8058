import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANSWERS_FORMAT, ANSWERS_VERSION, emptyDocument, STORED_TEXT_PATTERNS, type AnswerDocument } from '../../src/lib/answerDocument';
import {
  CLOCK_SKEW_MS,
  mergeDocuments,
  migrate,
  parseAnswerDocument,
  serializeDocument,
  settleFutureTimes,
} from '../../src/lib/storedAnswers';
import type { Attempt } from '../../src/lib/practiceAttempt';

const at = (minutes: number) => Date.UTC(2025, 10, 25, 14, minutes);

function documentWith(changes: Partial<AnswerDocument>): AnswerDocument {
  return { ...emptyDocument(), ...changes };
}

const sample = documentWith({
  answers: {
    'grpo-vs-dpo': {
      before: { text: 'GRPO samples a group…', updatedAt: at(1) },
      after: { text: 'GRPO normalises rewards within a group.', updatedAt: at(5) },
    },
  },
  picks: { 'grpo-vs-dpo': { picked: true, updatedAt: at(0) } },
  notes: { 'post-training': { text: 'DeepSeekMath paper, §4', updatedAt: at(2) } },
  covered: { 'grpo-vs-dpo': { points: ['group-baseline', 'no-critic'], updatedAt: at(6) } },
  lastBackupAt: at(3),
});

describe('reading a stored or imported answers document', () => {
  it('gives back exactly what was serialized', () => {
    const result = parseAnswerDocument(JSON.parse(serializeDocument(sample)));
    expect(result).toEqual({ ok: true, document: sample });
  });

  it('accepts a backup file, whose export time and site version are only informational', () => {
    const backup = { ...JSON.parse(serializeDocument(sample)), exportedAt: '2025-11-25T14:10:00.000Z', siteVersion: '0.1.0' };
    expect(parseAnswerDocument(backup)).toEqual({ ok: true, document: sample });
  });

  it('fills in missing maps, so a minimal document still reads', () => {
    const result = parseAnswerDocument({ format: ANSWERS_FORMAT, version: ANSWERS_VERSION });
    expect(result).toEqual({ ok: true, document: emptyDocument() });
  });

  it.each([
    ['not an object', 'hello'],
    ['an array', []],
    ['another format', { format: 'something-else', version: 1 }],
  ])('refuses %s as not an answers document', (_, value) => {
    expect(parseAnswerDocument(value)).toMatchObject({ ok: false, kind: 'shape' });
  });

  it('refuses a missing or nonsensical version', () => {
    for (const version of [0, 1.5, '1', undefined]) {
      expect(parseAnswerDocument({ format: ANSWERS_FORMAT, version }), String(version)).toMatchObject({ ok: false, kind: 'version' });
    }
  });

  it('tells a version from a newer guide apart, as one to leave untouched', () => {
    expect(parseAnswerDocument({ format: ANSWERS_FORMAT, version: ANSWERS_VERSION + 1 })).toEqual({
      ok: false,
      kind: 'newer',
      message: `it was written by a newer version of the guide, in answers format ${ANSWERS_VERSION + 1}, and this one reads up to format ${ANSWERS_VERSION}`,
    });
  });

  it('names the field that has the wrong shape', () => {
    const bad = (answers: unknown) => parseAnswerDocument({ format: ANSWERS_FORMAT, version: 1, answers });
    expect(bad({ q: { before: { text: 42, updatedAt: 1 } } })).toMatchObject({ message: 'answers.q.before.text should be text' });
    expect(bad({ q: { before: { text: 'x', updatedAt: -1 } } })).toMatchObject({ message: expect.stringContaining('updatedAt') });
    expect(bad({ q: { during: { text: 'x', updatedAt: 1 } } })).toMatchObject({ message: 'answers.q has an unexpected field "during"' });
    expect(bad([])).toMatchObject({ message: 'answers should be an object' });
  });

  it('refuses ids that are not the guide’s kind of id, such as __proto__', () => {
    const raw = `{"format":"${ANSWERS_FORMAT}","version":1,"answers":{"__proto__":{"before":{"text":"x","updatedAt":1}}}}`;
    expect(parseAnswerDocument(JSON.parse(raw))).toMatchObject({ ok: false, message: expect.stringContaining('invalid id') });
    expect(Object.prototype).not.toHaveProperty('before');
  });

  it('refuses ticked key points that are not a list of distinct short keys', () => {
    const bad = (points: unknown) => parseAnswerDocument({ format: ANSWERS_FORMAT, version: ANSWERS_VERSION, covered: { q: { points, updatedAt: 1 } } });
    expect(bad('a, b')).toMatchObject({ message: 'covered.q.points should be a list' });
    expect(bad(['a', 3])).toMatchObject({ message: 'covered.q.points[1] should be a key of 1 to 64 characters' });
    expect(bad(['', 'b'])).toMatchObject({ message: 'covered.q.points[0] should be a key of 1 to 64 characters' });
    expect(bad(['x'.repeat(65)])).toMatchObject({ ok: false, kind: 'shape' });
    expect(bad(['a', 'a'])).toMatchObject({ message: 'covered.q.points has "a" twice' });
  });

  it('refuses unexpected top-level fields', () => {
    expect(parseAnswerDocument({ format: ANSWERS_FORMAT, version: 1, extra: true })).toMatchObject({ ok: false, kind: 'shape' });
  });
});

describe('migrating older versions', () => {
  const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

  it('reads a version-1 backup as the current version: everything kept, no key point ticked, nothing practised', () => {
    const v1 = fixture('answers-v1.json');
    const result = parseAnswerDocument(v1);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    const { document } = result as { document: AnswerDocument };
    expect(document).toEqual({
      format: ANSWERS_FORMAT,
      version: ANSWERS_VERSION,
      answers: v1.answers,
      picks: v1.picks,
      notes: v1.notes,
      covered: {},
      attempts: {},
      interview: null,
      lastBackupAt: v1.lastBackupAt,
    });
  });

  it('reads a version-2 document (as a version-2 page stored it) as version 3: ticks kept, nothing practised, no interview date', () => {
    const v2 = fixture('answers-v2.json');
    const result = parseAnswerDocument(v2);
    expect(result).toMatchObject({ ok: true, migratedFrom: 2 });
    const { document } = result as { document: AnswerDocument };
    expect(document).toEqual({ ...v2, version: 3, attempts: {}, interview: null });
    // Stored again, it is the version-2 document plus the two new fields, nothing else changed.
    const stored = JSON.parse(serializeDocument(document));
    expect({ ...stored, attempts: undefined, interview: undefined, version: 2 }).toEqual({ ...v2, attempts: undefined, interview: undefined });
  });

  it('leaves a current document as it is', () => {
    const data = JSON.parse(serializeDocument(sample));
    expect(migrate(data, ANSWERS_VERSION)).toEqual(data);
  });

  it('runs each step in order and stamps the new version', () => {
    const steps = {
      1: (old: Record<string, unknown>) => ({ ...old, renamed: old.notes, notes: undefined }),
      2: (old: Record<string, unknown>) => ({ ...old, steps: ['1→2', '2→3'] }),
    };
    expect(migrate({ version: 1, notes: 'n' }, 1, 3, steps)).toEqual({ version: 3, renamed: 'n', notes: undefined, steps: ['1→2', '2→3'] });
  });

  it('reports a version no step can bring forward', () => {
    expect(migrate({ version: 1 }, 1, 3, { 1: (old) => old })).toBeNull();
  });
});

describe('merging two copies field by field', () => {
  const mine = documentWith({
    answers: { q1: { before: { text: 'mine, older', updatedAt: at(1) }, after: { text: 'mine, newer', updatedAt: at(9) } } },
    picks: { q1: { picked: true, updatedAt: at(5) } },
    notes: { s1: { text: 'my notes', updatedAt: at(1) } },
    covered: { q1: { points: ['a', 'b'], updatedAt: at(2) }, q2: { points: ['c'], updatedAt: at(8) } },
    lastBackupAt: at(2),
  });
  const theirs = documentWith({
    answers: {
      q1: { before: { text: 'theirs, newer', updatedAt: at(4) }, after: { text: 'theirs, older', updatedAt: at(3) } },
      q2: { before: { text: 'only theirs', updatedAt: at(1) } },
    },
    picks: { q1: { picked: false, updatedAt: at(6) } },
    notes: { s1: { text: 'their notes', updatedAt: at(0) } },
    covered: { q1: { points: ['a'], updatedAt: at(7) }, q2: { points: [], updatedAt: at(3) } },
    lastBackupAt: at(1),
  });

  it('keeps the newer value of each field, whichever copy it is in', () => {
    const merged = mergeDocuments(mine, theirs);
    expect(merged.answers.q1).toEqual({ before: theirs.answers.q1!.before, after: mine.answers.q1!.after });
    expect(merged.answers.q2).toEqual(theirs.answers.q2);
    expect(merged.picks.q1).toEqual({ picked: false, updatedAt: at(6) });
    expect(merged.notes.s1).toEqual(mine.notes.s1);
    expect(merged.covered).toEqual({ q1: theirs.covered.q1, q2: mine.covered.q2 });
    expect(merged.lastBackupAt).toBe(at(2));
  });

  it('gives the same result in either order and changes neither input', () => {
    const before = structuredClone([mine, theirs]);
    expect(mergeDocuments(theirs, mine)).toEqual(mergeDocuments(mine, theirs));
    expect([mine, theirs]).toEqual(before);
  });

  it('lets a newer emptied answer win over older text', () => {
    const cleared = documentWith({ answers: { q1: { after: { text: '', updatedAt: at(10) } } } });
    expect(mergeDocuments(mine, cleared).answers.q1?.after?.text).toBe('');
  });
});

describe('practice attempts from two browsers', () => {
  const attempt = (id: string, minutes: number, rating: Attempt['rating'] = 'good'): Attempt => ({
    id,
    at: at(minutes),
    answer: `answer ${id}`,
    seconds: 120,
    points: ['6ctctr'],
    total: 5,
    rating,
    due: '2025-11-28',
  });
  const laptop = documentWith({
    attempts: { 'grpo-vs-dpo': [attempt('laptop-aaaa1', 1), attempt('laptop-aaaa2', 20)], 'dpo-implicit-objective': [attempt('laptop-bbbb1', 2)] },
    interview: { day: '2026-01-15', updatedAt: at(3) },
  });
  const phone = documentWith({
    attempts: { 'grpo-vs-dpo': [attempt('laptop-aaaa1', 1), attempt('phone-cccc01', 10, 'again')], 'sft-help-vs-hurt': [attempt('phone-dddd01', 5)] },
    interview: { day: '2026-01-20', updatedAt: at(8) },
  });

  it('add up: every attempt of either browser once, in the order they were made', () => {
    const merged = mergeDocuments(laptop, phone);
    expect(merged.attempts['grpo-vs-dpo']!.map((a) => a.id)).toEqual(['laptop-aaaa1', 'phone-cccc01', 'laptop-aaaa2']);
    expect(Object.keys(merged.attempts).sort()).toEqual(['dpo-implicit-objective', 'grpo-vs-dpo', 'sft-help-vs-hurt']);
    expect(mergeDocuments(phone, laptop)).toEqual(merged);
    expect(mergeDocuments(merged, phone)).toEqual(merged);
  });

  it('read back oldest first, whatever order a hand-edited file lists them in', () => {
    const parsed = parseAnswerDocument({ format: ANSWERS_FORMAT, version: ANSWERS_VERSION, attempts: { q: [attempt('laptop-later', 20), attempt('laptop-first', 1)] } });
    expect(parsed.ok && parsed.document.attempts.q!.map((a) => a.id)).toEqual(['laptop-first', 'laptop-later']);
  });

  it('keep the answers before and after reading apart from the attempts', () => {
    const answered = documentWith({ answers: { 'grpo-vs-dpo': { before: { text: 'my first answer', updatedAt: at(0) } } } });
    expect(mergeDocuments(answered, phone).answers).toEqual(answered.answers);
  });

  it('take the newer interview date, and a newer clearing', () => {
    expect(mergeDocuments(laptop, phone).interview).toEqual({ day: '2026-01-20', updatedAt: at(8) });
    const cleared = documentWith({ interview: { day: null, updatedAt: at(9) } });
    expect(mergeDocuments(phone, cleared).interview).toEqual({ day: null, updatedAt: at(9) });
  });

  it('read back as written, and are refused with the field named when malformed', () => {
    const merged = mergeDocuments(laptop, phone);
    expect(parseAnswerDocument(JSON.parse(serializeDocument(merged)))).toEqual({ ok: true, document: merged });
    const bad = (attempts: unknown, interview: unknown = null) =>
      parseAnswerDocument({ format: ANSWERS_FORMAT, version: ANSWERS_VERSION, attempts, interview });
    expect(bad({ q: [{ ...attempt('abcdefgh', 1), rating: 'perfect' }] })).toMatchObject({ message: 'attempts.q[0].rating is not valid' });
    expect(bad({ q: [attempt('abcdefgh', 1), attempt('abcdefgh', 2)] })).toMatchObject({ message: 'attempts.q has attempt "abcdefgh" twice' });
    expect(bad({ q: 'x' })).toMatchObject({ message: 'attempts.q should be a list' });
    expect(bad({}, { day: '15 January', updatedAt: 1 })).toMatchObject({ message: expect.stringContaining('interview.day') });
  });

  it('settles an attempt time from a clock far ahead, so it cannot stay the latest for good', () => {
    const ahead = documentWith({ attempts: { q: [{ ...attempt('abcdefgh', 0), at: Date.UTC(2100, 0, 1) }] } });
    const { document, moved } = settleFutureTimes(ahead, at(30));
    expect(document.attempts.q![0]!.at).toBe(at(30));
    expect(moved).toBe(1);
  });
});

describe('times ahead of this device’s clock', () => {
  const now = at(30);
  const farAhead = Date.UTC(2100, 0, 1);

  it('reads a time more than a day ahead as now, and counts it', () => {
    const ahead = documentWith({
      answers: { q1: { before: { text: 'from a clock set to 2100', updatedAt: farAhead }, after: { text: 'fine', updatedAt: at(1) } } },
      picks: { q1: { picked: true, updatedAt: 1e300 } },
    });
    const { document, moved } = settleFutureTimes(ahead, now);
    expect(document.answers.q1).toEqual({ before: { text: 'from a clock set to 2100', updatedAt: now }, after: { text: 'fine', updatedAt: at(1) } });
    expect(document.picks.q1).toEqual({ picked: true, updatedAt: now });
    expect(moved).toBe(2);
  });

  it('believes a time up to a day ahead, as two devices’ clocks differ', () => {
    const ahead = documentWith({ notes: { s1: { text: 'from a fast clock', updatedAt: now + CLOCK_SKEW_MS } } });
    expect(settleFutureTimes(ahead, now)).toEqual({ document: ahead, moved: 0 });
  });

  it('drops a last backup time more than a day ahead, as no backup time is known then', () => {
    expect(settleFutureTimes(documentWith({ lastBackupAt: farAhead }), now)).toEqual({ document: emptyDocument(), moved: 1 });
  });
});

describe('what a head script tells from the stored text (STORED_TEXT_PATTERNS)', () => {
  const work = new RegExp(STORED_TEXT_PATTERNS.work);
  const practice = new RegExp(STORED_TEXT_PATTERNS.practice);
  const stored = (changes: Partial<AnswerDocument>) => serializeDocument({ ...emptyDocument(), ...changes });
  const attempt: Attempt = { id: 'mif3k2a8-7f3a01c2b9d4', at: at(0), answer: '', seconds: 60, points: [], total: 4, rating: 'good', due: '2025-11-28' };

  it('sees work in an answer or a note with text, or a pick', () => {
    expect(work.test(stored({ answers: { q: { before: { text: 'x', updatedAt: at(0) } } } }))).toBe(true);
    expect(work.test(stored({ notes: { s: { text: 'x', updatedAt: at(0) } } }))).toBe(true);
    expect(work.test(stored({ picks: { q: { picked: true, updatedAt: at(0) } } }))).toBe(true);
  });

  it('sees no work in an empty document, emptied answers or unpicked questions', () => {
    expect(work.test(stored({}))).toBe(false);
    expect(work.test(stored({ answers: { q: { before: { text: '', updatedAt: at(0) } } }, picks: { q: { picked: false, updatedAt: at(0) } } }))).toBe(false);
  });

  it('sees practice only where a question has attempts', () => {
    expect(practice.test(stored({ attempts: { q: [attempt] } }))).toBe(true);
    expect(practice.test(stored({}))).toBe(false);
  });
});
