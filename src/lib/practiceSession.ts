/**
 * Choosing a practice session, as plain data: the questions it draws from (practice.json, built
 * by src/pages/practice.json.ts) and which of them a session takes. What happens within a session
 * is practiceSteps.ts.
 */
import type { Day } from './calendarDay';
import type { PracticeSettings } from './practiceSettings';
import { isDue } from './reviewDates';

/** practice.json: what a session shows of each question, fetched once when the practice page opens. */
export interface PracticeData {
  sections: { slug: string; order: number; short: string }[];
  tiers: { key: string; label: string }[];
  questions: PracticeQuestion[];
}

/**
 * One section's guides (src/pages/guides/[section].json.ts), by question id: each key point with
 * its stable key and its HTML, and the follow-ups. Printing and practice sessions fetch it only
 * when they need it; HTML built from our own content.
 */
export type SectionGuides = Record<string, { points: KeyPoint[]; followups: string[] }>;

/** One key point of a question's guide: its stable key (what a tick stores) and claim and detail as HTML. */
export interface KeyPoint {
  key: string;
  html: string;
}

/** A question as practice.json has it: light, without the guide. */
export interface PracticeQuestion {
  id: string;
  /** Section slug and tier key. */
  section: string;
  tier: string;
  /** The question, as HTML (inline emphasis only). */
  html: string;
}

/** A question of a running session: with its guide's key points, from guides/<section>.json when the session starts. */
export interface SessionQuestion extends PracticeQuestion {
  points: KeyPoint[];
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

/** Why no question matches the settings, in the words the setup says it. */
export function noMatchReason(questions: readonly PracticeQuestion[], choice: SessionChoice, learner: Learner, today: Day): string {
  if (choice.sections?.length === 0 || choice.tiers?.length === 0) return 'No question matches: choose at least one section and tier.';
  const inScope = matching(questions, { ...choice, pickedOnly: false, dueOnly: false }, learner, today);
  if (choice.pickedOnly && !inScope.some((q) => learner.isPicked(q.id))) {
    return questions.some((q) => learner.isPicked(q.id))
      ? 'None of your picked questions is in these sections and tiers.'
      : 'Nothing is picked yet: pick questions on a section page, or untick “Picked only”.';
  }
  return `Nothing is due for review in these sections and tiers${choice.pickedOnly ? ' among your picked questions' : ''}.`;
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
