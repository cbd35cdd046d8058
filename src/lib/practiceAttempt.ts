/**
 * One practice attempt at a question, as the answers document stores it (answerDocument.ts
 * documents the whole format): what the learner wrote, how long it took, which key points of the
 * guide they ticked as covered, how they rated it, and when that rating brought the question
 * back. An attempt is written once and never changed; two browsers' attempts merge as a union
 * by id. (Loaded with every page's answer store: what only a session needs is in practiceSteps.ts.)
 */
import type { Day } from './calendarDay';

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type Rating = (typeof RATINGS)[number];

export interface Attempt {
  /** Unique across browsers (random), so a merge can tell the same attempt from two. */
  id: string;
  /** When it was rated, in milliseconds since 1970. */
  at: number;
  /** The written answer; '' when the learner answered aloud. */
  answer: string;
  /** Time taken to answer, the timer's paused time left out. */
  seconds: number;
  /** Keys of the guide's key points ticked as covered. */
  points: string[];
  /** How many key points the guide had then (guides change; "3 of 5" stays true). */
  total: number;
  rating: Rating;
  /** The day the scheduler brought the question back to (local, "YYYY-MM-DD"), before any interview date brings it forward. */
  due: Day;
}

const ATTEMPT_ID = /^[a-z0-9-]{8,64}$/;

/**
 * A day as the stored format writes it, "YYYY-MM-DD". Only its form is checked here, so the page
 * chunk every page loads need not carry calendarDay.ts; the pages count with calendarDay.ts.
 */
export const isStoredDay = (value: unknown): value is Day => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const count = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Each stored field and its check; a message names the field, and this is what it must be. */
const FIELDS: Record<keyof Attempt, (value: unknown, attempt: Record<string, unknown>) => boolean> = {
  id: (v) => typeof v === 'string' && ATTEMPT_ID.test(v), // 8 to 64 of a-z, 0-9 and -
  at: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, // milliseconds since 1970
  answer: (v) => typeof v === 'string',
  seconds: count, // whole seconds
  points: (v) => Array.isArray(v) && v.every((p) => typeof p === 'string' && p.length > 0 && p.length <= 64) && new Set(v).size === v.length,
  total: (v, a) => count(v) && (v as number) >= ((a.points as unknown[] | undefined)?.length ?? 0), // at least the points covered
  rating: (v) => RATINGS.includes(v as Rating),
  due: isStoredDay,
};

/** The attempt, or what is wrong with it in words (the caller adds where it is). */
export function parseAttempt(value: unknown): Attempt | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'should be an object';
  const a = value as Record<string, unknown>;
  const extra = Object.keys(a).find((key) => !(key in FIELDS));
  if (extra !== undefined) return `has an unexpected field "${extra}"`;
  for (const [key, check] of Object.entries(FIELDS)) if (!check(a[key], a)) return `.${key} is not valid`;
  return a as unknown as Attempt;
}

const byTime = (a: Attempt, b: Attempt) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Attempts in the order they were made. */
export function inOrder(attempts: readonly Attempt[]): Attempt[] {
  return [...attempts].sort(byTime);
}

/** Every attempt of both lists once, in time order; an id in both is one attempt (the first list's copy is kept). */
export function mergeAttempts(base: readonly Attempt[], incoming: readonly Attempt[]): Attempt[] {
  const ids = new Set(base.map((attempt) => attempt.id));
  return inOrder([...base, ...incoming.filter((attempt) => !ids.has(attempt.id))]);
}
