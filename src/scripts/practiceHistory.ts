/**
 * <practice-history> on a question page (PracticeHistory.astro): the next review and each past
 * attempt, newest first. Loaded only for a learner who has practised.
 */
import { attemptsOf, interviewDay, type AnswerDocument } from '../lib/answerDocument';
import { dayOf } from '../lib/calendarDay';
import { duration, historyLine, RATING_LABELS, shortDate } from '../lib/practiceWords';
import { nextReview } from '../lib/reviewDates';
import { followAnswers } from './answerAccess';

class PracticeHistory extends HTMLElement {
  connectedCallback() {
    const id = this.dataset.questionId!;
    const render = (doc: AnswerDocument) => {
      const attempts = attemptsOf(doc, id);
      const today = dayOf(Date.now());
      const next = nextReview(attempts, interviewDay(doc));
      this.querySelector('[data-history-state]')!.textContent = next ? historyLine(next, today, attempts.length) : 'Not practised yet.';
      const rows = [...attempts].reverse().map((attempt) => {
        const row = document.createElement('tr');
        const cells = [shortDate(dayOf(attempt.at), today), duration(attempt.seconds), `${attempt.points.length} of ${attempt.total}`, RATING_LABELS[attempt.rating]];
        row.append(...cells.map((text) => Object.assign(document.createElement('td'), { textContent: text })));
        return row;
      });
      this.querySelector('[data-attempts]')!.replaceChildren(...rows);
      this.querySelector('table')!.hidden = !rows.length;
      this.querySelector<HTMLElement>('[data-history-empty]')!.hidden = rows.length > 0;
    };
    followAnswers(render);
  }
}
customElements.define('practice-history', PracticeHistory);
