/**
 * The keyboard shortcuts that open search: Ctrl+K (⌘K on a Mac) from anywhere, and "/" when the
 * learner is not typing, so a "/" written in an answer stays in the answer.
 */

/** What the shortcut needs to know about the focused element (an Element satisfies it). */
export interface FocusedElement {
  tagName: string;
  isContentEditable?: boolean;
  type?: string;
  readOnly?: boolean;
}

/** Input types that take no typed text: "/" there is not a character the learner is writing. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

export function isTextField(element: FocusedElement | null | undefined): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NON_TEXT_INPUTS.has((element.type ?? 'text').toLowerCase());
  return false;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
  /** True while an input method is composing (the key belongs to the composition). */
  isComposing?: boolean;
}

export function opensSearch(press: KeyPress, focused: FocusedElement | null | undefined): boolean {
  if (press.isComposing || press.altKey) return false;
  const key = press.key.toLowerCase();
  if (key === 'k' && (press.ctrlKey || press.metaKey) && !press.shiftKey) return true;
  return key === '/' && !press.ctrlKey && !press.metaKey && !isTextField(focused);
}

/** The hint shown on the search button: ⌘K where ⌘ is the modifier, Ctrl K elsewhere. */
export function shortcutLabel(userAgent: string): string {
  return /mac|iphone|ipad|ipod/i.test(userAgent) ? '⌘K' : 'Ctrl K';
}

/**
 * Dispatched (cancelable) on document before the header opens its search dialog; a page with its
 * own search box (the /search/ page) cancels it and focuses that box instead.
 */
export const OPEN_SEARCH_EVENT = 'site-search:open';

