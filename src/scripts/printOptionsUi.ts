/**
 * The print options' form, which PrintOptions imports when the learner first opens "Print
 * options": the boxes, remembering them, and a line saying what the printout will hold.
 */
import { describePrintout, serializePrintOptions, type PrintOption, type PrintOptions } from '../lib/printOptions';
import { keepPreference } from '../lib/preferences';
import { PRINT_OPTIONS_KEY } from '../lib/site';
import { isPicked, type AnswerDocument } from '../lib/answerDocument';
import { followAnswers } from './answerAccess';
import { browserStorage } from './browserStorage';

/**
 * Wires the boxes inside `root`, starting from `options`; `onChange` gets every new choice.
 * Returns a function that stops following picks.
 */
export function mount(root: HTMLElement, options: PrintOptions, onChange: (options: PrintOptions) => void): () => void {
  const storage = browserStorage();
  let remembered = true;
  const status = root.querySelector('[data-print-summary]')!;
  let doc: AnswerDocument | null = null;
  const describe = () => {
    const ids = [...document.querySelectorAll<HTMLElement>('.question-item[data-question-id]')].map((item) => item.dataset.questionId!);
    const picked = doc ? ids.filter((id) => isPicked(doc!, id)).length : 0;
    const summary = describePrintout({ total: ids.length, picked }, options);
    const note = remembered ? '' : ' This browser would not save these options, so they apply to this page only.';
    if (status.textContent !== summary + note) status.textContent = summary + note;
  };

  for (const box of root.querySelectorAll<HTMLInputElement>('input[data-option]')) {
    const key = box.dataset.option as PrintOption;
    box.checked = options[key];
    box.disabled = false;
    box.addEventListener('change', () => {
      options = { ...options, [key]: box.checked };
      remembered = keepPreference(storage, PRINT_OPTIONS_KEY, serializePrintOptions(options));
      onChange(options);
      describe();
    });
  }
  // Picks change while the page is open (here or in another tab), so keep the count true. Until
  // the store has loaded, none shows as picked.
  const stop = followAnswers((picks) => {
    doc = picks;
    describe();
  });
  describe();
  return stop;
}
