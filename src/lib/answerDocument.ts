/**
 * The learner's work, as one versioned JSON document: answers, picks, reading notes, the key
 * points of each question's answer guide the learner has ticked as covered, practice attempts and
 * the interview date.
 *
 * The answer store keeps it in localStorage (see answerStore.ts); Export JSON writes it to a
 * file, and Import reads such a file back. The stored JSON, version 3:
 *
 *   {
 *     "format": "training-roles-guide/answers",
 *     "version": 3,
 *     "answers": {                                     // keyed by permanent question id
 *       "grpo-vs-dpo": {
 *         "before": { "text": "…", "updatedAt": 1764072000000 },   // each field optional
 *         "after":  { "text": "…", "updatedAt": 1764075600000 }
 *       }
 *     },
 *     "picks": { "grpo-vs-dpo": { "picked": true, "updatedAt": 1764072000000 } },
 *     "notes": { "post-training": { "text": "…", "updatedAt": 1764072000000 } },  // by section slug
 *     "covered": {                                     // "I covered this", by question id
 *       "grpo-vs-dpo": { "points": ["group-baseline", "no-critic"], "updatedAt": 1764072000000 }
 *     },
 *     "attempts": {                                    // practice attempts, by question id, oldest first
 *       "grpo-vs-dpo": [
 *         { "id": "mif3k2a8-7f3a01c2b9d4",             // unique across browsers (random)
 *           "at": 1764079200000,                       // when it was rated
 *           "answer": "…",                             // '' when answered aloud
 *           "seconds": 184,                            // time taken, pauses left out
 *           "points": ["group-baseline"], "total": 4,  // key points covered, of how many
 *           "rating": "good",                          // again | hard | good | easy
 *           "due": "2025-11-28" }                      // the local day the scheduler brought it back to
 *       ]
 *     },
 *     "interview": { "day": "2026-01-15", "updatedAt": 1764072000000 },  // or null; "day": null once cleared
 *     "lastBackupAt": 1764072000000                    // the last Export JSON, or null
 *   }
 *
 * Point keys are opaque to the document: short strings (1–64 characters, no repeats) that the
 * page supplies for the key points of a question's guide. A question's ticks are one field: the
 * whole list carries one updatedAt, and merges like an answer.
 *
 * Practice (practiceAttempt.ts has an attempt's shape and checks):
 * - An attempt is written once and never changed, and never touches the answers before and after
 *   reading. Attempts merge as a union by id: two browsers' practice adds up.
 * - What is stored and what is recomputed: each attempt stores the day the scheduler brought the
 *   question back to ("due"), so every page reads the next review without the scheduler: it is
 *   the latest attempt's "due", brought before the interview when one is set (reviewDates.ts).
 *   "due" is the scheduler's day, not one already brought forward, so clearing or moving the
 *   interview date gives the usual schedule back (attempts stored before 2026-11 may hold a day
 *   already brought forward; they read the same way). The scheduler's memory state (FSRS
 *   stability and difficulty) is not stored: the practice page recomputes it by replaying a question's attempts in time order
 *   (reviewScheduler.ts), so attempts merged from another browser count at the next rating.
 * - The interview date is one field like a pick: its updatedAt merges it, and clearing it keeps
 *   the field with "day": null, so the clearing wins over an older date.
 *
 * A backup file (Export JSON) is the same document plus "exportedAt" (ISO 8601) and
 * "siteVersion" (the guide's package version); both are informational and ignored on import.
 *
 * Rules the shape exists for:
 * - Every field has its own updatedAt (milliseconds since 1970), so two copies (two tabs, or a
 *   backup and this browser) merge field by field and the newer value wins. An emptied answer or
 *   an unpicked question stays as a field with its time, so the clearing wins over older text.
 * - A time more than CLOCK_SKEW_MS (one day) ahead of the reading device's clock is not believed:
 *   it is read as "now" when the store loads a document and when a file is imported (the store
 *   then saves the settled time), and a last backup that far ahead is dropped. Otherwise one
 *   stamp from a clock set years ahead would win every merge for good.
 * - Ids are the syllabus' permanent ids. Entries for ids the guide no longer has are kept and
 *   exported, never dropped.
 *
 * Migrations: MIGRATIONS[v] (storedAnswers.ts) turns a version-v document into version v + 1,
 * and parsing runs them in order up to ANSWERS_VERSION. When the shape changes: bump
 * ANSWERS_VERSION, add MIGRATIONS[old version], and describe the change here.
 * - 1 → 2: "covered" added; a version-1 document has ticked nothing, so it gains "covered": {}.
 * - 2 → 3: "attempts" and "interview" added; an older document has practised nothing and set no
 *   date, so it gains "attempts": {} and "interview": null. Everything else is kept as it was.
 *
 * A document of a version newer than ANSWERS_VERSION is refused with kind 'newer': a page must
 * never modify, move or delete it (answerStore.ts), since a newer tab of the guide wrote it. So a
 * page still open on version 2 leaves a version-3 document alone and asks for a reload.
 *
 * This module is the shape and reading one value of it, light enough for every page's first
 * script. Validating, migrating, serializing and merging a document are in storedAnswers.ts,
 * which loads with the answer store (scripts/answerAccess.ts).
 */


import type { Day } from './calendarDay';
import type { Attempt } from './practiceAttempt';

export const ANSWERS_FORMAT = 'training-roles-guide/answers';
export const ANSWERS_VERSION = 3;

export type AnswerField = 'before' | 'after';
export const ANSWER_FIELDS: readonly AnswerField[] = ['before', 'after'];

export interface TextEntry {
  text: string;
  updatedAt: number;
}
export interface PickEntry {
  picked: boolean;
  updatedAt: number;
}
export interface CoveredEntry {
  /** Keys of the guide's key points ticked "I covered this". */
  points: string[];
  updatedAt: number;
}
export interface QuestionAnswers {
  before?: TextEntry;
  after?: TextEntry;
}
export interface InterviewEntry {
  /** The interview's local day, or null once the learner cleared it. */
  day: Day | null;
  updatedAt: number;
}

export interface AnswerDocument {
  format: typeof ANSWERS_FORMAT;
  version: typeof ANSWERS_VERSION;
  answers: Record<string, QuestionAnswers>;
  picks: Record<string, PickEntry>;
  notes: Record<string, TextEntry>;
  covered: Record<string, CoveredEntry>;
  /** Practice attempts by question id, oldest first. */
  attempts: Record<string, Attempt[]>;
  interview: InterviewEntry | null;
  lastBackupAt: number | null;
}

export function emptyDocument(): AnswerDocument {
  return {
    format: ANSWERS_FORMAT,
    version: ANSWERS_VERSION,
    answers: {},
    picks: {},
    notes: {},
    covered: {},
    attempts: {},
    interview: null,
    lastBackupAt: null,
  };
}

/** The text of one answer, '' when there is none. */
export function answerText(document: AnswerDocument, id: string, field: AnswerField): string {
  return document.answers[id]?.[field]?.text ?? '';
}

export function isPicked(document: AnswerDocument, id: string): boolean {
  return document.picks[id]?.picked ?? false;
}

export function notesText(document: AnswerDocument, slug: string): string {
  return document.notes[slug]?.text ?? '';
}

/** The keys of the key points ticked as covered for a question, [] when none. */
export function coveredPoints(document: AnswerDocument, id: string): readonly string[] {
  return document.covered[id]?.points ?? [];
}

/** A question's practice attempts, oldest first; [] when never practised. */
export function attemptsOf(document: AnswerDocument, id: string): readonly Attempt[] {
  return document.attempts[id] ?? [];
}

/** The interview's day, or null when none is set. */
export function interviewDay(document: AnswerDocument): Day | null {
  return document.interview?.day ?? null;
}

/**
 * What a page's head script tells from the stored text before any module loads, to draw a
 * returning learner's frames in the first paint (BaseLayout.astro). Patterns over the stored JSON
 * (serializeDocument writes it without whitespace), as strings for the inline script:
 * - work: some answer or note has text, or some question is picked;
 * - practice: some question has practice attempts.
 */
export const STORED_TEXT_PATTERNS = {
  work: '"text":"[^"]|"picked":true',
  practice: '"attempts":\\{"',
} as const;
