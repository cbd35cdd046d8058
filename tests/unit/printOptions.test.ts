import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRINT_OPTIONS,
  describePrintout,
  parsePrintOptions,
  printAttributes,
  printBrief,
  serializePrintOptions,
  type PrintOptions,
} from '../../src/lib/printOptions';

const all: PrintOptions = { pickedOnly: true, withAnswers: true, withGuides: true, writingSpace: true };

describe('remembered print options', () => {
  it('come back as the learner left them, stored with a format version', () => {
    const chosen: PrintOptions = { pickedOnly: true, withAnswers: false, withGuides: true, writingSpace: true };
    expect(parsePrintOptions(serializePrintOptions(chosen))).toEqual(chosen);
    expect(JSON.parse(serializePrintOptions(all))).toEqual({ version: 1, ...all });
  });

  it('start with every option off on a first visit', () => {
    expect(parsePrintOptions(null)).toEqual({ pickedOnly: false, withAnswers: false, withGuides: false, writingSpace: false });
  });

  it('fall back to the defaults when the stored value is not JSON or not an object', () => {
    for (const raw of ['{not json', 'null', '[true]', '"yes"', '42']) {
      expect(parsePrintOptions(raw)).toEqual(DEFAULT_PRINT_OPTIONS);
    }
  });

  it('keep the valid fields of a partly broken value', () => {
    expect(parsePrintOptions('{"version":1,"pickedOnly":true,"withAnswers":"yes"}')).toEqual({
      pickedOnly: true,
      withAnswers: false,
      withGuides: false,
      writingSpace: false,
    });
  });

  it('map to the attributes the print stylesheet reads', () => {
    expect(printAttributes({ pickedOnly: true, withAnswers: false, withGuides: true, writingSpace: true })).toEqual({
      'data-print-picked-only': true,
      'data-print-answers': false,
      'data-print-guides': true,
      'data-print-writing-space': true,
    });
  });
});

describe('what the printout will hold', () => {
  const none = DEFAULT_PRINT_OPTIONS;

  it('says every question prints by default', () => {
    expect(describePrintout({ total: 11, picked: 2 }, none)).toBe('Prints all 11 questions.');
  });

  it('counts the picked questions when only those print', () => {
    expect(describePrintout({ total: 11, picked: 1 }, { ...none, pickedOnly: true })).toBe(
      'Prints the 1 picked of 11 questions.',
    );
  });

  it('warns that nothing would print when none is picked', () => {
    expect(describePrintout({ total: 11, picked: 0 }, { ...none, pickedOnly: true })).toMatch(/No question is picked yet/);
  });

  it('names the extras that print with the questions', () => {
    expect(describePrintout({ total: 135, picked: 0 }, { ...none, withAnswers: true, writingSpace: true })).toBe(
      'Prints all 135 questions, with your answers and space to write.',
    );
    expect(describePrintout({ total: 12, picked: 0 }, { ...none, withAnswers: true, withGuides: true, writingSpace: true })).toBe(
      'Prints all 12 questions, with your answers, answer guides and space to write.',
    );
  });
});

describe('the closed options panel', () => {
  it('names the options that are on, and nothing when none is', () => {
    expect(printBrief(DEFAULT_PRINT_OPTIONS)).toBe('');
    expect(printBrief({ pickedOnly: true, withAnswers: false, withGuides: false, writingSpace: true })).toBe('Picked questions only, Space to write');
  });
});
