/**
 * Within a practice session, as plain data: the keys, the rating the share of key points covered
 * suggests, the words on the timer, and the summary at the end.
 */
import type { Day } from './calendarDay';
import { RATINGS, type Rating } from './practiceAttempt';
import { isTextField, type FocusedElement, type KeyPress } from './searchShortcut';

/** A new attempt id: the time, then random letters (crypto.getRandomValues works without HTTPS). */
export function newAttemptId(at: number, random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const hex = [...random(new Uint8Array(6))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${at.toString(36)}-${hex}`;
}

/**
 * The rating the share of key points covered suggests: all of them Easy, at least 60% Good,
 * at least 30% Hard, fewer Again. A suggestion only: the learner confirms one.
 */
export function suggestRating(covered: number, total: number): Rating {
  if (total === 0) return 'good';
  const share = covered / total;
  return share >= 1 ? 'easy' : share >= 0.6 ? 'good' : share >= 0.3 ? 'hard' : 'again';
}

/** One question of a finished session. */
export interface SessionResult {
  id: string;
  seconds: number;
  covered: number;
  total: number;
  rating: Rating;
  due: Day;
}

export interface SessionSummary {
  questions: number;
  covered: number;
  total: number;
  ratings: Record<Rating, number>;
  seconds: number;
  /** When the session's questions come back, soonest first. */
  comingBack: { day: Day; ids: string[] }[];
  /** Rated Again: "Practise the misses again". */
  misses: string[];
}

export function summarize(results: readonly SessionResult[]): SessionSummary {
  const ratings = Object.fromEntries(RATINGS.map((r) => [r, 0])) as Record<Rating, number>;
  const days = new Map<Day, string[]>();
  let covered = 0;
  let total = 0;
  let seconds = 0;
  for (const result of results) {
    ratings[result.rating]++;
    covered += result.covered;
    total += result.total;
    seconds += result.seconds;
    days.set(result.due, [...(days.get(result.due) ?? []), result.id]);
  }
  const comingBack = [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, ids]) => ({ day, ids }));
  return { questions: results.length, covered, total, ratings, seconds, comingBack, misses: results.filter((r) => r.rating === 'again').map((r) => r.id) };
}

/** "4:05" on the timer; "-0:12" once past the limit. */
export function clock(seconds: number): string {
  const s = Math.abs(seconds);
  return `${seconds < 0 ? '−' : ''}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Elements whose own Space and Enter must keep working (a button, a checkbox, a link). */
const CONTROLS = new Set(['a', 'button', 'input', 'select', 'summary', 'textarea']);

export type SessionKey = { action: 'show-guide' } | { action: 'rate'; rating: Rating } | null;

/**
 * What a key does on a session's question: before the guide, Space or Enter shows it (unless a
 * control has focus: then they are that control's), and Ctrl+Enter (⌘Enter) does from the answer
 * box; with the guide shown, 1 to 4 rate, unless the learner is typing.
 */
export function sessionKey(press: KeyPress, focused: FocusedElement | null | undefined, guideShown: boolean): SessionKey {
  if (press.isComposing || press.altKey) return null;
  const modified = press.ctrlKey || press.metaKey;
  const typing = isTextField(focused) && !focused?.readOnly;
  if (!guideShown) {
    if (press.key === 'Enter' && modified) return { action: 'show-guide' };
    const control = focused ? CONTROLS.has(focused.tagName.toLowerCase()) : false;
    return (press.key === ' ' || press.key === 'Enter') && !modified && !control ? { action: 'show-guide' } : null;
  }
  const index = ['1', '2', '3', '4'].indexOf(press.key);
  return index >= 0 && !modified && !typing ? { action: 'rate', rating: RATINGS[index]! } : null;
}
