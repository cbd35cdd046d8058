/**
 * Keeps every QuestionItem on the page in step with the store, for CSS and for print:
 * - `data-picked="true"` on `li.question-item[data-question-id]` while the question is picked;
 * - its `.print-answers[data-answers-for]` box filled with the learner's answers as text
 *   (a label paragraph, then the text), empty when there are none. Its visibility is print's
 *   business, not ours.
 */
import { isPicked, type AnswerDocument } from '../lib/answerDocument';
import { writtenAnswers } from '../lib/answerProgress';
import { followAnswers } from './answerAccess';

/** What each box shows now, so unchanged boxes are left alone. */
const shown = new WeakMap<HTMLElement, string>();

function fill(box: HTMLElement, doc: AnswerDocument): void {
  const id = box.dataset.answersFor!;
  const parts = writtenAnswers(doc, id);
  const signature = JSON.stringify(parts);
  if ((shown.get(box) ?? '[]') === signature) return;
  shown.set(box, signature);
  box.replaceChildren(
    ...parts.flatMap(({ label, text }) => {
      const heading = Object.assign(document.createElement('p'), { className: 'print-answer-label', textContent: label });
      const body = Object.assign(document.createElement('div'), { className: 'print-answer-text', textContent: text });
      return [heading, body];
    }),
  );
}

function sync(doc: AnswerDocument): void {
  for (const item of document.querySelectorAll<HTMLElement>('li.question-item[data-question-id]')) {
    if (isPicked(doc, item.dataset.questionId!)) item.dataset.picked = 'true';
    else delete item.dataset.picked;
  }
  for (const box of document.querySelectorAll<HTMLElement>('.print-answers[data-answers-for]')) fill(box, doc);
}

followAnswers(sync);
