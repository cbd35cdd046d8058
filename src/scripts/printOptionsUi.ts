/**
 * The print options' form, as a standalone module (see standalone.ts) that PrintOptions loads when
 * the learner first opens "Print options": the boxes, remembering them, and a line saying what
 * the printout will hold.
 */
import { describePrintout, savePrintOptions, type PrintOption, type PrintOptions } from '../lib/printOptions';
import { browserStorage } from './browserStorage';
import { announce } from './standalone';

/**
 * Wires the boxes inside `root`, starting from `options`; `onChange` gets every new choice.
 * Returns a function that stops following picks.
 */
function mount(root: HTMLElement, options: PrintOptions, onChange: (options: PrintOptions) => void): () => void {
  const storage = browserStorage();
  let remembered = true;
  const status = root.querySelector('[data-print-summary]')!;
  const describe = () => {
    const questions = document.querySelectorAll('.question-item[data-question-id]');
    const picked = document.querySelectorAll('.question-item[data-question-id][data-picked="true"]');
    const summary = describePrintout({ total: questions.length, picked: picked.length }, options);
    const note = remembered ? '' : ' This browser would not save these options, so they apply to this page only.';
    if (status.textContent !== summary + note) status.textContent = summary + note;
  };

  for (const box of root.querySelectorAll<HTMLInputElement>('input[data-option]')) {
    const key = box.dataset.option as PrintOption;
    box.checked = options[key];
    box.disabled = false;
    box.addEventListener('change', () => {
      options = { ...options, [key]: box.checked };
      remembered = savePrintOptions(storage, options);
      onChange(options);
      describe();
    });
  }
  // Picks change while the page is open (the answer workspace marks them), so keep the count true.
  const picks = new MutationObserver(describe);
  picks.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-picked'] });
  describe();
  return () => picks.disconnect();
}

export interface PrintOptionsUi {
  mount: typeof mount;
}

announce('print-options-ui', { mount });
