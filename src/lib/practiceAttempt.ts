/**
 * One practice attempt at a question, as the answers document stores it (answerDocument.ts
 * documents the whole format): what the learner wrote, how long it took, which key points of the
 * guide they ticked as covered, how they rated it, and when that rating brought the question
 * back. An attempt is written once and never changed; two browsers' attempts merge as a union
 * by id.
 */
import { isDay, type Day } from './calendarDay';

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

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
  /** The day this rating brought the question back for review (local, "YYYY-MM-DD"). */
  due: Day;
}

/** How long an attempt took, in words: "45 s", "4 min 5 s", "12 min". */
export function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (!m) return `${s} s`;
  return s ? `${m} min ${s} s` : `${m} min`;
}

const ATTEMPT_ID = /^[a-z0-9-]{8,64}$/;
const KEYS = ['id', 'at', 'answer', 'seconds', 'points', 'total', 'rating', 'due'];

const count = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The attempt, or what is wrong with it in words (the caller adds where it is). */
export function parseAttempt(value: unknown): Attempt | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'should be an object';
  const a = value as Record<string, unknown>;
  const extra = Object.keys(a).find((key) => !KEYS.includes(key));
  if (extra !== undefined) return `has an unexpected field "${extra}"`;
  if (typeof a.id !== 'string' || !ATTEMPT_ID.test(a.id)) return '.id should be 8 to 64 lowercase letters, digits or hyphens';
  if (typeof a.at !== 'number' || !Number.isFinite(a.at) || a.at < 0) return '.at should be a time in milliseconds';
  if (typeof a.answer !== 'string') return '.answer should be text';
  if (!count(a.seconds)) return '.seconds should be a whole number of seconds';
  if (!Array.isArray(a.points) || !a.points.every((p) => typeof p === 'string' && p.length > 0 && p.length <= 64)) {
    return '.points should be a list of key point keys';
  }
  if (!count(a.total) || (a.total as number) < a.points.length) return '.total should be the number of key points';
  if (!RATINGS.includes(a.rating as Rating)) return `.rating should be one of ${RATINGS.join(', ')}`;
  if (!isDay(a.due)) return '.due should be a day, "YYYY-MM-DD"';
  return {
    id: a.id,
    at: a.at,
    answer: a.answer,
    seconds: a.seconds as number,
    points: [...new Set(a.points as string[])],
    total: a.total as number,
    rating: a.rating as Rating,
    due: a.due,
  };
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

/** A new attempt id: the time, then random letters (crypto.getRandomValues works without HTTPS). */
export function newAttemptId(at: number, random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const hex = [...random(new Uint8Array(6))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${at.toString(36)}-${hex}`;
}
