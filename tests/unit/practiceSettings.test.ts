import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_COUNT, normalizeSettings, parseSettings } from '../../src/lib/practiceSettings';

describe('remembered practice settings', () => {
  it('default to every section and tier, five questions, no time limit', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ sections: null, tiers: null, count: 5, minutes: 0, pickedOnly: false, dueOnly: false, hideWhere: false });
  });

  it('read back what was saved', () => {
    const saved = { sections: ['evaluation'], tiers: ['interview'], pickedOnly: true, dueOnly: true, count: 3, minutes: 5, hideWhere: true };
    expect(parseSettings(JSON.stringify(saved))).toEqual(saved);
  });

  it('fall back field by field when a value is unreadable or out of range', () => {
    expect(parseSettings('not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ count: 'many', minutes: 7, tiers: 'deep', hideWhere: 'yes', sections: ['data'] }))).toEqual({
      ...DEFAULT_SETTINGS,
      sections: ['data'],
    });
  });

  it('keep a session between 1 and the most questions, whether typed into the form or stored', () => {
    expect(['0', '2.6', '500', ''].map((count) => normalizeSettings({ count }).count)).toEqual([1, 3, MAX_COUNT, DEFAULT_SETTINGS.count]);
    expect(parseSettings(JSON.stringify({ count: 500 })).count).toBe(MAX_COUNT);
  });
});
