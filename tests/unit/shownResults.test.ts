import { describe, expect, it } from 'vitest';
import { ShownResults } from '../../src/lib/shownResults';

/** Whether a promise has settled by the time pending callbacks have run, and with what. */
async function settled<T>(promise: Promise<T>): Promise<{ value: T } | 'pending'> {
  return Promise.race([promise.then((value) => ({ value })), new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 0))]);
}

describe('the results on screen', () => {
  it('answer at once when they are the results of the query typed', async () => {
    const shown = new ShownResults();
    shown.searching();
    shown.shown('fsdp', 4);
    expect(await settled(shown.answering('fsdp'))).toEqual({ value: 4 });
  });

  it('are waited for while they still show an earlier query, until the typed one’s arrive', async () => {
    const shown = new ShownResults();
    shown.shown('dpo', 5);
    const answer = shown.answering('fsdp');
    shown.searching();
    shown.shown('fsd', 6);
    expect(await settled(answer)).toBe('pending');
    shown.searching();
    shown.shown('fsdp', 4);
    expect(await settled(answer)).toEqual({ value: 4 });
  });

  it('answer nothing while a search for the same query runs again', async () => {
    const shown = new ShownResults();
    shown.shown('dpo', 5);
    shown.searching();
    const answer = shown.answering('dpo');
    expect(await settled(answer)).toBe('pending');
    shown.shown('dpo', 3);
    expect(await settled(answer)).toEqual({ value: 3 });
  });

  it('serve one wait at a time: a later one ends the earlier', async () => {
    const shown = new ShownResults();
    const first = shown.answering('fsd');
    const second = shown.answering('fsdp');
    expect(await settled(first)).toEqual({ value: undefined });
    shown.shown('fsd', 6);
    shown.shown('fsdp', 4);
    expect(await settled(second)).toEqual({ value: 4 });
  });
});
