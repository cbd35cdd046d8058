/**
 * The learner's choices for a printed checklist, remembered between visits.
 *
 * Remembered as a preference (preferences.ts) under PRINT_OPTIONS_KEY as one JSON object, version 1:
 *
 *   { "version": 1, "pickedOnly": false, "withAnswers": true, "withGuides": false, "writingSpace": false }
 *
 *   pickedOnly    print only the questions picked for this reading
 *   withAnswers   print the learner's before and after answers under each question
 *   withGuides    print each question's answer guide: key points and follow-ups
 *   writingSpace  print ruled lines under each question for handwritten answers
 *
 * Older shapes: none yet (withGuides came later in version 1; a value without it takes its
 * default, like any missing field). A future version 2 migrates in `parsePrintOptions`; a value that is not
 * JSON, or has another shape, falls back to the defaults field by field (a missing or mistyped
 * field takes its default, the others are kept). Nothing here throws: the options are a
 * convenience, and a printout must never fail because storage does.
 */

export interface PrintOptions {
  pickedOnly: boolean;
  withAnswers: boolean;
  withGuides: boolean;
  writingSpace: boolean;
}

export type PrintOption = keyof PrintOptions;

/** Each option with the label the learner sees and the attribute print.css reads on <html>. */
export const PRINT_OPTIONS: ReadonlyArray<{ key: PrintOption; label: string; attribute: string }> = [
  { key: 'pickedOnly', label: 'Picked questions only', attribute: 'data-print-picked-only' },
  { key: 'withAnswers', label: 'Include my answers', attribute: 'data-print-answers' },
  { key: 'withGuides', label: 'Include answer guides', attribute: 'data-print-guides' },
  { key: 'writingSpace', label: 'Space to write', attribute: 'data-print-writing-space' },
];

export const DEFAULT_PRINT_OPTIONS: Readonly<PrintOptions> = Object.freeze({
  pickedOnly: false,
  withAnswers: false,
  withGuides: false,
  writingSpace: false,
});

const VERSION = 1;

/** Reads a stored value; anything unreadable gives the defaults. */
export function parsePrintOptions(raw: string | null): PrintOptions {
  if (raw === null) return { ...DEFAULT_PRINT_OPTIONS };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ...DEFAULT_PRINT_OPTIONS };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ...DEFAULT_PRINT_OPTIONS };
  const stored = data as Record<string, unknown>;
  const options = { ...DEFAULT_PRINT_OPTIONS };
  for (const { key } of PRINT_OPTIONS) {
    const value = stored[key];
    if (typeof value === 'boolean') options[key] = value;
  }
  return options;
}

export function serializePrintOptions(options: PrintOptions): string {
  const { pickedOnly, withAnswers, withGuides, writingSpace } = options;
  return JSON.stringify({ version: VERSION, pickedOnly, withAnswers, withGuides, writingSpace });
}

/** The attributes to set on the document: present for each option that is on. */
export function printAttributes(options: PrintOptions): Record<string, boolean> {
  return Object.fromEntries(PRINT_OPTIONS.map(({ key, attribute }) => [attribute, options[key]]));
}

/**
 * One line telling the learner what the printout will hold, so an empty "picked only" print is
 * never a surprise.
 */
export function describePrintout(counts: { total: number; picked: number }, options: PrintOptions): string {
  const questions = (n: number) => `${n} ${n === 1 ? 'question' : 'questions'}`;
  let what: string;
  if (!options.pickedOnly) what = `Prints all ${questions(counts.total)}`;
  else if (counts.picked === 0) return 'No question is picked yet, so “Picked questions only” would print none.';
  else what = `Prints the ${counts.picked} picked of ${questions(counts.total)}`;
  const extras = [
    options.withAnswers && 'your answers',
    options.withGuides && 'answer guides',
    options.writingSpace && 'space to write',
  ].filter(Boolean);
  const list = extras.length > 1 ? `${extras.slice(0, -1).join(', ')} and ${extras.at(-1)}` : extras[0];
  return list ? `${what}, with ${list}.` : `${what}.`;
}

/** The options that are on, by label, for the closed options panel ("" when none is). */
export function printBrief(options: PrintOptions): string {
  return PRINT_OPTIONS.filter(({ key }) => options[key])
    .map(({ label }) => label)
    .join(', ');
}
