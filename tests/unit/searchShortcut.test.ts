import { describe, expect, it } from 'vitest';
import { isTextField, opensSearch, shortcutLabel, type KeyPress } from '../../src/lib/searchShortcut';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const body = { tagName: 'BODY' };
const link = { tagName: 'A' };
const answerBox = { tagName: 'TEXTAREA' };
const textInput = { tagName: 'INPUT', type: 'search' };

describe('the search shortcuts', () => {
  it('open search with Ctrl+K and ⌘K, wherever focus is', () => {
    for (const focused of [body, link, answerBox, textInput]) {
      expect(opensSearch(press('k', { ctrlKey: true }), focused)).toBe(true);
      expect(opensSearch(press('K', { metaKey: true }), focused)).toBe(true);
    }
  });

  it('open search with "/" when the learner is not typing', () => {
    expect(opensSearch(press('/'), body)).toBe(true);
    expect(opensSearch(press('/'), link)).toBe(true);
    expect(opensSearch(press('/'), { tagName: 'INPUT', type: 'checkbox' })).toBe(true);
  });

  it('leave "/" to the text field being typed in', () => {
    expect(opensSearch(press('/'), answerBox)).toBe(false);
    expect(opensSearch(press('/'), textInput)).toBe(false);
    expect(opensSearch(press('/'), { tagName: 'INPUT' })).toBe(false);
    expect(opensSearch(press('/'), { tagName: 'DIV', isContentEditable: true })).toBe(false);
    expect(opensSearch(press('/'), { tagName: 'SELECT' })).toBe(false);
  });

  it('ignore plain letters, other modified keys and keys that belong to an input method', () => {
    expect(opensSearch(press('k'), body)).toBe(false);
    expect(opensSearch(press('k', { ctrlKey: true, shiftKey: true }), body)).toBe(false);
    expect(opensSearch(press('k', { ctrlKey: true, altKey: true }), body)).toBe(false);
    expect(opensSearch(press('/', { ctrlKey: true }), body)).toBe(false);
    expect(opensSearch(press('/', { isComposing: true }), body)).toBe(false);
  });

  it('count text inputs, text areas, selects and editable regions as text fields', () => {
    expect(isTextField(answerBox)).toBe(true);
    expect(isTextField({ tagName: 'input', type: 'email' })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTextField(link)).toBe(false);
    expect(isTextField(null)).toBe(false);
  });

  it('show ⌘K on Apple devices and Ctrl K elsewhere', () => {
    expect(shortcutLabel('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)')).toBe('⌘K');
    expect(shortcutLabel('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)')).toBe('⌘K');
    expect(shortcutLabel('Mozilla/5.0 (X11; Linux x86_64)')).toBe('Ctrl K');
  });
});
