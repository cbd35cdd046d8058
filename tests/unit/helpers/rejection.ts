import { expect } from 'vitest';
import { SyllabusError } from '../../../src/lib/syllabusSchema';

/** The message a content check refuses with (the test fails if it does not refuse). */
export function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SyllabusError);
    return (error as Error).message;
  }
  throw new Error('expected the content to be rejected');
}
