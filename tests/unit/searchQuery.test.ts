import { describe, expect, it } from 'vitest';
import {
  anyOfEachFilter,
  emptyFilters,
  filtersChanged,
  fromIndexFilters,
  hasFilters,
  menuCounts,
  parseSearchQuery,
  sameSearch,
  searchTerm,
  serializeSearchQuery,
  toIndexFilters,
  withoutFilter,
  type FilterVocabulary,
} from '../../src/lib/searchQuery';

const vocabulary: FilterVocabulary = {
  section: { 'post-training': 'Post-training & preference optimization', data: 'Data as a training lever' },
  tier: { foundational: 'Foundational', deep: 'Deep understanding', interview: 'Interview-style / real-world' },
  topic: { dpo: 'DPO', rlhf: 'RLHF & policy optimization', sft: 'Supervised fine-tuning (SFT)' },
};

describe('a typed query', () => {
  it('searches without the spaces around it, so a box of spaces is no query', () => {
    expect(searchTerm('  grpo vs dpo ')).toBe('grpo vs dpo');
    expect(searchTerm(' \t ')).toBe('');
  });
});

describe('a search in the URL', () => {
  it('reads the query and every filter, repeated filters included', () => {
    expect(parseSearchQuery('?q=dpo&tier=interview&topic=dpo&topic=rlhf&section=post-training')).toEqual({
      q: 'dpo',
      filters: { section: ['post-training'], tier: ['interview'], topic: ['dpo', 'rlhf'] },
    });
  });

  it('reads an address with no search as an empty search', () => {
    expect(parseSearchQuery('')).toEqual({ q: '', filters: emptyFilters() });
  });

  it('ignores blank and repeated values', () => {
    expect(parseSearchQuery('topic=dpo&topic=&topic=dpo&tier=%20').filters).toEqual({ section: [], tier: [], topic: ['dpo'] });
  });

  it('writes a shareable query string, leaving out what is empty', () => {
    expect(serializeSearchQuery({ q: ' grpo vs dpo ', filters: { tier: ['interview'], topic: ['dpo', 'rlhf'] } })).toBe(
      'q=grpo+vs+dpo&tier=interview&topic=dpo&topic=rlhf',
    );
    expect(serializeSearchQuery({ q: '   ', filters: { section: [] } })).toBe('');
  });

  it('survives the round trip through the address bar, special characters included', () => {
    const query = { q: 'loss & “spikes” / 100%', filters: { section: ['data'], tier: [], topic: ['sft'] } };
    expect(parseSearchQuery(serializeSearchQuery(query))).toEqual(query);
  });
});

describe('filters between the URL and the index', () => {
  it('turn keys into the labels the index was built with', () => {
    const filters = { section: ['post-training'], tier: ['interview'], topic: ['rlhf', 'dpo'] };
    expect(toIndexFilters(filters, vocabulary)).toEqual({
      section: ['Post-training & preference optimization'],
      tier: ['Interview-style / real-world'],
      topic: ['RLHF & policy optimization', 'DPO'],
    });
  });

  it('drop keys the vocabulary does not know, so an old link still opens a search', () => {
    expect(toIndexFilters({ section: ['gone'], tier: ['interview'], topic: ['nope'] }, vocabulary)).toEqual({
      section: [],
      tier: ['Interview-style / real-world'],
      topic: [],
    });
  });

  it('turn the labels chosen in the menus back into keys', () => {
    expect(fromIndexFilters({ tier: ['Deep understanding'], topic: ['Supervised fine-tuning (SFT)', 'Unknown'] }, vocabulary)).toEqual({
      section: [],
      tier: ['deep'],
      topic: ['sft'],
    });
  });

  it('know whether any filter is on', () => {
    expect(hasFilters({ section: [], tier: [], topic: [] })).toBe(false);
    expect(hasFilters({ topic: ['DPO'] })).toBe(true);
    expect(hasFilters({})).toBe(false);
  });
});

describe('history', () => {
  const base = { q: 'dpo', filters: { section: [], tier: [], topic: [] } };

  it('treats searches that give the same address as the same', () => {
    expect(sameSearch(base, { ...base, q: ' dpo ' })).toBe(true);
    expect(sameSearch(base, { ...base, q: 'dp' })).toBe(false);
  });

  it('tells a filter change (a step to go back to) from typing', () => {
    expect(filtersChanged(base, { ...base, q: 'dpo loss' })).toBe(false);
    expect(filtersChanged(base, { ...base, filters: { ...base.filters, tier: ['interview'] } })).toBe(true);
  });
});

describe('filters as the search index reads them', () => {
  it('widen within a filter (any chosen topic) and narrow across filters', () => {
    expect(anyOfEachFilter({ topic: ['DPO', 'Reward models'], tier: ['Foundational'], section: [] })).toEqual({
      topic: { any: ['DPO', 'Reward models'] },
      tier: { any: ['Foundational'] },
    });
  });
});

describe('the filter menus', () => {
  it('list every value in syllabus order, counting 0 where none matches', () => {
    const counts = menuCounts(vocabulary, { tier: { 'Interview-style / real-world': 4, Foundational: 2 }, topic: { DPO: 5 } });
    expect(Object.entries(counts.tier)).toEqual([
      ['Foundational', 2],
      ['Deep understanding', 0],
      ['Interview-style / real-world', 4],
    ]);
    expect(Object.keys(counts.section)).toEqual(['Post-training & preference optimization', 'Data as a training lever']);
    expect(counts.topic).toEqual({ DPO: 5, 'RLHF & policy optimization': 0, 'Supervised fine-tuning (SFT)': 0 });
  });

  it('count a menu with a choice as if nothing were chosen in it, and the others under every choice', () => {
    const chosen = { topic: ['DPO'], tier: ['Foundational'] };
    expect(withoutFilter(chosen, 'topic')).toEqual({ tier: ['Foundational'] });
    const narrowed = { topic: { DPO: 2, 'RLHF & policy optimization': 1 }, section: { 'Data as a training lever': 2 } };
    const own = { topic: { DPO: 2, 'RLHF & policy optimization': 3, 'Supervised fine-tuning (SFT)': 4 } };
    const counts = menuCounts(vocabulary, narrowed, own);
    expect(counts.topic).toEqual(own.topic);
    expect(counts.section['Data as a training lever']).toBe(2);
  });
});
