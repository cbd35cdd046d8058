/**
 * The answers document (its format is described in answerDocument.ts) as it is stored and
 * exchanged: validating and migrating a stored value or a backup file, serializing what is
 * written, merging two copies field by field, and reading times from a clock set ahead as now.
 * It loads with the answer store, never in a page's first script.
 *
 * Validation is written by hand rather than with zod, which alone would exceed the script
 * budget of a page that saves (npm run bench).
 */
import {
  ANSWER_FIELDS,
  ANSWERS_FORMAT,
  ANSWERS_VERSION,
  emptyDocument,
  type AnswerDocument,
  type CoveredEntry,
  type InterviewEntry,
  type PickEntry,
  type QuestionAnswers,
  type TextEntry,
} from './answerDocument';
import { inOrder, isStoredDay, mergeAttempts, parseAttempt, type Attempt } from './practiceAttempt';

export type ParseResult =
  | { ok: true; document: AnswerDocument; migratedFrom?: number }
  /** 'newer': written by a newer version of the guide, which a page must leave untouched. */
  | { ok: false; kind: 'shape' | 'version' | 'newer'; message: string };

type Json = Record<string, unknown>;
export type Migrations = Readonly<Record<number, (old: Json) => Json>>;

/** Version v → v + 1. */
export const MIGRATIONS: Migrations = {
  1: (old) => ({ ...old, covered: {} }),
  2: (old) => ({ ...old, attempts: {}, interview: null }),
};

/**
 * Runs the migrations from `from` up to `to`, in order. Returns null when a step is missing
 * (a version that can no longer be read).
 */
export function migrate(data: Json, from: number, to = ANSWERS_VERSION, migrations = MIGRATIONS): Json | null {
  let out = data;
  for (let v = from; v < to; v++) {
    const step = migrations[v];
    if (!step) return null;
    out = { ...step(out), version: v + 1 };
  }
  return out;
}

/** Ids and slugs in this guide are kebab-case; anything else (e.g. "__proto__") is not ours. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 100;

class ShapeError extends Error {}

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function record(value: unknown, path: string): Json {
  if (!isRecord(value)) throw new ShapeError(`${path} should be an object`);
  return value;
}

function onlyKeys(value: Json, allowed: readonly string[], path: string): void {
  const extra = Object.keys(value).find((key) => !allowed.includes(key));
  if (extra !== undefined) throw new ShapeError(`${path} has an unexpected field "${extra}"`);
}

function time(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ShapeError(`${path} should be a time in milliseconds`);
  }
  return value;
}

function textEntry(value: unknown, path: string): TextEntry {
  const entry = record(value, path);
  onlyKeys(entry, ['text', 'updatedAt'], path);
  if (typeof entry.text !== 'string') throw new ShapeError(`${path}.text should be text`);
  return { text: entry.text, updatedAt: time(entry.updatedAt, `${path}.updatedAt`) };
}

const MAX_POINT_KEY_LENGTH = 64;

/** A key point's key as the document accepts it. */
export function isPointKey(key: string): boolean {
  return key.length > 0 && key.length <= MAX_POINT_KEY_LENGTH;
}

function coveredEntry(value: unknown, path: string): CoveredEntry {
  const entry = record(value, path);
  onlyKeys(entry, ['points', 'updatedAt'], path);
  const points = entry.points;
  if (!Array.isArray(points)) throw new ShapeError(`${path}.points should be a list`);
  points.forEach((point: unknown, index) => {
    if (typeof point !== 'string' || !isPointKey(point)) {
      throw new ShapeError(`${path}.points[${index}] should be a key of 1 to ${MAX_POINT_KEY_LENGTH} characters`);
    }
    if (points.indexOf(point) !== index) throw new ShapeError(`${path}.points has "${point}" twice`);
  });
  return { points: [...(points as string[])], updatedAt: time(entry.updatedAt, `${path}.updatedAt`) };
}

function attemptList(value: unknown, path: string): Attempt[] {
  if (!Array.isArray(value)) throw new ShapeError(`${path} should be a list`);
  const ids = new Set<string>();
  // Kept oldest first whatever order a hand-edited file has: pages list them in that order.
  return inOrder(value.map((item: unknown, index) => {
    const attempt = parseAttempt(item);
    if (typeof attempt === 'string') throw new ShapeError(`${path}[${index}]${attempt.startsWith('.') ? '' : ' '}${attempt}`);
    if (ids.has(attempt.id)) throw new ShapeError(`${path} has attempt "${attempt.id}" twice`);
    ids.add(attempt.id);
    return attempt;
  }));
}

function interviewEntry(value: unknown, path: string): InterviewEntry | null {
  if (value === null) return null;
  const entry = record(value, path);
  onlyKeys(entry, ['day', 'updatedAt'], path);
  if (entry.day !== null && !isStoredDay(entry.day)) throw new ShapeError(`${path}.day should be a day, "YYYY-MM-DD", or null`);
  return { day: entry.day, updatedAt: time(entry.updatedAt, `${path}.updatedAt`) };
}

function pickEntry(value: unknown, path: string): PickEntry {
  const entry = record(value, path);
  onlyKeys(entry, ['picked', 'updatedAt'], path);
  if (typeof entry.picked !== 'boolean') throw new ShapeError(`${path}.picked should be true or false`);
  return { picked: entry.picked, updatedAt: time(entry.updatedAt, `${path}.updatedAt`) };
}

/** Copies a keyed map, checking every key is an id and every value has the entry's shape. */
function keyed<T>(value: unknown, path: string, entry: (value: unknown, path: string) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, item] of Object.entries(record(value, path))) {
    if (key.length > MAX_ID_LENGTH || !ID.test(key)) throw new ShapeError(`${path} has an invalid id "${key.slice(0, 60)}"`);
    out[key] = entry(item, `${path}.${key}`);
  }
  return out;
}

function questionAnswers(value: unknown, path: string): QuestionAnswers {
  const entry = record(value, path);
  onlyKeys(entry, ANSWER_FIELDS, path);
  const out: QuestionAnswers = {};
  for (const field of ANSWER_FIELDS) {
    if (entry[field] !== undefined) out[field] = textEntry(entry[field], `${path}.${field}`);
  }
  return out;
}

/**
 * Validates a parsed JSON value as an answers document (a stored one or a backup file),
 * migrating older versions. Never throws.
 */
export function parseAnswerDocument(value: unknown): ParseResult {
  if (!isRecord(value) || value.format !== ANSWERS_FORMAT) {
    return { ok: false, kind: 'shape', message: 'it is not an answers file from this guide' };
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, kind: 'version', message: 'its format version is missing or not a whole number' };
  }
  if (version > ANSWERS_VERSION) {
    return {
      ok: false,
      kind: 'newer',
      message: `it was written by a newer version of the guide, in answers format ${version}, and this one reads up to format ${ANSWERS_VERSION}`,
    };
  }
  const data = migrate(value, version);
  if (!data) return { ok: false, kind: 'version', message: `format ${version} can no longer be read` };
  try {
    onlyKeys(
      data,
      ['format', 'version', 'answers', 'picks', 'notes', 'covered', 'attempts', 'interview', 'lastBackupAt', 'exportedAt', 'siteVersion'],
      'the file',
    );
    const lastBackupAt = data.lastBackupAt ?? null;
    const document: AnswerDocument = {
      format: ANSWERS_FORMAT,
      version: ANSWERS_VERSION,
      answers: keyed(data.answers ?? {}, 'answers', questionAnswers),
      picks: keyed(data.picks ?? {}, 'picks', pickEntry),
      notes: keyed(data.notes ?? {}, 'notes', textEntry),
      covered: keyed(data.covered ?? {}, 'covered', coveredEntry),
      attempts: keyed(data.attempts ?? {}, 'attempts', attemptList),
      interview: interviewEntry(data.interview ?? null, 'interview'),
      lastBackupAt: lastBackupAt === null ? null : time(lastBackupAt, 'lastBackupAt'),
    };
    return version === ANSWERS_VERSION ? { ok: true, document } : { ok: true, document, migratedFrom: version };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, kind: 'shape', message: error.message };
    throw error;
  }
}

/** The document as stored: fields in a stable order, no whitespace. */
export function serializeDocument(document: AnswerDocument): string {
  const { format, version, answers, picks, notes, covered, attempts, interview, lastBackupAt } = document;
  return JSON.stringify({ format, version, answers, picks, notes, covered, attempts, interview, lastBackupAt });
}

/**
 * How far ahead of this device's clock a time may be and still be believed. Two devices' clocks
 * differ by seconds or minutes; a day covers a time zone set wrong. Further ahead is a clock set
 * wrong or an edited file, and such a stamp would beat every real edit (at 1e300, adding a
 * millisecond no longer even changes it).
 */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * The document with every time more than CLOCK_SKEW_MS ahead of `now` read as `now` (an attempt's
 * time too, or it would stay the latest attempt for good), and a last backup that far ahead
 * dropped (no backup time is known then, so the reminder can speak); `moved` counts the times
 * changed. The input is not changed.
 */
export function settleFutureTimes(document: AnswerDocument, now: number): { document: AnswerDocument; moved: number } {
  const limit = now + CLOCK_SKEW_MS;
  let moved = 0;
  const settle = <T extends { updatedAt: number }>(entry: T): T => {
    if (entry.updatedAt <= limit) return entry;
    moved++;
    return { ...entry, updatedAt: now };
  };
  const each = <T>(map: Record<string, T>, change: (value: T) => T): Record<string, T> =>
    Object.fromEntries(Object.entries(map).map(([key, value]) => [key, change(value)]));
  const answers = each(document.answers, (question) => {
    const out: QuestionAnswers = {};
    for (const field of ANSWER_FIELDS) {
      const entry = question[field];
      if (entry) out[field] = settle(entry);
    }
    return out;
  });
  const attempts = each(document.attempts, (list) =>
    list.map((attempt) => {
      if (attempt.at <= limit) return attempt;
      moved++;
      return { ...attempt, at: now };
    }),
  );
  const backupAhead = document.lastBackupAt !== null && document.lastBackupAt > limit;
  if (backupAhead) moved++;
  return {
    document: {
      ...document,
      answers,
      picks: each(document.picks, settle),
      notes: each(document.notes, settle),
      covered: each(document.covered, settle),
      attempts,
      interview: document.interview && settle(document.interview),
      lastBackupAt: backupAhead ? null : document.lastBackupAt,
    },
    moved,
  };
}

/** `incoming` wins a field when it is at least as new: a tie means the same edit seen twice. */
function newer<T extends { updatedAt: number }>(base: T | undefined, incoming: T | undefined): T | undefined {
  if (!incoming) return base;
  if (!base) return incoming;
  return incoming.updatedAt >= base.updatedAt ? incoming : base;
}

function mergeKeyed<T extends { updatedAt: number }>(
  base: Record<string, T>,
  incoming: Record<string, T>,
): Record<string, T> {
  const out = { ...base };
  for (const [key, entry] of Object.entries(incoming)) out[key] = newer(base[key], entry)!;
  return out;
}

/** Field by field, the newer value wins; practice attempts add up (a union by id). Neither input is changed. */
export function mergeDocuments(base: AnswerDocument, incoming: AnswerDocument): AnswerDocument {
  const answers = { ...base.answers };
  for (const [id, theirs] of Object.entries(incoming.answers)) {
    const ours = base.answers[id] ?? {};
    const merged: QuestionAnswers = {};
    for (const field of ANSWER_FIELDS) {
      const entry = newer(ours[field], theirs[field]);
      if (entry) merged[field] = entry;
    }
    answers[id] = merged;
  }
  const attempts = { ...base.attempts };
  for (const [id, theirs] of Object.entries(incoming.attempts)) attempts[id] = mergeAttempts(base.attempts[id] ?? [], theirs);
  const backups = [base.lastBackupAt, incoming.lastBackupAt].filter((t): t is number => t !== null);
  return {
    ...emptyDocument(),
    answers,
    picks: mergeKeyed(base.picks, incoming.picks),
    notes: mergeKeyed(base.notes, incoming.notes),
    covered: mergeKeyed(base.covered, incoming.covered),
    attempts,
    interview: newer(base.interview ?? undefined, incoming.interview ?? undefined) ?? null,
    lastBackupAt: backups.length ? Math.max(...backups) : null,
  };
}
