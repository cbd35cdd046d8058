/**
 * <review-due> on home (ReviewDue.astro): "N due for review" and Review now, or when the next
 * reviews come due. Loaded only for a learner who has practised; reads the stored review days
 * (reviewDates.ts), without the scheduler. It counts only the questions the guide has (from the
 * outline), as Review now asks only those; attempts at a question the guide dropped stay stored.
 */
import { interviewDay, type AnswerDocument } from '../lib/answerDocument';
import { dayOf } from '../lib/calendarDay';
import { knownIds } from '../lib/guideOutline';
import { nextDueLine } from '../lib/practiceWords';
import { dueReviews, nextDueDay } from '../lib/reviewDates';
import { followAnswers } from './answerAccess';
import { loadOutline } from './outline';

class ReviewDue extends HTMLElement {
  connectedCallback() {
    // Review now starts the due questions; with none due, the same place offers Practice.
    const link = this.querySelector('a')!;
    const review = link.href;
    const practice = review.split('?')[0]!;
    // Offline with nothing cached, every practised question counts.
    const guide = loadOutline().then((outline) => knownIds(outline).questions, () => null);
    const render = async (doc: AnswerDocument) => {
      const ids = (await guide) ?? Object.keys(doc.attempts);
      const today = dayOf(Date.now());
      const interview = interviewDay(doc);
      const due = dueReviews(doc.attempts, interview, today, ids).length;
      const next = nextDueDay(doc.attempts, interview, today, ids);
      this.querySelector('[data-review-count]')!.textContent = due ? `${due} due for review` : 'Nothing due for review today';
      this.querySelector('[data-review-next]')!.textContent = next
        ? nextDueLine(next, today)
        : due
          ? 'Each comes back again after you rate it.'
          : 'Practise a few questions to have them come back for review.';
      link.textContent = due ? 'Review now' : 'Practice';
      link.href = due ? review : practice;
    };
    followAnswers((doc) => void render(doc));
  }
}
customElements.define('review-due', ReviewDue);
