/**
 * A textarea that saves itself: after a pause in typing (well within a second), when it loses
 * focus, and when the page is hidden or closed. The status line says "Saved 14:02" politely, or
 * what went wrong; the text stays in the box either way.
 */
import type { WriteResult } from '../lib/answerStore';
import { exportOffer, saveOnLeave, showWrite } from './answerRuntime';

const PAUSE_MS = 600;

export class FieldEditor {
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly textarea: HTMLTextAreaElement,
    readonly status: HTMLElement,
    save: (text: string) => WriteResult,
  ) {
    const offer = exportOffer();
    status.after(offer);
    const flush = () => {
      clearTimeout(this.#timer);
      if (!this.#dirty) return;
      this.#dirty = false;
      showWrite(status, offer, save(textarea.value));
    };
    textarea.addEventListener('input', () => {
      this.#dirty = true;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(flush, PAUSE_MS);
    });
    textarea.addEventListener('blur', flush);
    saveOnLeave(flush);
  }

  /** Shows the stored text, unless the learner is mid-edit here (their typing wins when it saves). */
  show(text: string): void {
    if (!this.#dirty && this.textarea.value !== text) this.textarea.value = text;
  }
}
