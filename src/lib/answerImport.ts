/**
 * Import, planned before anything changes: the whole file is validated, then compared with the
 * learner's answers field by field (an answer, a pick, a note, a set of ticks or the interview date
 * is one entry) and attempt by attempt (practice attempts add up: the ones this browser lacks are
 * new), so the page can say what will happen before the learner confirms.
 */
import { parseAnswerDocument, settleFutureTimes } from './storedAnswers';
import {
  ANSWER_FIELDS,
  emptyDocument,
  type AnswerDocument,
  type CoveredEntry,
  type InterviewEntry,
  type PickEntry,
  type TextEntry,
} from './answerDocument';
import type { KnownIds } from './guideOutline';
import { workTimes } from './answerProgress';
import { plural } from './words';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportRefusal {
  ok: false;
  reason: 'too-big' | 'not-json' | 'shape' | 'version';
  message: string;
}

export interface ImportPlan {
  ok: true;
  /** The entries to merge: new ones and ones newer than the learner's. An entry is an answer, a pick, a reading note, a question's ticked key points or the interview date. */
  incoming: AnswerDocument;
  added: number;
  newer: number;
  /** Entries older than (or as old as, but different from) the learner's: skipped. */
  older: number;
  /** Entries identical to the learner's. */
  same: number;
  /** Practice attempts in the file: ones this browser lacks (merged), and ones it has. */
  attempts: { added: number; same: number };
  /** Times in the file more than a day ahead of this device's clock, read as now (answerDocument.ts). */
  future: number;
  /** Entries for questions or sections this guide does not have: kept aside, not merged. */
  unknown: { questions: string[]; sections: string[]; document: AnswerDocument };
}

const refuse = (reason: ImportRefusal['reason'], message: string): ImportRefusal => ({ ok: false, reason, message });

/** 'empty': an empty entry where this browser has none; merged (a backup round-trips whole) but not counted as new. */
type Verdict = 'added' | 'newer' | 'older' | 'same' | 'empty';

type Stamped = { updatedAt: number };

/** How entries of one kind compare: the same value, and an empty one (cleared text, an unpick). */
interface EntryKind<T> {
  same(a: T, b: T): boolean;
  blank(entry: T): boolean;
}

function compare<T extends Stamped>(mine: T | undefined, theirs: T, kind: EntryKind<T>): Verdict {
  if (!mine) return kind.blank(theirs) ? 'empty' : 'added';
  if (kind.same(mine, theirs)) return 'same';
  return theirs.updatedAt > mine.updatedAt ? 'newer' : 'older';
}

const TEXT: EntryKind<TextEntry> = { same: (a, b) => a.text === b.text, blank: (entry) => entry.text.trim() === '' };
const PICK: EntryKind<PickEntry> = { same: (a, b) => a.picked === b.picked, blank: (entry) => !entry.picked };
const POINTS: EntryKind<CoveredEntry> = {
  same: (a, b) => a.points.length === b.points.length && a.points.every((p) => b.points.includes(p)),
  blank: (entry) => entry.points.length === 0,
};
const DAY: EntryKind<InterviewEntry> = { same: (a, b) => a.day === b.day, blank: (entry) => entry.day === null };

/**
 * Validates an import file's text (`bytes` is the file's size) and plans its merge into
 * `current`, at time `now`. Nothing is changed here.
 */
export function planImport(
  text: string,
  bytes: number,
  current: AnswerDocument,
  known: KnownIds,
  now = Date.now(),
): ImportPlan | ImportRefusal {
  if (bytes > MAX_IMPORT_BYTES) {
    return refuse('too-big', `This file is ${(bytes / 1024 / 1024).toFixed(1)} MB; an answers backup is at most 5 MB. Nothing was imported.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('not-json', 'This file is not JSON, so it is not an answers backup (Export JSON makes one). Nothing was imported.');
  }
  const parsed = parseAnswerDocument(json);
  if (!parsed.ok) {
    if (parsed.kind === 'newer') {
      return refuse('version', `This file cannot be imported yet: ${parsed.message}. Reload the guide to update it, then import the file again. Nothing was imported.`);
    }
    const what = parsed.kind === 'version' ? 'its format version is not one this guide reads' : 'it does not have the shape of an answers backup';
    return refuse(parsed.kind, `This file cannot be imported: ${what} (${parsed.message}). Nothing was imported.`);
  }
  const { document: file, moved: future } = settleFutureTimes(parsed.document, now);

  const plan: ImportPlan = {
    ok: true,
    incoming: emptyDocument(),
    added: 0,
    newer: 0,
    older: 0,
    same: 0,
    attempts: { added: 0, same: 0 },
    future,
    unknown: { questions: [], sections: [], document: emptyDocument() },
  };
  const count = (verdict: Verdict) => {
    plan[verdict === 'empty' ? 'same' : verdict]++; // nothing to see: as good as already here
    return verdict === 'added' || verdict === 'newer' || verdict === 'empty';
  };
  const unknownQuestion = (id: string) => {
    if (!plan.unknown.questions.includes(id)) plan.unknown.questions.push(id);
  };

  for (const [id, answers] of Object.entries(file.answers)) {
    if (!known.questions.has(id)) {
      unknownQuestion(id);
      plan.unknown.document.answers[id] = answers;
      continue;
    }
    for (const field of ANSWER_FIELDS) {
      const theirs = answers[field];
      if (theirs && count(compare(current.answers[id]?.[field], theirs, TEXT))) {
        plan.incoming.answers[id] = { ...plan.incoming.answers[id], [field]: theirs };
      }
    }
  }
  /** One keyed map of the file: entries for known keys are compared and counted, the others set aside. */
  const planEntries = <T extends Stamped>(
    theirs: Record<string, T>,
    mine: Record<string, T>,
    kind: EntryKind<T>,
    into: { incoming: Record<string, T>; aside: Record<string, T> },
    isKnown: (key: string) => boolean,
    unknown: (key: string) => void,
  ) => {
    for (const [key, entry] of Object.entries(theirs)) {
      if (!isKnown(key)) {
        unknown(key);
        into.aside[key] = entry;
      } else if (count(compare(mine[key], entry, kind))) into.incoming[key] = entry;
    }
  };
  const isQuestion = (id: string) => known.questions.has(id);
  const { incoming, unknown } = plan;
  planEntries(file.picks, current.picks, PICK, { incoming: incoming.picks, aside: unknown.document.picks }, isQuestion, unknownQuestion);
  planEntries(file.covered, current.covered, POINTS, { incoming: incoming.covered, aside: unknown.document.covered }, isQuestion, unknownQuestion);
  planEntries(
    file.notes,
    current.notes,
    TEXT,
    { incoming: incoming.notes, aside: unknown.document.notes },
    (slug) => known.sections.has(slug),
    (slug) => unknown.sections.push(slug),
  );
  for (const [id, attempts] of Object.entries(file.attempts)) {
    if (!isQuestion(id)) {
      unknownQuestion(id);
      unknown.document.attempts[id] = attempts;
      continue;
    }
    const mine = new Set((current.attempts[id] ?? []).map((attempt) => attempt.id));
    const added = attempts.filter((attempt) => !mine.has(attempt.id));
    plan.attempts.added += added.length;
    plan.attempts.same += attempts.length - added.length;
    if (added.length) incoming.attempts[id] = added;
  }
  if (file.interview && count(compare(current.interview ?? undefined, file.interview, DAY))) incoming.interview = file.interview;
  // The file's last backup covers only what was in that browser. Work this one holds is in no
  // backup yet, so its own date stays (a merge keeps the later one).
  if (!workTimes(current).length) plan.incoming.lastBackupAt = file.lastBackupAt;
  return plan;
}

/** "3 new, 1 newer than yours, 2 older than yours (skipped)" */
export function describePlan(plan: ImportPlan): string {
  const parts = [`${plan.added} new`, `${plan.newer} newer than yours`, `${plan.older} older than yours (skipped)`];
  if (plan.same) parts.push(`${plan.same} already here`);
  const future = plan.future
    ? ` ${plural(plan.future, 'date')} in the file ${plan.future === 1 ? 'is' : 'are'} more than a day in the future (a clock set wrong?), so ${plan.future === 1 ? 'it counts' : 'they count'} as now.`
    : '';
  const { attempts } = plan;
  const practice =
    attempts.added + attempts.same
      ? ` Practice attempts: ${attempts.added} new${attempts.same ? `, ${attempts.same} already here` : ''}.`
      : '';
  return `${parts.join(', ')}. Counted per answer, pick, reading note, set of key points ticked and interview date.${practice}${future}`;
}

/** The warning about entries the guide has no question or section for, or '' when there are none. */
export function describeUnknown(plan: ImportPlan): string {
  const { questions, sections } = plan.unknown;
  if (!questions.length && !sections.length) return '';
  const names = [
    questions.length ? `${plural(questions.length, 'question id')} (${questions.join(', ')})` : '',
    sections.length ? `${plural(sections.length, 'section')} (${sections.join(', ')})` : '',
  ].filter(Boolean);
  const what = hasChanges(plan)
    ? 'They will not be merged into your answers: importing keeps a copy of them aside in this browser (listed under “Copies set aside”), and your file still has them.'
    : 'Nothing is imported now, so no copy of them is set aside this time; your file still has them.';
  return `This file has entries for ${names.join(' and ')} that this guide does not have. ${what}`;
}

export function hasChanges(plan: ImportPlan): boolean {
  return plan.added + plan.newer + plan.attempts.added > 0;
}
