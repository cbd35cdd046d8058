/**
 * A practice session, as plain data: the questions it draws from (practice.json, built by
 * src/pages/practice.json.ts), which of them a session takes, the rating the key points covered
 * suggest, and the summary at the end.
 */
import { relativeDay, type Day } from './calendarDay';
import { RATINGS, type Rating } from './practiceAttempt';
import type { PracticeSettings } from './practiceSettings';
import { isDue } from './reviewDates';
import { isTextField, type FocusedElement, type KeyPress } from './searchShortcut';

/** practice.json: what a session shows of each question, fetched once when the practice page opens. */
export interface PracticeData {
  sections: { slug: string; order: number; short: string }[];
  tiers: { key: string; label: string }[];
  questions: PracticeQuestion[];
}

export interface PracticeQuestion {
  id: string;
  /** Section slug and tier key. */
  section: string;
  tier: string;
  /** The question, as HTML (inline emphasis only). */
  html: string;
  /** The guide's key points: key (stable, for ticks) and claim and detail as HTML. */
  points: { key: string; html: string }[];
}

/** What a session needs to know of the learner. */
export interface Learner {
  isPicked(id: string): boolean;
  /** The day the question is next due, or null when never practised (reviewDates.ts). */
  nextReview(id: string): Day | null;
}

export type SessionChoice = Pick<PracticeSettings, 'sections' | 'tiers' | 'pickedOnly' | 'dueOnly'>;

/** The questions the settings allow, in syllabus order. */
export function matching(questions: readonly PracticeQuestion[], choice: SessionChoice, learner: Learner, today: Day): PracticeQuestion[] {
  return questions.filter(
    (q) =>
      (!choice.sections || choice.sections.includes(q.section)) &&
      (!choice.tiers || choice.tiers.includes(q.tier)) &&
      (!choice.pickedOnly || learner.isPicked(q.id)) &&
      (!choice.dueOnly || isDue(learner.nextReview(q.id), today)),
  );
}

/**
 * A session of up to `count` questions of `pool`: the due ones first (longest overdue first),
 * then ones never practised (in random order), then the rest (soonest due first).
 */
export function chooseSession(
  pool: readonly PracticeQuestion[],
  count: number,
  learner: Learner,
  today: Day,
  random: () => number = Math.random,
): PracticeQuestion[] {
  const review = new Map(pool.map((q) => [q.id, learner.nextReview(q.id)]));
  const byDay = (a: PracticeQuestion, b: PracticeQuestion) => (review.get(a.id)! < review.get(b.id)! ? -1 : review.get(a.id)! > review.get(b.id)! ? 1 : 0);
  const fresh = pool.filter((q) => review.get(q.id) === null);
  for (let i = fresh.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [fresh[i], fresh[j]] = [fresh[j]!, fresh[i]!];
  }
  const scheduled = pool.filter((q) => review.get(q.id) !== null).sort(byDay);
  const due = scheduled.filter((q) => isDue(review.get(q.id)!, today));
  const later = scheduled.filter((q) => !isDue(review.get(q.id)!, today));
  return [...due, ...fresh, ...later].slice(0, count);
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

/** "Good · in 4 days": a rating button's words. */
export function ratingLabel(label: string, due: Day, today: Day): string {
  return `${label} · ${relativeDay(due, today)}`;
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
