import { describe, expect, it } from 'vitest';
import { mergeAttempts, parseAttempt, type Attempt } from '../../src/lib/practiceAttempt';

const T0 = Date.UTC(2025, 10, 25, 9);
const attempt = (id: string, at: number, extra: Partial<Attempt> = {}): Attempt => ({
  id,
  at,
  answer: 'A group baseline instead of a critic.',
  seconds: 95,
  points: ['group-baseline'],
  total: 4,
  rating: 'good',
  due: '2025-11-28',
  ...extra,
});

describe('a stored attempt', () => {
  it('reads back as it was written', () => {
    expect(parseAttempt(JSON.parse(JSON.stringify(attempt('m3x9k2-7f3a01', T0))))).toEqual(attempt('m3x9k2-7f3a01', T0));
  });

  it.each([
    ['an unknown rating', { rating: 'perfect' }, '.rating'],
    ['a due time instead of a day', { due: T0 }, '.due'],
    ['more points covered than the guide had', { total: 0 }, '.total'],
    ['fractional seconds', { seconds: 1.5 }, '.seconds'],
    ['an id with capitals', { id: 'ABCDEFGHIJ' }, '.id'],
    ['a key point twice', { points: ['group-baseline', 'group-baseline'] }, '.points'],
  ])('is refused with %s', (_, change, field) => {
    expect(parseAttempt({ ...attempt('m3x9k2-7f3a01', T0), ...change })).toContain(field);
  });
});

describe('attempts from two browsers', () => {
  it('merge as a union by id, in time order, each attempt once', () => {
    const laptop = [attempt('laptop-0001', T0), attempt('shared-0001', T0 + 10)];
    const phone = [attempt('shared-0001', T0 + 10), attempt('phone-00001', T0 + 5, { rating: 'again', due: '2025-11-26' })];
    const merged = mergeAttempts(laptop, phone);
    expect(merged.map((a) => a.id)).toEqual(['laptop-0001', 'phone-00001', 'shared-0001']);
    expect(mergeAttempts(phone, laptop)).toEqual(merged);
    expect(mergeAttempts(merged, phone)).toEqual(merged);
  });
});
