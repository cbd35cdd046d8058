/**
 * <review-due> on home (ReviewDue.astro): "N due for review" and Review now, or when the next
 * reviews come due. Loaded only for a learner who has practised; reads the stored review days
 * (reviewDates.ts), without the scheduler.
 */
import { interviewDay, type AnswerDocument } from '../lib/answerDocument';
import { dayOf } from '../lib/calendarDay';
import { relativeDay, shortDate } from '../lib/practiceWords';
import { dueReviews, nextDueDay } from '../lib/reviewDates';
import { followAnswers } from './answerAccess';

class ReviewDue extends HTMLElement {
  connectedCallback() {
    // Review now starts the due questions; with none due, the same place offers Practice.
    const link = this.querySelector('a')!;
    const review = link.href;
    const practice = review.split('?')[0]!;
    const render = (doc: AnswerDocument) => {
      const today = dayOf(Date.now());
      const interview = interviewDay(doc);
      const due = dueReviews(doc.attempts, interview, today).length;
      const next = nextDueDay(doc.attempts, interview, today);
      const questions = (n: number) => `${n} ${n === 1 ? 'question' : 'questions'}`;
      this.querySelector('[data-review-count]')!.textContent = due ? `${due} due for review` : 'Nothing due for review today';
      this.querySelector('[data-review-next]')!.textContent = next
        ? `Next: ${questions(next.count)} ${relativeDay(next.day, today)} (${shortDate(next.day, today)}).`
        : due
          ? 'Each comes back again after you rate it.'
          : 'Practise a few questions to have them come back for review.';
      link.textContent = due ? 'Review now' : 'Practice';
      link.href = due ? review : practice;
    };
    followAnswers(render);
  }
}
customElements.define('review-due', ReviewDue);
