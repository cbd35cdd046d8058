/**
 * Calendar days in the learner's time zone, written "2025-11-25". Reviews are scheduled by the
 * day, not the minute: a question due on a day is due from the start of that day until local
 * midnight ends it. Days are compared as strings (they sort like dates) and counted with UTC
 * arithmetic on their parts, so a daylight-saving change never makes a day 23 or 25 hours long.
 * Days in words are in practiceWords.ts.
 */

/** A local calendar day, "YYYY-MM-DD". */
export type Day = string;

const DAY_MS = 24 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The local day a moment (milliseconds since 1970) falls on. */
export function dayOf(ms: number): Day {
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Checks "YYYY-MM-DD" and that it names a real date (no 31 November). */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const utc = (day: Day) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};

export function addDays(day: Day, days: number): Day {
  const date = new Date(utc(day) + days * DAY_MS);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** The earlier of two days. */
export const earlier = (a: Day, b: Day): Day => (a <= b ? a : b);
